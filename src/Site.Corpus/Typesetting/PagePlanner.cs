using System.Globalization;

namespace Site.Corpus.Typesetting;

/// <summary>
/// Plans pages: draws a design from the page's design seed, takes articles of the page's split from the
/// paper's sources, prints them by the paper's conventions into boxes in reading order, adds the furniture
/// (masthead or folio, ads, slogans, column labels, a 导读 box and a weather box on front pages) and writes
/// down the gold as it goes: the gold comes from the source structure, never from the extracted text.
/// </summary>
public sealed class PagePlanner(IReadOnlyList<SourceArticle> material)
{
    public const string Tune = "tune";
    public const string Heldout = "heldout";

    /// <summary>An article's split, from its id alone: about a third of each source is held out.</summary>
    public static string SplitOf(string articleId) => Rng.Hash("split\u001f" + articleId) % 3 == 0 ? Heldout : Tune;

    /// <summary>The design seed of a page: split, paper and page number under the run's seed, so no design
    /// of one split is ever drawn for the other.</summary>
    public static ulong DesignSeed(int seed, string split, string paper, int index) => Rng.Hash($"design\u001f{seed}\u001f{split}\u001f{paper}\u001f{index}");

    /// <summary>Fractions of the text budget for a page's attempts: a page whose PDF runs to a second sheet
    /// is planned again with less text (same design), so pages print on one sheet as a paper's do.</summary>
    public static readonly IReadOnlyList<double> Attempts = [1.0, 0.85, 0.7, 0.55, 0.45, 0.35, 0.25, 0.15];

    /// <summary>A page of one dated edition rather than of a split: its date and number are given, and its
    /// articles come from the whole material except those earlier pages used (<c>typeset-edition</c>).</summary>
    public sealed record EditionSlot(DateOnly Date, int PageNumber, IReadOnlySet<string> Used);

    public PagePlan Plan(int seed, string split, Paper paper, int index, int attempt = 0, EditionSlot? slot = null)
    {
        var designSeed = DesignSeed(seed, split, paper.Id, index);
        var rng = new Rng(designSeed);
        var front = slot is null ? index % 3 == 1 : slot.PageNumber == 1;
        var columns = rng.Between(3, 8);
        var design = new Design(
            designSeed, columns, front,
            BodyPt: columns >= 6 ? rng.Pick([8.5, 9.0, 9.5]) : rng.Pick([9.0, 9.5, 10.0, 10.5]),
            LineHeight: rng.Pick([1.45, 1.55, 1.65]),
            GapMm: rng.Pick([3.0, 4.0, 5.0]),
            BodyFont: rng.Pick(["Noto Serif CJK SC", "Noto Sans CJK SC"]),
            HeadlineFont: rng.Pick(["Noto Sans CJK SC", "Noto Serif CJK SC"]),
            Rules: rng.Chance(0.5));
        var date = new DateOnly(2023, 1, 1).AddDays(rng.Between(0, 1094));
        var pageNumber = front ? 1 : rng.Between(2, 12);
        if (slot is not null) (date, pageNumber) = (slot.Date, slot.PageNumber);
        var (header, footer, facts) = paper.Furniture(design, date, pageNumber, rng);

        var pool = material.Where(a => (slot is null ? SplitOf(a.Id) == split : !slot.Used.Contains(a.Id)) && paper.Sources.Contains(a.Source)).ToList();
        var budget = (int)((rng.Between(3800, 5400) - (front ? 1400 : 0)) * Attempts[attempt]);
        var chosen = Choose(pool, paper, rng, budget, least: Attempts[attempt] >= 0.5 ? 2 : 1);
        var used = chosen.Select(a => a.Id).ToHashSet();
        var spare = rng.Shuffle(pool.Where(a => !used.Contains(a.Id)));

        var blocks = new List<Block>();
        var row = new RowFiller(columns, rng);
        if (front && spare.Count >= 2)
        {
            var entries = new List<(string, string, string)>();
            foreach (var a in spare.Take(rng.Between(2, Math.Min(4, spare.Count))))
                entries.Add((rng.Pick(paper.TeaserKickers), a.Headline, paper.Pointer(rng.Between(2, 12), rng)));
            blocks.Add(new TeaserBlock(row.Box(rng.Between(1, 2)), rng.Pick(paper.TeaserLabels), entries));
        }
        foreach (var (a, i) in chosen.Select((a, i) => (a, i)))
        {
            if (front && i == 1 && rng.Chance(0.8))
                blocks.Add(new WeatherBlock(row.Box(1), paper.WeatherLabel, Forecast(rng)));
            if (rng.Chance(0.12))
                blocks.Add(new FurnitureBlock(row.Box(rng.Between(1, 2)), "ad", paper.Ad(rng)));
            var labelled = rng.Chance(0.3);
            var kind = a.Kind == "news" && rng.Chance(0.12) ? "photo" : a.Kind;
            blocks.Add(Print(a, kind, paper, rng, row.Article(MinimumSpan(design, kind == "photo" ? 200 : a.Length)), labelled, spare));
        }
        if (rng.Chance(0.5))
            blocks.Add(new FurnitureBlock(row.Rest(), "slogan", [rng.Pick(paper.Slogans)]));
        if (rng.Chance(0.35))
            blocks.Add(new FurnitureBlock(row.Rest(), "ad", paper.Ad(rng)));

        var (gold, noise) = Answers(header, blocks, footer);
        var name = string.Create(CultureInfo.InvariantCulture, $"{paper.Id}-{index:000}");
        var sourceIds = blocks.OfType<ArticleBlock>().Select(b => b.SourceId).ToList();
        return new PagePlan(name, paper.Id, split, design, header, blocks, footer, facts, gold, noise, sourceIds);
    }

