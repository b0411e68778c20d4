using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using Site.Config;
using Site.Parsing.Input;
using Site.Publishing.Check;
using Site.Publishing.Output;
using Site.Publishing.Search;
using Site.Publishing.Theming;

namespace Site.Publishing.Pipeline;

/// <summary>The whole build, one way: read → parse and render each edition (in parallel) → catalog →
/// render the site-wide pages → check every link → write. Editions are rendered as soon as they are
/// parsed and only their summaries are kept, so memory grows with the number of articles, not with
/// the archive's text.</summary>
public static class SiteBuild
{
    public static BuildReport Run(BuildOptions options, Action<string>? progress = null)
    {
        var clock = Stopwatch.StartNew();
        var config = LoadConfig(options);
        var theme = Theme.Load(Path.Combine(options.ThemesFolder, config.Theme), Path.Combine(options.InputFolder, "theme"));
        var site = new SiteContext(config, theme);
        var sources = EditionSource.Discover(Path.Combine(options.InputFolder, "issues"));
        var dates = sources.Select(s => s.Date).ToImmutableArray();
        var recent = dates.Reverse().Take(7).ToImmutableArray();

        using var writer = new OutputWriter(options.OutputFolder);
        var checker = new SiteChecker(config.BaseUrl);
        var errors = new ConcurrentBag<string>();
        var warnings = new ConcurrentBag<string>();
        var summaries = new ConcurrentBag<EditionSummary>();
        var done = 0;
        var lastReport = Stopwatch.StartNew();
        var search = new SearchCollector(dates);   // each year's index is built when its last edition is in

        // Editions are handed out in date order (not in ranges), so years finish one after another and
        // search holds the text of about one year, not of all.
        Parallel.ForEach(Partitioner.Create(Enumerable.Range(0, sources.Length), EnumerablePartitionerOptions.NoBuffering), i =>
        {
            try
            {
                var edition = ParseEdition.Run(sources[i], config);
                foreach (var w in edition.Warnings) warnings.Add(w);
                var neighbours = new EditionNeighbours(
                    i > 0 ? dates[i - 1] : null, i + 1 < dates.Length ? dates[i + 1] : null, i == dates.Length - 1, recent);
                var (files, summary) = RenderEdition.Run(edition, neighbours, site);
                foreach (var file in files) Emit(file, checker, writer);
                summaries.Add(summary);
                foreach (var file in search.Add(edition)) Emit(file, checker, writer);
            }
            catch (Exception e) when (e is InputException or IssueFileException or ConfigException)
            {
                errors.Add(e.Message);
            }
            var n = Interlocked.Increment(ref done);
            if (progress is not null && lastReport.ElapsedMilliseconds > 2000)
            {
                lock (lastReport)
                {
                    if (lastReport.ElapsedMilliseconds > 2000)
                    {
                        progress(string.Create(CultureInfo.InvariantCulture, $"{n}/{sources.Length} editions rendered"));
                        lastReport.Restart();
                    }
                }
            }
        });
        Fail(errors);
        Emit(search.Manifest(), checker, writer);
        Emit(SearchPage.Render(site), checker, writer);

        progress?.Invoke(string.Create(CultureInfo.InvariantCulture, $"site-wide pages ({clock.Elapsed.TotalSeconds:0.0} s)"));
        var catalog = Catalog.Build(summaries, site);
        Parallel.ForEach(RenderIndexes.Jobs(catalog, site), job =>
        {
            foreach (var file in job()) Emit(file, checker, writer);
        });

        progress?.Invoke(string.Create(CultureInfo.InvariantCulture, $"checking links ({clock.Elapsed.TotalSeconds:0.0} s)"));
        var problems = checker.Finish();
        Fail(problems.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.File}:{p.Line}: {p.Message}")));

        progress?.Invoke(string.Create(CultureInfo.InvariantCulture, $"writing ({clock.Elapsed.TotalSeconds:0.0} s)"));
        var written = writer.Commit();
        var articles = summaries.Sum(s => s.Articles.Length);
        return new BuildReport(sources.Length, summaries.Sum(s => s.Pages), articles,
            written.Written, written.Unchanged, written.Deleted, [.. warnings.Order(StringComparer.Ordinal)], clock.Elapsed);
    }

    private static void Emit(OutputFile file, SiteChecker checker, OutputWriter writer)
    {
        checker.Add(file);
        writer.Add(file);
    }

    private static void Fail(IEnumerable<string> errors)
    {
        var list = errors.Order(StringComparer.Ordinal).ToList();
        if (list.Count > 0) throw new BuildFailedException(list);
    }

    private static SiteConfig LoadConfig(BuildOptions options)
    {
        var path = options.ConfigPath ?? Path.Combine(options.InputFolder, "site.yml");
        var config = File.Exists(path) || options.ConfigPath is not null ? SiteConfigReader.Load(path) : SiteConfig.Default;
        // --base-url goes through the same validation as site.yml's baseUrl.
        return options.BaseUrl is { } url
            ? config with { BaseUrl = SiteConfigReader.Parse($"baseUrl: \"{url}\"", "--base-url").BaseUrl }
            : config;
    }
}
