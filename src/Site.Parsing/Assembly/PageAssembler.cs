using System.Collections.Immutable;
using Site.Parsing.Bylines;
using Site.Parsing.Classify;
using Site.Parsing.Model;
using Site.Parsing.Text;

namespace Site.Parsing.Assembly;

/// <summary>What one page yields.</summary>
public sealed record PageResult(
    ImmutableArray<Article> Articles,
    ImmutableArray<NoiseBlock> Noise,
    ImmutableArray<string> Undone,
    ImmutableArray<ParseWarning> Warnings);

/// <summary>Groups the classified blocks of one page into articles, in reading order.</summary>
public static class PageAssembler
{
    /// <summary>A display line heads an article when at least this share of its bigrams recur in the
    /// body. Slogans and column logos printed between articles share almost none.</summary>
    private const double TitleOverlap = 0.2;

    private const int MaxTitleLines = 3;

    public static PageResult Assemble(IReadOnlyList<ClassifiedBlock> classified)
    {
        var blocks = Revise(classified);
        var noise = new List<NoiseBlock>();
        var teasers = new List<Article>();
        var undone = new List<string>();
        var sequence = Segment(blocks, noise, teasers, undone);
        var titleAfterBody = TitlesFollowBodies(sequence);
        Allocate(sequence, titleAfterBody, noise);

        var articles = new List<Article>();
        var warnings = new List<ParseWarning>();
        foreach (var core in sequence.OfType<Core>())
        {
            if (ToArticle(core, undone) is { } article) articles.Add(article);
            else noise.AddRange(Blocks(core).Select(b => ToNoise(b, "stray text without an article")));
        }
        articles.AddRange(teasers);
        articles.Sort((a, b) => (a.Page, a.Line).CompareTo((b.Page, b.Line)));
        noise.Sort((a, b) => (a.Page, a.Line).CompareTo((b.Page, b.Line)));
        foreach (var a in articles.Where(a => a.Headline is null && a.Kind is not ArticleKind.Weather))
            warnings.Add(new(a.Page, a.Line, "article without a headline"));
        return new([.. articles], [.. noise], [.. undone], [.. warnings]);
    }

    /// <summary>Second looks at blocks in the light of their neighbours.</summary>
    private static List<ClassifiedBlock> Revise(IReadOnlyList<ClassifiedBlock> input)
    {
        var blocks = input.ToList();
        var labelledBylines = blocks.Any(b => b.Kind == BlockKind.Byline);

        // Short sentences beside an advertisement are part of it ("诚信…是我们永远的追求！"), unless
        // on their other side they belong to an article (a byline or more body).
        static bool Loose(ClassifiedBlock? b) => b is null or { Kind: BlockKind.Display or BlockKind.Noise };
        for (var changed = true; changed;)
        {
            changed = false;
            for (var i = 0; i < blocks.Count; i++)
            {
                if (blocks[i].Kind != BlockKind.Body || blocks[i].Block.VisibleLength > 30) continue;
                var (prev, next) = (At(blocks, i - 1), At(blocks, i + 1));
                if (prev?.Kind == BlockKind.Noise && Loose(next) || next?.Kind == BlockKind.Noise && Loose(prev))
                {
                    blocks[i] = blocks[i] with { Kind = BlockKind.Noise, Reason = "beside an advertisement" };
                    changed = true;
                }
            }
        }

        for (var i = 0; i < blocks.Count; i++)
        {
            var b = blocks[i];
            if (b.Kind == BlockKind.Names)
            {
                // Bare names are a byline only under a headline and over a body, and only on pages
                // that do not label their bylines (言成声 and other columnists always count).
                var columnist = b.Byline!.IsCommentary;
                var placed = At(blocks, i - 1)?.Kind == BlockKind.Display && At(blocks, i + 1)?.Kind == BlockKind.Body
                             && !PhotoAhead(blocks, i + 1);
                blocks[i] = columnist || placed && !labelledBylines ? b with { Kind = BlockKind.Byline } : b with { Kind = BlockKind.Display };
            }
        }

        // A short line between two body chunks is a piece of a paragraph the column cut, not a headline:
        // it reads as a clause, or is as wide as the column, or the page credits its articles and no
        // byline follows this line (a headline would start an article without one).
        var creditsArticles = blocks.Count(b => b.Kind == BlockKind.Byline) >= 3;
        for (var i = 1; i + 1 < blocks.Count; i++)
        {
            var (prev, b, next) = (blocks[i - 1], blocks[i], blocks[i + 1]);
            if (b.Kind != BlockKind.Display || prev.Kind != BlockKind.Body || next.Kind != BlockKind.Body) continue;
            if (next.Text.StartsWith("本报讯", StringComparison.Ordinal) || PhotoAhead(blocks, i + 1)) continue;
            var reads = TextShape.HasClausePunctuation(b.Text) || b.Text.StartsWith('“') || !TextShape.EndsSentence(prev.Text)
                        || IsColumnLine(b, prev) || creditsArticles;
            if (reads) blocks[i] = b with { Kind = BlockKind.Body };
        }
        return blocks;
    }

