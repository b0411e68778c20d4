using System.Globalization;
using Site.CommandLine;
using Site.Parsing.Diagnostics;
using Site.Parsing.Model;
using Site.Publishing.Documents;
using Site.Publishing.Pipeline;

namespace Site.Cli;

/// <summary>Readable summaries of parses for people at a terminal.</summary>
public static class Summary
{
    /// <summary>A parser's warning about a page, as every diagnostic is printed.</summary>
    public static string Warning(string file, ParseWarning w) =>
        DiagnosticText.Format(Diagnostic.Warning(file, w.Line, InputCodes.Parse, w.Message));

    public static void WriteIssue(ParsedIssue issue, string path, TextWriter o)
    {
        var e = issue.Edition;
        o.WriteLine($"{path}: {Counted.Of(issue.Articles.Length, "article")} on {Counted.Of(issue.PageCount, "page")}, {Counted.Of(issue.Noise.Length, "noise block")}");
        o.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"edition: {e.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "(no date)"} {e.Weekday} {e.LunarDate} {(e.IssueNumber is { } n ? $"总第{n}期" : "")} {e.EditionName}").TrimEnd());
        var kinds = issue.Articles.GroupBy(a => a.Kind).OrderBy(g => g.Key).Select(g => $"{g.Key.ToString().ToLowerInvariant()} {g.Count()}");
        o.WriteLine($"kinds: {string.Join(", ", kinds)}");
        o.WriteLine();
        var i = 0;
        foreach (var a in issue.Articles)
        {
            i++;
            var head = string.Join(" | ", new[] { a.Kicker, a.Headline, a.Subheadline }.Where(s => s is not null));
            o.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{i,2}. [{a.Kind.ToString().ToLowerInvariant()}] {(head.Length > 0 ? head : "(no headline)")}  (line {a.Line}){(a.Truncated ? "  [cut off]" : "")}"));
            if (a.Cue is not null) o.WriteLine($"    starts at: {a.Cue}");
            var people = Byline(a.Byline);
            if (people.Length > 0) o.WriteLine($"    {people}");
            o.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"    {Counted.Of(a.Paragraphs.Length, "paragraph")}, {Counted.Of(a.Paragraphs.Sum(p => p.Length), "character")}{(a.Captions.IsEmpty ? "" : $", {Counted.Of(a.Captions.Length, "caption")}")}{(a.SeePage is { } p ? $", points to page {p}" : "")}"));
        }
        if (!issue.Noise.IsEmpty)
        {
            o.WriteLine();
            o.WriteLine("noise:");
            foreach (var block in issue.Noise) o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  line {block.Line}: {block.Text}  ({block.Reason})"));
        }
        foreach (var w in issue.Warnings) o.WriteLine(Warning(path, w));
    }

    public static string Byline(Byline b)
    {
        var parts = new List<string>();
        if (!b.Reporters.IsEmpty) parts.Add("记者 " + string.Join(' ', b.Reporters));
        if (!b.Correspondents.IsEmpty) parts.Add("通讯员 " + string.Join(' ', b.Correspondents));
        if (!b.Photographers.IsEmpty) parts.Add("摄影 " + string.Join(' ', b.Photographers));
        if (!b.Authors.IsEmpty) parts.Add(string.Join(' ', b.Authors));
        return string.Join("  ", parts);
    }
}
