using System.Globalization;
using System.Text;

namespace Site.Publishing.Filing;

/// <summary>The starting edition.yml of a newly filed edition, in the style of the sample's: a comment
/// saying where the pages came from and why the date is what it is, the issue number, and the page
/// names the mastheads state (a commented line for each page whose name is still to be given).</summary>
public static class ManifestDraft
{
    public static string Write(FilingPlan plan)
    {
        var o = new StringBuilder();
        var sources = string.Join(", ", plan.Pages.Select(p => string.Create(CultureInfo.InvariantCulture,
            $"{p.FileName} from {Path.GetFileName(p.SourcePath)}{(p.Label is null ? "" : $" (第{p.Label.Number:00}版)")}")));
        foreach (var line in Wrap($"Filed by `site add`: {sources}. {plan.DateReason}")) o.Append("# ").Append(line).Append('\n');
        if (plan.IssueNumber is { } n) o.Append(CultureInfo.InvariantCulture, $"issueNumber: {n}\n");
        var named = plan.Pages.Where(p => p.Label?.Name is not null).ToList();
        // "pages:" with no entry under it would not be a mapping; leave the key commented until a name is known.
        o.Append(named.Count > 0 ? "pages:\n" : "# pages:   (name each page, and give each name a slug under sections: in site.yml)\n");
        foreach (var p in plan.Pages)
        {
            var number = p.Number.ToString(CultureInfo.InvariantCulture);
            o.Append(p.Label?.Name is { } name ? $"  {number}: {name}\n" : $"  # {number}: (name not read from the masthead)\n");
        }
        return o.ToString();
    }

    /// <summary>Comment lines of about 100 columns, broken at spaces (CJK text counts double).</summary>
    private static IEnumerable<string> Wrap(string text)
    {
        var line = new StringBuilder();
        var width = 0;
        foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var w = Parsing.Text.TextShape.DisplayWidth(word);
            if (width > 0 && width + 1 + w > 98)
            {
                yield return line.ToString();
                line.Clear();
                width = 0;
            }
            if (width > 0) { line.Append(' '); width++; }
            line.Append(word);
            width += w;
        }
        if (line.Length > 0) yield return line.ToString();
    }
}
