using System.Collections.Immutable;
using System.Globalization;
using Site.Config;
using Site.Parsing.Bylines;
using Site.Parsing.Diagnostics;
using Site.Parsing.Model;
using Site.Parsing.Rules;
using Site.Parsing.Text;

namespace Site.Publishing.Pipeline;

/// <summary>Stage between parsing and rendering: applies edition.yml's corrections to each page's
/// articles. Every override finds its article in the parse as it came out of the parser (so overrides
/// do not depend on each other's order); then fields are set, articles split, and articles merged, in
/// that order. An override that finds nothing is a warning naming edition.yml and its line: the raw
/// text or the parser changed, and the correction needs a look.</summary>
public static class ApplyOverrides
{
    /// <param name="pages">Page number to the page's articles in reading order, as parsed.</param>
    /// <exception cref="ConfigException">A byline the byline reader cannot read.</exception>
    public static (ImmutableSortedDictionary<int, ImmutableArray<Article>> Pages, ImmutableArray<Diagnostic> Warnings) Run(
        ImmutableSortedDictionary<int, ImmutableArray<Article>> pages, ImmutableArray<ArticleOverride> overrides,
        string manifestPath, ParserRules rules)
    {
        if (overrides.IsEmpty) return (pages, []);
        var warnings = ImmutableArray.CreateBuilder<Diagnostic>();
        void Warn(int line, string message) => warnings.Add(Diagnostic.Warning(manifestPath, line, InputCodes.StaleOverride, message));

        foreach (var o in overrides.Where(o => !pages.ContainsKey(o.Page)))
            Warn(o.Line, $"override for page {o.Page}: the edition has no page {o.Page}");
        var result = pages;
        foreach (var (page, articles) in pages)
        {
            var mine = overrides.Where(o => o.Page == page).ToList();
            if (mine.Count > 0) result = result.SetItem(page, Page(articles, mine, manifestPath, rules, Warn));
        }
        return (result, warnings.ToImmutable());
    }

    private static ImmutableArray<Article> Page(ImmutableArray<Article> articles, List<ArticleOverride> overrides,
        string manifestPath, ParserRules rules, Action<int, string> warn)
    {
        // Numbers as the site gives them: teasers and the weather box are not numbered articles.
        var numbered = Enumerable.Range(0, articles.Length).Where(i => IsNumbered(articles[i])).ToList();
        var targets = new List<(ArticleOverride Override, int Index)>();
        foreach (var o in overrides)
        {
            if (Find(articles, numbered, o) is { } index) targets.Add((o, index));
            else warn(o.Line, Describe(o) + (Candidates(articles, o) > 1
                ? " matches more than one article; add number: to say which"
                : " matches no article on the page (was the raw text or the parser changed?)"));
        }

        var pieces = articles.Select(a => new List<Article> { a }).ToList();
        foreach (var (o, i) in targets.Where(t => t.Override.Set != ArticleFields.None))
            pieces[i][0] = With(pieces[i][0], o.Set, manifestPath, rules);
        foreach (var (o, i) in targets.Where(t => t.Override.Split is not null))
        {
            var split = o.Split!;
            var cut = pieces[i].Select((piece, n) => (n, At: FindParagraph(piece, split.Before))).FirstOrDefault(x => x.At > 0);
            if (cut.At <= 0)
            {
                warn(split.Line, $"{Describe(o)}: no paragraph after the first starts with \"{split.Before}\"");
                continue;
            }
            var (first, second) = Split(pieces[i][cut.n], cut.At, split.Fields, manifestPath, rules);
            pieces[i][cut.n] = first;
            pieces[i].Insert(cut.n + 1, second);
        }
        // Merges from the last article back, so a chain of merges folds into its first article.
        foreach (var (o, i) in targets.Where(t => t.Override.MergeNext).OrderByDescending(t => t.Index))
        {
            var next = numbered.FirstOrDefault(j => j > i && pieces[j].Count > 0, -1);
            if (next < 0)
            {
                warn(o.Line, $"{Describe(o)}: merge: next, but it is the last article on the page");
                continue;
            }
            pieces[i][^1] = Merge(pieces[i][^1], pieces[next][0]);
            pieces[i].AddRange(pieces[next].Skip(1));
            pieces[next].Clear();
        }
        return [.. pieces.SelectMany(p => p)];
    }

    private static bool IsNumbered(Article a) => a.Kind is not (ArticleKind.Teaser or ArticleKind.Weather);

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
