using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.ExceptionServices;
using Site.Config;
using Site.Parsing.Diagnostics;
using Site.Parsing.Model;
using Site.Parsing;
using Site.Publishing.Corrections;
using Site.Publishing.Documents;

namespace Site.Publishing.Pipeline;

/// <summary>Stage: an edition's raw files to an <see cref="EditionModel"/>. Checks what the files say
/// about themselves against where they are filed.</summary>
public static class ParseEdition
{
    /// <exception cref="InputException">The edition cannot be published (the message names file and line).</exception>
    public static EditionModel Run(EditionSource source, SiteConfig config)
    {
        var manifestPath = source.ManifestPath;
        var manifest = manifestPath is null ? EditionManifest.Empty : EditionManifestReader.Load(manifestPath);
        if (manifest.Date is { } stated && stated != source.Date)
            throw new InputException(manifestPath!, manifest.DateLine, InputCodes.WrongDate,
                $"date {stated:yyyy-MM-dd} disagrees with the edition's folder {source.Date:yyyy-MM-dd}");

        var issues = ParsePages(source.Files, config);
        var errors = new List<Diagnostic>();
        var warnings = new List<Diagnostic>();
        var facts = EditionInfo.Empty;
        for (var i = 0; i < issues.Count; i++)
        {
            var issue = issues[i];
            var file = source.Files[i];
            if (issue.Edition.Date is { } printed && printed != source.Date)
            {
                var line = issue.Noise.FirstOrDefault(n => n.Reason == NoiseReason.Masthead)?.Line ?? 1;
                errors.Add(Diagnostic.Error(file, line, InputCodes.WrongDate,
                    string.Create(CultureInfo.InvariantCulture, $"the masthead says {printed:yyyy-MM-dd}, but the file is filed under {source.Date:yyyy-MM-dd}")));
            }
            warnings.AddRange(issue.Warnings.Select(w => Diagnostic.Warning(file, w.Line, InputCodes.Parse, w.Message)));
            facts = EditionInfo.Merge(facts, issue.Edition);
        }
        if (errors.Count > 0) throw new InputException(errors);
        facts = facts with { Date = source.Date, IssueNumber = facts.IssueNumber ?? manifest.IssueNumber };

        var parsed = source.SingleFile
            ? issues[0].Articles.GroupBy(a => a.Page).ToImmutableSortedDictionary(g => g.Key, g => g.ToImmutableArray())
            : source.PageNumbers.Select((n, i) => (n, i)).ToImmutableSortedDictionary(p => p.n, p => issues[p.i].Articles);
        var (corrected, stale) = ApplyOverrides.Run(parsed, manifest.Overrides, manifestPath ?? "", config.Parser);
        warnings.AddRange(stale);
        warnings.AddRange(PageNames.Check(source, corrected.Keys, manifest));
        var pages = corrected.Select(p =>
        {
            var index = source.SingleFile ? 0 : source.PageNumbers.IndexOf(p.Key);
            return Page(p.Key, source.Files[index], p.Value, manifest, manifestPath, Printed(issues[index], source.SingleFile ? p.Key : 1));
        });
        return new EditionModel(source.Date, facts, [.. pages], [.. warnings]);
    }

    /// <summary>Each file parsed, in order. The files are parsed in parallel: an everyday build parses one new
    /// edition, whose PDF pages would otherwise be read one after another on one core. A file that cannot be
    /// read fails the edition as it would read in order: the first such file's error is the one thrown.</summary>
    private static IReadOnlyList<ParsedIssue> ParsePages(ImmutableArray<string> files, SiteConfig config)
    {
        var issues = new ParsedIssue[files.Length];
        var failures = new ExceptionDispatchInfo?[files.Length];
        Parallel.For(0, files.Length, i =>
        {
            try
            {
                issues[i] = IssueFile.Parse(files[i], config.Parser);
            }
            catch (Exception e)
            {
                failures[i] = ExceptionDispatchInfo.Capture(e);
            }
        });
        failures.FirstOrDefault(f => f is not null)?.Throw();
        return issues;
    }

    /// <summary>The printed size of a page read from a PDF, null for text.</summary>
    private static PrintedPage? Printed(ParsedIssue issue, int page) =>
        issue.Printed.IsDefault ? null : issue.Printed.FirstOrDefault(p => p.Page == page);

    private static PageModel Page(int number, string file, CorrectedPage page, EditionManifest manifest, string? manifestPath, PrintedPage? printed)
    {
        var numbered = page.Articles.Select((a, i) => (a, i)).Where(x => page.Numbers[x.i] is not null)
            .Select(x => new NumberedArticle(page.Numbers[x.i]!.Value, x.a));
        var list = page.Articles;
        var name = manifest.PageNames.TryGetValue(number, out var n) ? n : "";
        return new PageModel(number, name, file, [.. numbered],
            [.. list.Where(a => a.Kind == ArticleKind.Teaser)], list.FirstOrDefault(a => a.Kind == ArticleKind.Weather), printed,
            name.Length > 0 ? manifestPath : null, manifest.PageLines.GetValueOrDefault(number), page.Moved);
    }
}