    /// <summary>One line as wide as the wrapped column before it: the column's next line, cut off by
    /// a break, not a headline (which is wrapped shorter, or set wider).</summary>
    private static bool IsColumnLine(ClassifiedBlock b, ClassifiedBlock prev) =>
        b.Block.Lines.Length == 1 && prev.Block.Lines.Length >= 3
        && Math.Abs(b.Block.VisibleLength - MedianLine(prev.Block)) <= 2;

    private static int MedianLine(Layout.Block block) =>
        block.Lines.Select(TextShape.VisibleLength).Order().ElementAt(block.Lines.Length / 2);

    /// <summary>Does a ■摄影 credit close the run of body blocks starting at <paramref name="i"/>?</summary>
    private static bool PhotoAhead(List<ClassifiedBlock> blocks, int i)
    {
        for (; i < blocks.Count; i++)
        {
            if (blocks[i].Kind is BlockKind.Body or BlockKind.Caption) continue;
            return blocks[i].Kind == BlockKind.PhotoCredit;
        }
        return false;
    }

    private static ClassifiedBlock? At(List<ClassifiedBlock> blocks, int i) => i >= 0 && i < blocks.Count ? blocks[i] : null;

    /// <summary>Cuts the page into cores and the gaps of display lines between them. Noise and teasers
    /// go straight to their lists.</summary>
    private static List<object> Segment(List<ClassifiedBlock> blocks, List<NoiseBlock> noise, List<Article> teasers, List<string> undone)
    {
        var sequence = new List<object>();
        Core? open = null;
        List<ClassifiedBlock>? gap = null;

        Core Start(bool weather = false)
        {
            gap = null;
            open = new Core { IsWeather = weather };
            sequence.Add(open);
            return open;
        }

        void Gap(ClassifiedBlock b)
        {
            open = null;
            if (gap is null) { gap = []; sequence.Add(gap); }
            gap.Add(b);
        }

        for (var i = 0; i < blocks.Count; i++)
        {
            var b = blocks[i];
            switch (b.Kind)
            {
                case BlockKind.Masthead or BlockKind.EditionName or BlockKind.Noise or BlockKind.TeaserPointer:
                    noise.Add(ToNoise(b, b.Reason ?? b.Kind.ToString()));
                    break;
                case BlockKind.TeaserLabel:
                    noise.Add(ToNoise(b, "导读 label"));
                    i = ReadTeasers(blocks, i + 1, noise, teasers, undone) - 1;
                    break;
                case BlockKind.Byline:
                    if (open is { HasBody: false, TitleAfterByline.Count: 0, IsClosed: false, IsWeather: false } && open.Bylines.Count > 0)
                        open.Bylines.Add(b);   // "■记者 X" and "通讯员 Y" printed as two blocks
                    else Start().Bylines.Add(b);
                    break;
                case BlockKind.Display:
                    if (open is { Bylines.Count: > 0, HasBody: false, IsClosed: false }) open.TitleAfterByline.Add(b);
                    else Gap(b);
                    break;
                case BlockKind.Body or BlockKind.SectionMarker:
                    var dateline = b.Text.StartsWith("本报讯", StringComparison.Ordinal);
                    if (open is null || open.IsClosed || open.IsWeather || dateline && open.HasBody) Start();
                    open!.Body.Add(b);
                    break;
                case BlockKind.Caption:
                    var owner = open ?? sequence.OfType<Core>().LastOrDefault();
                    if (owner is null) Start().Captions.Add(b);
                    else owner.Captions.Add(b);
                    break;
                case BlockKind.PhotoCredit:
                    if (open is { IsClosed: false, IsWeather: false } && (open.HasBody || open.Bylines.Count > 0)) open.Credits.Add(b);
                    else Start().Credits.Add(b);
                    open!.IsClosed = open.HasBody;
                    break;
                case BlockKind.Weather:
                    if (open is not { IsWeather: true }) Start(weather: true);
                    open!.Body.Add(b);
                    break;
                default:
                    Gap(b);
                    break;
            }
        }
        return sequence;
    }

    /// <summary>A 导读 box: each teaser is one or two display lines (column label, title) and a pointer
    /// ("»»»»» 详见四版"). Returns the index after the box.</summary>
    private static int ReadTeasers(List<ClassifiedBlock> blocks, int i, List<NoiseBlock> noise, List<Article> teasers, List<string> undone)
    {
        while (true)
        {
            var j = i;
            while (j < blocks.Count && blocks[j].Kind is BlockKind.Display or BlockKind.Names && j - i < 3) j++;
            if (j == i || j >= blocks.Count || blocks[j].Kind != BlockKind.TeaserPointer) return i;
            var (title, removed) = TitleBuilder.Lines(blocks.Skip(i).Take(j - i));
            undone.AddRange(removed);
            var pointer = blocks[j];
            var page = ChineseNumber.Parse(System.Text.RegularExpressions.Regex.Match(
                TextShape.Compact(pointer.Text), @"详见第?(\S{1,3})版").Groups[1].Value);
            teasers.Add(new Article(ArticleKind.Teaser,
                title.Count > 1 ? string.Join(' ', title.Take(title.Count - 1)) : null, title[^1], null,
                Byline.Empty, [], [], false, blocks[i].Block.Page, blocks[i].Block.Line, [], page));
            noise.Add(ToNoise(pointer, "导读 pointer"));
            i = j + 1;
        }
    }

