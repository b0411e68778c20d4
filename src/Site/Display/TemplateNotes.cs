using System.Globalization;
using Site.Publishing.Pipeline;

namespace Site.Display;

/// <summary>What a maintainer should know but need not fix: the build's notes (robots.txt left out of a site
/// published under a path), and how the pages were rendered: a theme whose templates were
/// interpreted (slower; the construct that kept them from being compiled, and where), or pages the
/// compiled templates left to the interpreter. Notes, not warnings: the pages are right either way.</summary>
public static class TemplateNotes
{
    public static IEnumerable<string> Of(BuildReport report)
    {
        foreach (var note in report.Notes.IsDefault ? [] : report.Notes) yield return note;
        if (report.TemplatesInterpretedBecause is { } why)
            yield return $"the templates were interpreted by Scriban, which is slower: {why}";
        if (report.TemplateFallbacks > 0)
            yield return string.Create(CultureInfo.InvariantCulture,
                $"{report.TemplateFallbacks} pages were rendered by the interpreter; the first: {report.FirstTemplateFallback}");
    }

    public static string Row(BuildReport report) => report.TemplatesInterpretedBecause is null ? "compiled" : "interpreted";
}
