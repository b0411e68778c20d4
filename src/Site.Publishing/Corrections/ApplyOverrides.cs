using System.Collections.Immutable;
using System.Globalization;
using Site.Config;
using Site.Parsing.Bylines;
using Site.Parsing.Diagnostics;
using Site.Parsing.Model;
using Site.Parsing.Rules;
using Site.Parsing.Text;
using Site.Publishing.Documents;
using Site.Publishing.Views;

namespace Site.Publishing.Corrections;

/// <summary>Stage between parsing and rendering: applies edition.yml's corrections to each page's
/// articles. Every override finds its article in the parse as it came out of the parser (so overrides
/// do not depend on each other's order); then articles are dropped, fields set, articles split, and
/// articles merged, in that order. An override that finds nothing is a warning naming edition.yml and
/// its line: the raw text or the parser changed, and the correction needs a look.</summary>
/// <remarks>Corrections never renumber a page: an article keeps its number as parsed (the last part of
/// its URL); a split-off article takes a number after the page's last, in the order of the overrides in
/// edition.yml (so a correction added at the end changes no number given before); the number of an
/// article merged into another or dropped is left to a page that points to where its text went; and
/// <c>publishedAs:</c> gives an article the number it was published under, the article that held that
/// number as parsed taking a new one after the last.</remarks>
public static class ApplyOverrides
{
    /// <param name="pages">Page number to the page's articles in reading order, as parsed.</param>
    /// <exception cref="ConfigException">A byline the byline reader cannot read; a number given to two articles.</exception>
    public static (ImmutableSortedDictionary<int, CorrectedPage> Pages, ImmutableArray<Diagnostic> Warnings) Run(
        ImmutableSortedDictionary<int, ImmutableArray<Article>> pages, ImmutableArray<ArticleOverride> overrides,
        string manifestPath, ParserRules rules)
    {
        var warnings = ImmutableArray.CreateBuilder<Diagnostic>();
        void Warn(int line, string code, string message) => warnings.Add(Diagnostic.Warning(manifestPath, line, code, message));

        foreach (var o in overrides.Where(o => !pages.ContainsKey(o.Page)))
            Warn(o.Line, InputCodes.StaleOverride, $"override for page {o.Page}: the edition has no page {o.Page}");
        var result = ImmutableSortedDictionary.CreateBuilder<int, CorrectedPage>();
        foreach (var (page, articles) in pages)
        {
            var mine = overrides.Where(o => o.Page == page).ToList();
            result[page] = mine.Count > 0 ? Page(page, articles, mine, manifestPath, rules, Warn) : CorrectedPage.AsParsed(articles);
        }
        return (result.ToImmutable(), warnings.ToImmutable());
    }

    /// <summary>An article on its way through the corrections: mutable only here.</summary>
    private sealed class Piece(Article article, int number)
    {
        public Article Article = article;
        /// <summary>Its number as parsed; 0 for a teaser or the weather box, -1 until one is given.</summary>
        public int Number = number;
        /// <summary>Where a merged-away article went.</summary>
        public Piece? Into;
        public int? Pinned;
        /// <summary>For an article that needs a new number: the place of the override that made it so.</summary>
        public int Order;
    }

