using System.Globalization;
using Site.CommandLine;
using Site.Parsing.Model;
using Site.Parsing;
using Site.Publishing.Documents;
using Site.Publishing.Filing;
using Site.Publishing.Pipeline;

namespace Site.Cli;

/// <summary>`add FILE... [--date YYYY-MM-DD] [--force] [--input input]`: files raw pages as a dated
/// edition (input/issues/YYYY-MM-DD/NN.txt or NN.pdf and a starting edition.yml) and prints what they parse
/// to, so the maintainer sees at once what the build will publish. A PDF of several pages is filed page by
/// page.</summary>
public static class AddCommand
{
    public static int Run(ParsedArguments args, TextWriter stdout, TextWriter stderr)
    {
        var twice = args.Positional.GroupBy(Path.GetFullPath).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null) throw new UsageException($"\"{twice.First()}\" is given twice", args.Command);
        var date = args.Date("date");
        var input = args.Get("input", "input");
        if (!Directory.Exists(input)) throw new InputException(input, 0, InputCodes.Layout, "no such folder", "give the input folder with --input");
        var config = ConfigLocator.Load(args, input, stderr);

        using var pages = new PdfPageFiles();
        var files = args.Positional.SelectMany(pages.Expand).Select(f => (f, IssueFile.Parse(f, config.Parser))).ToList();
        var plan = FilingPlan.Make(files, date);
        foreach (var page in plan.Pages) WritePage(page, pages.Shown(page.SourcePath), config.Sections.ContainsKey, stdout);

        var result = EditionFiler.File(plan, Path.Combine(input, "issues"), args.Has("force"));
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"filed the edition of {plan.Date:yyyy-MM-dd} in {result.Folder}: {string.Join(", ", result.PageFiles.Select(Path.GetFileName))}"));
        stdout.WriteLine($"  date: {plan.DateReason}");
        stdout.WriteLine(result.ManifestKept
            ? $"  kept the existing {result.ManifestPath} (it may hold reviewed names and corrections)"
            : $"  wrote {result.ManifestPath}: check the page names, then build");
        var names = plan.Pages.Where(p => p.Label?.Name is not null).Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Number}: {p.Label!.Name}")).ToList();
        if (result.ManifestKept && names.Count > 0) stdout.WriteLine($"  page names the mastheads state, to add under pages: if missing — {string.Join(", ", names)}");
        return 0;
    }

    private static void WritePage(FiledPage page, string shown, Func<string, bool> hasSlug, TextWriter o)
    {
        var issue = page.Issue;
        var from = page.Label is { } l ? string.Create(CultureInfo.InvariantCulture, $"第{l.Number:00}版 in the masthead{(l.Name is null ? "" : $", {l.Name}")}") : "the order given";
        o.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"page {page.Number} ({from}) ← {shown}: {Counted.Of(issue.Articles.Length, "article")}, {Counted.Of(issue.Noise.Length, "noise block")} dropped"));
        var number = 0;
        foreach (var a in issue.Articles)
        {
            var numbered = a.Kind is not (ArticleKind.Teaser or ArticleKind.Weather);
            var head = string.Join(" | ", new[] { a.Kicker, a.Headline, a.Subheadline }.Where(s => s is not null));
            var people = Summary.Byline(a.Byline);
            o.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {(numbered ? $"{++number,2}." : "  -")} [{a.Kind.ToString().ToLowerInvariant()}] {(head.Length > 0 ? head : "(no headline)")}{(people.Length > 0 ? $"  — {people}" : "")}{(a.Truncated ? "  [cut off]" : "")}"));
        }
        foreach (var n in issue.Noise)
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  dropped line {n.Line}: {n.Text}  ({n.Reason})"));
        foreach (var w in issue.Warnings) o.WriteLine(Summary.Warning(shown, w));
        if (page.Label?.Name is { } name && !hasSlug(name))
            o.WriteLine($"warning: the page name \"{name}\" has no section slug in site.yml; add one under sections: before building");
    }
}
