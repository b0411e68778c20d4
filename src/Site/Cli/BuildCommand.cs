using System.Diagnostics;
using System.Globalization;
using Site.Input;
using Site.Parsing.Input;
using Site.Parsing.Model;

namespace Site.Cli;

/// <summary>`build`: reads input/ and reports what it holds. (Writing the site is the site
/// generator's work; for now the build parses every raw issue and checks its masthead date.)</summary>
public static class BuildCommand
{
    public static int Run(IEnumerable<string> argv, TextWriter stdout, TextWriter stderr)
    {
        var args = Arguments.Parse(argv, new HashSet<string>(), new HashSet<string> { "input", "output", "base-url", "config" });
        var clock = Stopwatch.StartNew();
        var input = args.Get("input", "input");
        var config = ConfigLocator.Load(args, input, stderr);
        var editions = EditionSource.Discover(Path.Combine(input, "issues"));

        var parsed = editions
            .SelectMany(e => e.Files.Select(f => (Edition: e, File: f)))
            .AsParallel().AsOrdered()
            .Select(x => (x.Edition, x.File, Issue: IssueFile.Parse(x.File, config.Parser)))
            .ToList();

        var errors = new List<string>();
        var warnings = new List<string>();
        foreach (var (edition, file, issue) in parsed)
        {
            if (issue.Edition.Date is { } stated && stated != edition.Date)
            {
                var line = issue.Noise.FirstOrDefault(n => n.Reason == "masthead")?.Line ?? 1;
                errors.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{file}:{line}: the masthead says {stated:yyyy-MM-dd}, but the file is filed under {edition.Date:yyyy-MM-dd}"));
            }
            warnings.AddRange(issue.Warnings.Select(w => Summary.Warning(file, w)));
        }
        foreach (var w in warnings) stderr.WriteLine(w);
        foreach (var e in errors) stderr.WriteLine($"error: {e}");

        var articles = parsed.Sum(p => p.Issue.Articles.Length);
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{editions.Length} editions, {parsed.Count} pages, {articles} articles ({Kinds(parsed.SelectMany(p => p.Issue.Articles))}), {warnings.Count} warnings, {errors.Count} errors in {clock.Elapsed.TotalSeconds:0.00} s"));
        return errors.Count == 0 ? 0 : 1;
    }

    private static string Kinds(IEnumerable<Article> articles) =>
        string.Join(", ", articles.GroupBy(a => a.Kind).OrderBy(g => g.Key).Select(g => $"{g.Key.ToString().ToLowerInvariant()} {g.Count()}"));
}