    private static CorrectedPage Page(int pageNumber, ImmutableArray<Article> articles, List<ArticleOverride> overrides,
        string manifestPath, ParserRules rules, Action<int, string, string> warn)
    {
        // Numbers as the site gives them: teasers and the weather box are not numbered articles.
        var numbered = Enumerable.Range(0, articles.Length).Where(i => IsNumbered(articles[i])).ToList();
        var targets = new List<(ArticleOverride Override, int Index, int Order)>();
        for (var k = 0; k < overrides.Count; k++)
        {
            var o = overrides[k];
            if (Find(articles, numbered, o) is { } index) targets.Add((o, index, k));
            else warn(o.Line, InputCodes.StaleOverride, Describe(o) + (Candidates(articles, o) > 1
                ? " matches more than one article; add number: to say which"
                : " matches no article on the page (was the raw text or the parser changed?)"));
        }

        var pieces = articles.Select((a, i) => new List<Piece> { new(a, IsNumbered(a) ? numbered.IndexOf(i) + 1 : 0) }).ToList();
        var gone = new List<(Piece Piece, string Title)>();
        var dropped = new Dictionary<int, int>();
        foreach (var (o, i, _) in targets.Where(t => t.Override.Drop))
        {
            if (!dropped.TryAdd(i, o.Line)) continue;
            gone.Add((pieces[i][0], Title(pieces[i][0].Article)));
            pieces[i].Clear();
        }
        // What else an override asks of a dropped article is moot, and said so.
        bool Live(ArticleOverride o, int i)
        {
            if (pieces[i].Count > 0) return true;
            if (!o.Drop) warn(o.Line, InputCodes.MootOverride, string.Create(CultureInfo.InvariantCulture,
                $"{Describe(o)}: the article is dropped by the override on line {dropped[i]}"));
            return false;
        }
        var pins = new Dictionary<int, int>();
        void Pin(int n, int line)
        {
            if (!pins.TryAdd(n, line))
                throw new ConfigException(manifestPath, line, string.Create(CultureInfo.InvariantCulture,
                    $"publishedAs: {n} is given to two articles of page {pageNumber} (the other on line {pins[n]})"));
        }
        foreach (var (o, i, _) in targets.Where(t => t.Override.Set != ArticleFields.None && Live(t.Override, t.Index)))
            pieces[i][0].Article = With(pieces[i][0].Article, o.Set, manifestPath, rules);
        foreach (var (o, i, order) in targets.Where(t => t.Override.Split is not null && Live(t.Override, t.Index)))
        {
            var split = o.Split!;
            var cut = pieces[i].Select((piece, n) => (n, At: FindParagraph(piece.Article, split.Before))).FirstOrDefault(x => x.At > 0);
            if (cut.At <= 0)
            {
                warn(split.Line, InputCodes.StaleOverride, $"{Describe(o)}: no paragraph after the first starts with \"{split.Before}\"");
                continue;
            }
            var (first, second) = Split(pieces[i][cut.n].Article, cut.At, split.Fields, manifestPath, rules);
            pieces[i][cut.n].Article = first;
            pieces[i].Insert(cut.n + 1, new Piece(second, -1) { Order = order, Pinned = split.PublishedAs });
            if (split.PublishedAs is { } n) Pin(n, split.Line);
        }
        // Merges from the last article back, so a chain of merges folds into its first article.
        foreach (var (o, i, _) in targets.Where(t => t.Override.MergeNext && Live(t.Override, t.Index)).OrderByDescending(t => t.Index))
        {
            var next = numbered.FirstOrDefault(j => j > i && pieces[j].Count > 0, -1);
            if (next < 0)
            {
                warn(o.Line, InputCodes.StaleOverride, $"{Describe(o)}: merge: next, but it is the last article on the page");
                continue;
            }
            var (into, away) = (pieces[i][^1], pieces[next][0]);
            gone.Add((away, Title(away.Article)));
            into.Article = Merge(into.Article, away.Article);
            away.Into = into;
            pieces[i].AddRange(pieces[next].Skip(1));
            pieces[next].Clear();
        }
        foreach (var (o, i, order) in targets.Where(t => t.Override.PublishedAs is not null))
        {
            var n = o.PublishedAs!.Value;
            if (pieces[i].Count == 0)
            {
                if (dropped.ContainsKey(i)) Live(o, i);
                else warn(o.Line, InputCodes.MootOverride, $"{Describe(o)}: publishedAs: names an article merged into the one before it; give the number to that one");
                continue;
            }
            Pin(n, o.Line);
            pieces[i][0].Pinned = n;
            pieces[i][0].Order = order;
        }

        var live = pieces.SelectMany(p => p).ToList();
        var alive = live.Where(p => p.Number != 0).ToList();
        // An article whose number a pin took needs a new one, in the order of the pin that took it.
        foreach (var p in alive.Where(p => p.Pinned is null && p.Number > 0 && pins.ContainsKey(p.Number)))
        {
            p.Order = overrides.FindIndex(o => o.PublishedAs == p.Number || o.Split?.PublishedAs == p.Number);
            p.Number = -1;
        }
        foreach (var p in alive.Where(p => p.Pinned is not null)) p.Number = p.Pinned!.Value;
        var last = Math.Max(numbered.Count, pins.Keys.DefaultIfEmpty(0).Max());
        foreach (var p in alive.Where(p => p.Number < 0).OrderBy(p => p.Order)) p.Number = ++last;

        var taken = alive.Select(p => p.Number).ToHashSet();
        var moved = gone
            .Where(g => !taken.Contains(g.Piece.Number))
            .Select(g => new MovedArticle(g.Piece.Number, Final(g.Piece)?.Number, g.Title))
            .OrderBy(m => m.Number);
        return new CorrectedPage([.. live.Select(p => p.Article)], [.. live.Select(p => p.Number == 0 ? (int?)null : p.Number)], [.. moved]);
    }