    /// <summary>What a reader of the page should find: its articles (teasers and the weather box too), and
    /// the lines that are noise (furniture, labels, pointers), in the page's order.</summary>
    private static (List<GoldArticle> Gold, List<string> Noise) Answers(List<FurnitureBlock> header, List<Block> blocks, List<FurnitureBlock> footer)
    {
        var gold = new List<GoldArticle>();
        var noise = new List<string>();
        foreach (var h in header) noise.Add(string.Join(" ", h.Lines));
        foreach (var b in blocks)
        {
            switch (b)
            {
                case ArticleBlock ab:
                    if (ab.ColumnLabel is not null) noise.Add(ab.ColumnLabel);
                    gold.Add(ab.Gold);
                    break;
                case FurnitureBlock fb:
                    noise.Add(string.Join(" ", fb.Lines));
                    break;
                case TeaserBlock tb:
                    noise.Add(tb.Label);
                    foreach (var (kicker, title, pointer) in tb.Entries)
                    {
                        gold.Add(new GoldArticle("teaser", kicker, title, null, Credits.None, [], []));
                        noise.Add(pointer);
                    }
                    break;
                case WeatherBlock wb:
                    noise.Add(wb.Label);
                    gold.Add(new GoldArticle("weather", null, null, null, Credits.None, [wb.Forecast], []));
                    break;
            }
        }
        foreach (var f in footer) noise.Add(string.Join(" ", f.Lines));
        return (gold, noise);
    }

    /// <summary>Articles for the page, mostly from the paper's first source, until the text budget is spent.</summary>
    private static List<SourceArticle> Choose(List<SourceArticle> pool, Paper paper, Rng rng, int budget, int least)
    {
        var order = rng.Shuffle(pool).OrderBy(a => paper.Sources.ToList().IndexOf(a.Source) + (rng.Chance(0.3) ? 1 : 0)).ToList();
        var chosen = new List<SourceArticle>();
        var spent = 0;
        foreach (var a in order)
        {
            var cost = a.Kind == "photo" ? 400 : a.Length + 60;
            if (chosen.Count >= least && spent + cost > budget) continue;
            if (chosen.Count >= 7) break;
            chosen.Add(a);
            spent += cost;
        }
        return chosen;
    }

