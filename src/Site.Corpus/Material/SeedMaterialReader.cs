using System.Collections.Immutable;
using Site.Config;
using Site.Parsing.Classify;
using Site.Parsing.Layout;
using Site.Parsing.Model;
using Site.Parsing.Rules;
using Site.Parsing.Text;
using Site.Parsing;

namespace Site.Corpus.Material;

/// <summary>Parses the seeds with the real parser and site.yml's rules, and keeps the pieces that read
/// the same wherever they are put: paragraphs that finish their sentences, headlines that are display
/// lines, names that are names.</summary>
public static class SeedMaterialReader
{
    /// <summary>Longer than the parser's longest display line, so a paragraph is never taken for a headline.</summary>
    private const int MinParagraphLength = 41;

    private const int MaxCaptionLength = 150;

    public static SeedMaterial Read(string seedsFolder, SiteConfig config)
    {
        var rules = config.Parser;
        var news = new List<SeedArticle>();
        var commentaries = new List<SeedArticle>();
        var photos = new List<SeedArticle>();
        var reporters = new List<string>();
        var correspondents = new List<string>();
        var photographers = new List<string>();

        // Ordinal order, so the material (and every corpus made from it) does not depend on the file system.
        foreach (var path in Directory.EnumerateFiles(seedsFolder, "*.txt").Order(StringComparer.Ordinal))
        {
            foreach (var a in IssueFile.Parse(path, rules).Articles)
            {
                reporters.AddRange(a.Byline.Reporters);
                correspondents.AddRange(a.Byline.Correspondents);
                photographers.AddRange(a.Byline.Photographers);
                // Bare names under a headline (seed 003) are the county bureaus' reporters.
                if (a.Kind == ArticleKind.News) correspondents.AddRange(a.Byline.Authors);

                if (Title(a, rules) is not { } title) continue;
                var paragraphs = a.Paragraphs.Select(StripDateline).Where(p => IsParagraph(p, rules)).ToImmutableArray();
                if (paragraphs.IsEmpty) continue;
                var article = new SeedArticle(title, paragraphs);
                switch (a.Kind)
                {
                    case ArticleKind.News: news.Add(article); break;
                    case ArticleKind.Commentary: commentaries.Add(article); break;
                    case ArticleKind.Photo: photos.Add(article); break;
                }
            }
        }

        var pool = news.SelectMany(a => a.Paragraphs).Distinct(StringComparer.Ordinal).ToImmutableArray();
        var material = new SeedMaterial(
            [.. news], [.. commentaries], [.. photos], pool,
            [.. pool.Where(p => TextShape.VisibleLength(p) <= MaxCaptionLength)],
            pool.ToImmutableDictionary(p => p, p => Clauses(p, rules), StringComparer.Ordinal),
            Names(reporters), Names(correspondents), Names(photographers),
            [.. rules.Columnists],
            [.. rules.NoiseLines, "扫一扫 看视频"]);
        if (material.News.IsEmpty || material.Commentaries.IsEmpty || material.Photos.IsEmpty || material.Reporters.IsEmpty
            || material.Correspondents.IsEmpty || material.Photographers.IsEmpty)
            throw new InvalidOperationException($"{seedsFolder}: the seeds lack news, commentary, photo items or bylines to recombine");
        return material;
    }

    /// <summary>The seed's title, when every line of it is a display line on its own.</summary>
    private static TitleLines? Title(Article a, ParserRules rules)
    {
        if (a.Headline is not { } headline || !IsDisplay(headline, rules)) return null;
        var kicker = a.Kicker is { } k && IsDisplay(k, rules) ? k : null;
        var sub = a.Subheadline is { } s && IsDisplay(s, rules) ? s : null;
        return new(kicker, headline, sub);
    }

    private static string StripDateline(string p) =>
        p.StartsWith("本报讯", StringComparison.Ordinal) ? p["本报讯".Length..].TrimStart() : p;

    /// <summary>A paragraph the parser will read as running text, ending its sentence (so it is not
    /// joined to the next), wherever it is put.</summary>
    private static bool IsParagraph(string p, ParserRules rules) =>
        TextShape.VisibleLength(p) >= MinParagraphLength && TextShape.EndsSentence(p)
        && !p.StartsWith("本报讯", StringComparison.Ordinal) && !p.Contains('\n')
        && BlockClassifier.Classify(new Block(1, 1, [p]), rules).Kind == BlockKind.Body;

    /// <summary>The clauses of a paragraph that read as a headline: 8–16 characters between punctuation,
    /// mostly ideographs, no quotes or brackets to leave unbalanced, a display line to the parser.</summary>
    private static ImmutableArray<string> Clauses(string paragraph, ParserRules rules) =>
        [.. paragraph.Split(ClauseBreaks, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(c => c.Length is >= 8 and <= 16 && !c.Any(ch => Chars.IsCloser(ch) || "“‘《(（".Contains(ch) || char.IsWhiteSpace(ch))
                        && c.Count(Chars.IsIdeograph) >= c.Length * 4 / 5 && Doubling.Undo(c).Removed.Count == 0
                        && !DanglingStart.Contains(c[0]) && !DanglingEnd.Contains(c[^1])
                        && IsDisplay(c, rules))
            .Distinct(StringComparer.Ordinal)];

    // A clause that leans on the one before or after it ("并积极发挥…", "…的") is no headline.
    private const string DanglingStart = "并而但且也还又就都及和与或则即其在对从把被让使以为因所该这那";
    private const string DanglingEnd = "的了着地得和与及或在对从把被";

    private static readonly char[] ClauseBreaks = ['，', ',', '、', '；', ';', '：', ':', '。', '！', '？', '!', '?', '…', '—'];

    private static bool IsDisplay(string line, ParserRules rules) =>
        !line.Contains('\n') && BlockClassifier.Classify(new Block(1, 1, [line]), rules).Kind == BlockKind.Display;

    private static ImmutableArray<string> Names(IEnumerable<string> names) =>
        [.. names.Where(n => n.Length is >= 2 and <= 4 && n.All(Chars.IsIdeograph)).Distinct(StringComparer.Ordinal)];
}