    /// <summary>The live article a merged-away one's text ended up in; null for a dropped one.</summary>
    private static Piece? Final(Piece piece)
    {
        var at = piece.Into;
        while (at?.Into is not null) at = at.Into;
        return at;
    }

    private static string Title(Article a) => Labels.Title(a.Headline, a.Kind, a.Paragraphs.FirstOrDefault());

    private static bool IsNumbered(Article a) => CorrectedPage.IsNumbered(a);

    /// <summary>By headline when given (robust to renumbering), with the number to choose among equal
    /// headlines; by number alone otherwise.</summary>
    private static int? Find(ImmutableArray<Article> articles, List<int> numbered, ArticleOverride o)
    {
        int? ByNumber() => o.Number is { } n && n <= numbered.Count ? numbered[n - 1] : null;
        if (o.Headline is null) return ByNumber();
        var matches = numbered.Where(i => SameText(articles[i].Headline, o.Headline)).ToList();
        return matches.Count switch
        {
            1 => matches[0],
            > 1 when ByNumber() is { } i && matches.Contains(i) => i,
            _ => null,
        };
    }

    private static int Candidates(ImmutableArray<Article> articles, ArticleOverride o) =>
        o.Headline is null ? 0 : articles.Count(a => IsNumbered(a) && SameText(a.Headline, o.Headline));

    private static bool SameText(string? parsed, string wanted) =>
        parsed is not null && TextShape.Compact(parsed) == TextShape.Compact(wanted);

    private static string Describe(ArticleOverride o) =>
        string.Create(CultureInfo.InvariantCulture,
            $"override for page {o.Page}, {(o.Headline is { } h ? $"headline \"{h}\"" : $"article {o.Number}")}");

    /// <summary>The index of the paragraph that opens with <paramref name="before"/>; -1 when none.</summary>
    private static int FindParagraph(Article a, string before)
    {
        var wanted = TextShape.Compact(before);
        for (var i = 1; i < a.Paragraphs.Length; i++)   // a split keeps at least the first paragraph
            if (TextShape.Compact(a.Paragraphs[i]).StartsWith(wanted, StringComparison.Ordinal)) return i;
        return -1;
    }

    private static Article With(Article a, ArticleFields f, string manifestPath, ParserRules rules)
    {
        a = a with
        {
            Kicker = Field(f.Kicker, a.Kicker),
            Headline = Field(f.Headline, a.Headline),
            Subheadline = Field(f.Subheadline, a.Subheadline),
            Kind = f.Kind ?? a.Kind,
        };
        return f.Byline is { } byline
            ? a with { Byline = ReadByline(byline, manifestPath, rules), BylineSource = byline.Value.Length > 0 ? [byline.Value] : [] }
            : a;
    }

    private static string? Field(string? given, string? parsed) => given is null ? parsed : given.Length == 0 ? null : given;

    private static Byline ReadByline(OverrideText text, string manifestPath, ParserRules rules)
    {
        if (text.Value.Length == 0) return Byline.Empty;
        string[] lines = [text.Value];
        return (BylineParser.ParseMarked(lines, rules) ?? BylineParser.ParseBare(lines, rules))?.Byline
            ?? throw new ConfigException(manifestPath, text.Line,
                $"byline \"{text.Value}\" cannot be read as a byline; write it as printed, for example 记者 张三 通讯员 李四");
    }

    /// <summary>The first part keeps the captions; the second takes the cut-off mark, since it ends
    /// where the parsed article ended.</summary>
    private static (Article First, Article Second) Split(Article a, int at, ArticleFields fields, string manifestPath, ParserRules rules)
    {
        var first = a with { Paragraphs = a.Paragraphs[..at], Truncated = false };
        var second = new Article(a.Kind, null, null, null, Byline.Empty, a.Paragraphs[at..], [], a.Truncated, a.Page, a.Line, []);
        return (first, With(second, fields, manifestPath, rules));
    }

    private static Article Merge(Article a, Article b) => a with
    {
        Kicker = a.Kicker ?? b.Kicker,
        Headline = a.Headline ?? b.Headline,
        Subheadline = a.Subheadline ?? b.Subheadline,
        Byline = a.Byline.Merge(b.Byline),
        Paragraphs = a.Paragraphs.AddRange(b.Paragraphs),
        Captions = a.Captions.AddRange(b.Captions),
        Truncated = b.Truncated,
        BylineSource = a.BylineSource.AddRange(b.BylineSource),
        SeePage = a.SeePage ?? b.SeePage,
    };
}