    private static ArticleBlock Print(SourceArticle a, string kind, Paper paper, Rng rng, int span, bool labelled, List<SourceArticle> spare)
    {
        var placement = span >= 2 && rng.Chance(0.25) ? HeadlinePlacement.Beside
            : rng.Chance(0.2) ? HeadlinePlacement.Below : HeadlinePlacement.Above;
        var headlinePt = Math.Round(Math.Min(placement == HeadlinePlacement.Beside ? 18 : 30, 13 + span * 2.5 + rng.Between(0, 4)), 1);
        var letterSpaced = rng.Chance(0.15);
        if (kind == "photo")
        {
            // Photo news: the title, the photo, the caption as the body and the credit.
            var caption = a.Kind == "photo" ? a.Paragraphs[0] : (a.Paragraphs.Count > 1 && a.Paragraphs[1].Length < 220 ? a.Paragraphs[1] : a.Paragraphs[0]);
            var photographers = a.Credits.Photographers.Count > 0 ? a.Credits.Photographers : [Names.Person(a.Id + "/photo")];
            var (printed, creditLine) = paper.Credit(caption, photographers, rng);
            var photo = new Photo(rng.Between(35, 70), printed, creditLine);
            var gold = new GoldArticle("photo", null, a.Headline, null, new([], [], photographers, []), [caption], []);
            return new ArticleBlock(span, a.Id, labelled ? "图片新闻" : null, null, a.Headline, null, null, false, [], photo,
                rng.Chance(0.7), HeadlinePlacement.Above, Math.Min(headlinePt, 20), letterSpaced, rng.Chance(0.5), gold);
        }
        var body = kind == "commentary" ? paper.Commentary(a, rng) : paper.News(a, rng);
        var credits = body.Credits;
        var captions = new List<string>();
        Photo? inset = null;
        if (kind == "news" && spare.Count > 0 && rng.Chance(0.3))
        {
            // A photo inside a news article; its caption is another article's sentence (real text, not this body's).
            var donor = spare[rng.Between(0, spare.Count - 1)];
            var caption = FirstSentence(donor.Paragraphs[^1]);
            var photographer = Names.Person(a.Id + "/inset");
            var (printed, creditLine) = paper.Credit(caption, [photographer], rng);
            inset = new Photo(rng.Between(30, 60), printed, creditLine);
            captions.Add(caption);
            credits = credits with { Photographers = [.. credits.Photographers, photographer] };
        }
        var label = kind == "commentary" ? rng.Pick(paper.CommentaryLabels) : labelled ? rng.Pick(paper.ColumnLabels) : null;
        var goldArticle = new GoldArticle(kind, a.Kicker, a.Headline, a.Subheadline, credits, body.Gold, captions);
        return new ArticleBlock(span, a.Id, label, a.Kicker, a.Headline, a.Subheadline, body.Line, body.BeforeHeadline,
            body.Printed, inset, rng.Chance(0.5), placement, headlinePt, letterSpaced, kind == "commentary" && rng.Chance(0.7), goldArticle);
    }

    /// <summary>The fewest of the page's columns a text of <paramref name="length"/> characters needs so that it
    /// stands no taller than about half the sheet.</summary>
    private static int MinimumSpan(Design d, int length)
    {
        var mmPerPt = 0.3528;
        var columnMm = (276 - (d.Columns - 1) * d.GapMm) / d.Columns;
        var perLine = Math.Max(4, (int)(columnMm / (d.BodyPt * mmPerPt)));
        var lines = (int)(190 / (d.BodyPt * mmPerPt * d.LineHeight));
        return Math.Clamp((int)Math.Ceiling((double)length / (perLine * lines)), 1, d.Columns);
    }

    /// <summary>The first sentence of a paragraph (through its first 。), or all of it.</summary>
    private static string FirstSentence(string paragraph)
    {
        var end = paragraph.IndexOf('。');
        return end > 0 ? paragraph[..(end + 1)] : paragraph;
    }

    private static string Forecast(Rng rng)
    {
        var sky = new[] { "晴", "多云", "阴", "晴到多云", "多云转阴", "阴有阵雨", "小雨" };
        var wind = new[] { "东南风", "东北风", "偏北风", "西南风" };
        var (high, low) = (rng.Between(5, 36), 0);
        low = high - rng.Between(4, 9);
        return string.Create(CultureInfo.InvariantCulture,
            $"今天{rng.Pick(sky)}，{rng.Pick(wind)}{rng.Between(2, 3)}到{rng.Between(4, 5)}级，最高气温{high}℃，最低气温{low}℃。明天{rng.Pick(sky)}。");
    }

    /// <summary>Gives boxes their column spans so that rows fill the page's width.</summary>
    private sealed class RowFiller(int width, Rng rng)
    {
        private readonly int columns = width;
        private int left = width;

        private int Take(int span)
        {
            span = Math.Clamp(span, 1, left);
            left -= span;
            if (left == 0) left = columns;
            return span;
        }

        public int Box(int span) => Take(Math.Min(span, Math.Max(1, columns / 2)));

        /// <summary>An article's span, at least <paramref name="min"/> columns: if the row has fewer left, the
        /// article starts the next row (the grid leaves the rest of this one blank).</summary>
        public int Article(int min)
        {
            if (left < min) left = columns;
            if (left <= 2) return Take(left);
            return Take(rng.Chance(0.35) ? left : rng.Between(Math.Max(Math.Max(2, min), left / 3), left));
        }

        public int Rest() => Take(left);
    }
}