    /// <summary>Some pages print each headline after its article (seed 001). Such a page opens with a
    /// byline: nothing stands above its first article.</summary>
    private static bool TitlesFollowBodies(List<object> sequence) =>
        sequence.FirstOrDefault() is Core { Bylines.Count: > 0, TitleAfterByline.Count: 0 } first
        && !first.Bylines[0].Byline!.IsPhotoCredit;

    /// <summary>Hands the display lines of each gap to the article before it (on pages whose titles
    /// follow their bodies) or after it; what neither takes is noise.</summary>
    private static void Allocate(List<object> sequence, bool titleAfterBody, List<NoiseBlock> noise)
    {
        for (var i = 0; i < sequence.Count; i++)
        {
            if (sequence[i] is not List<ClassifiedBlock> gap) continue;
            var before = i > 0 ? sequence[i - 1] as Core : null;
            var after = i + 1 < sequence.Count ? sequence[i + 1] as Core : null;
            var remaining = gap.ToList();

            if (before is { WantsTitle: true } && titleAfterBody)
                Take(before, remaining, fromEnd: false);
            if (after is { WantsTitle: true } && (!titleAfterBody || after.IsPhoto || after.Bylines.Count == 0))
                Take(after, remaining, fromEnd: true);
            noise.AddRange(remaining.Select(b => ToNoise(b, "display line outside any article")));
        }
    }

    /// <summary>Takes the display lines nearest the core: the nearest always, further ones while they
    /// talk about the body and the title stays within three lines.</summary>
    private static void Take(Core core, List<ClassifiedBlock> gap, bool fromEnd)
    {
        var body = core.BodyText;
        var taken = new List<ClassifiedBlock>();
        var lines = 0;
        while (gap.Count > 0)
        {
            var b = fromEnd ? gap[^1] : gap[0];
            var n = TitleBuilder.Lines([b]).Lines.Count;
            var first = taken.Count == 0;
            if (!first && (lines + n > MaxTitleLines || TextShape.BigramOverlap(b.Text, body) < TitleOverlap)) break;
            if (first && n > MaxTitleLines) break;
            taken.Add(b);
            lines += n;
            gap.RemoveAt(fromEnd ? gap.Count - 1 : 0);
        }
        if (fromEnd) taken.Reverse();
        core.Title.AddRange(taken);
    }

    private static Article? ToArticle(Core core, List<string> undone)
    {
        var titleBlocks = core.Title.Concat(core.TitleAfterByline).OrderBy(b => (b.Block.Page, b.Block.Line)).ToList();
        var title = TitleBuilder.Build(titleBlocks);
        var paragraphs = ParagraphBuilder.Build(core.Body);
        var bylines = core.Bylines.Concat(core.Credits).Select(b => b.Byline!).ToList();
        var byline = bylines.Aggregate(Byline.Empty, (acc, b) => acc.Merge(b.Byline));

        // A lone byline, or a scrap of text with neither headline nor byline, is not an article.
        if (paragraphs.Count == 0 && title.Headline is null) return null;
        if (title.Headline is null && byline.IsEmpty && !core.IsWeather
            && paragraphs.Sum(TextShape.VisibleLength) < BlockClassifier.MaxDisplayLength) return null;
        undone.AddRange(title.Undone);

        var kind = core.IsWeather ? ArticleKind.Weather
            : bylines.Any(b => b.IsCommentary) ? ArticleKind.Commentary
            : core.IsPhoto ? ArticleKind.Photo
            : ArticleKind.News;
        if (kind == ArticleKind.Weather) paragraphs = [string.Concat(paragraphs)];
        var first = titleBlocks.Concat(Blocks(core)).MinBy(b => (b.Block.Page, b.Block.Line))!;
        return new Article(
            kind, title.Kicker, kind == ArticleKind.Weather ? null : title.Headline, title.Subheadline, byline,
            [.. paragraphs],
            [.. core.Captions.Select(c => Spacing.Display(Spacing.JoinWrapped(c.Block.Lines)))],
            kind is ArticleKind.News or ArticleKind.Commentary && ParagraphBuilder.IsCutOff(paragraphs),
            first.Block.Page, first.Block.Line,
            [.. core.Bylines.Concat(core.Credits).Select(b => b.Text)]);
    }

    private static IEnumerable<ClassifiedBlock> Blocks(Core core) =>
        core.Bylines.Concat(core.TitleAfterByline).Concat(core.Title).Concat(core.Body).Concat(core.Captions).Concat(core.Credits);

    private static NoiseBlock ToNoise(ClassifiedBlock b, string reason) => new(b.Text, b.Block.Page, b.Block.Line, reason);
}
