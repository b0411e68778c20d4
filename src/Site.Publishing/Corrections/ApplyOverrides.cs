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
            result[page] = mine.Count > 0 ? new PageCorrection(page, articles, mine, manifestPath, rules, Warn).Run() : CorrectedPage.AsParsed(articles);
        }
        return (result.ToImmutable(), warnings.ToImmutable());
    }


    internal static string Title(Article a) => Labels.Title(a.Headline, a.Kind, a.Paragraphs.FirstOrDefault());

    internal static bool IsNumbered(Article a) => CorrectedPage.IsNumbered(a);

    /// <summary>By headline when given (robust to renumbering), with the number to choose among equal
    /// headlines; by number alone otherwise.</summary>
    internal static int? Find(ImmutableArray<Article> articles, List<int> numbered, ArticleOverride o)
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

    internal static int Candidates(ImmutableArray<Article> articles, ArticleOverride o) =>
        o.Headline is null ? 0 : articles.Count(a => IsNumbered(a) && SameText(a.Headline, o.Headline));

    private static bool SameText(string? parsed, string wanted) =>
        parsed is not null && TextShape.Compact(parsed) == TextShape.Compact(wanted);

    internal static string Describe(ArticleOverride o) =>
        string.Create(CultureInfo.InvariantCulture,
            $"override for page {o.Page}, {(o.Headline is { } h ? $"headline \"{h}\"" : $"article {o.Number}")}");

    /// <summary>The index of the paragraph that opens with <paramref name="before"/>; -1 when none.</summary>
    internal static int FindParagraph(Article a, string before)
    {
        var wanted = TextShape.Compact(before);
        for (var i = 1; i < a.Paragraphs.Length; i++)   // a split keeps at least the first paragraph
            if (TextShape.Compact(a.Paragraphs[i]).StartsWith(wanted, StringComparison.Ordinal)) return i;
        return -1;
    }

    internal static Article With(Article a, ArticleFields f, string manifestPath, ParserRules rules)
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
    internal static (Article First, Article Second) Split(Article a, int at, ArticleFields fields, string manifestPath, ParserRules rules)
    {
        var first = a with { Paragraphs = a.Paragraphs[..at], Truncated = false };
        var second = new Article(a.Kind, null, null, null, Byline.Empty, a.Paragraphs[at..], [], a.Truncated, a.Page, a.Line, []);
        return (first, With(second, fields, manifestPath, rules));
    }

    internal static Article Merge(Article a, Article b) => a with
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
