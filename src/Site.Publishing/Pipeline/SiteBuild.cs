using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using Site.Config;
using Site.Parsing.Diagnostics;
using Site.Publishing.Cache;
using Site.Publishing.Check;
using Site.Publishing.Corrections;
using Site.Publishing.Discovery;
using Site.Publishing.Documents;
using Site.Publishing.Hashing;
using Site.Publishing.Imaging;
using Site.Publishing.Output;
using Site.Publishing.Rendering;
using Site.Publishing.Search;
using Site.Publishing.Theming;

namespace Site.Publishing.Pipeline;

/// <summary>The whole build, one way: read → parse and render each edition (year by year, each year in
/// parallel) and index each year's text for search → catalog → render the site-wide pages and the
/// discovery files → check every link → write. Editions are rendered as soon as they are parsed and
/// only their summaries are kept, so memory grows with the number of articles, not with the archive's
/// text.</summary>
/// <remarks>With a cache folder the build is incremental: before any stage runs, the plan
/// (<see cref="BuildPlan"/>) compares the last build with this one. An edition whose render key (its raw
/// files, its neighbours, the code, site.yml and the theme) matches the last build's is neither parsed nor
/// rendered, and its files are kept as they are; an edition that must be re-rendered is re-parsed only
/// when its parse key changed. Numbered listing pages, sitemaps and search units are keyed the same way.
/// Everything else is rendered every time and written only if its bytes changed, so the output equals a
/// clean build's.</remarks>
public static class SiteBuild
{
    public static BuildReport Run(BuildOptions options, IBuildProgress? progress = null)
    {
        progress ??= NoProgress.Instance;
        var clock = Stopwatch.StartNew();
        var inputs = BuildInputs.Read(options);
        var plan = BuildPlan.Make(inputs.Previous, inputs.Inventory, inputs.SiteKey, inputs.Sources, inputs.ParseKeys);
        using var output = new SiteOutput(new OutputWriter(options.OutputFolder, inputs.Inventory), new SiteChecker(inputs.Config.BaseUrl));
        var (site, errors, urlChanges) = (inputs.Site, new BuildErrors(), new ConcurrentBag<Diagnostic>());
        var models = new EditionModels(inputs.Cache, inputs.Config);
        var state = new StateSaver(inputs.Cache, inputs.Output, inputs.SiteKey, inputs.Previous.Hashes.Stamps);
        var (catalog, discovery) = (new CatalogBuilder(site), new SiteDiscovery(inputs.Config));
        var listings = new ListingPagesStage(plan, state, site, output, errors, progress);
        var search = new SearchScheduler(plan, models, output, errors);
        var editions = new EditionsStage(plan, models, site, output, errors, urlChanges, progress);

        var keptWhole = plan.Editions.Count(e => e.Step == EditionStep.Keep);
        progress.Stage(BuildStages.Editions, plan.Editions.Length - keptWhole, keptWhole);
        var archive = new ArchiveStage(plan, editions, catalog, discovery, listings, search, state, output, errors);
        archive.Run();
        if (!errors.None)
        {
            // The newest year's search units may still be being built; the site-wide pages do not need them.
            search.Wait();
            errors.ThrowIfAny();
        }
        var siteWide = new SiteWideStage(catalog, discovery, listings, search, site, output, errors, progress);
        siteWide.Run();
        var warnings = Warnings(inputs, archive.Warnings.Concat(urlChanges).Concat(siteWide.Warnings));
        if (options.Strict) BuildErrors.Fail(warnings);

        progress.Stage(BuildStages.Check, 0);
        BuildErrors.Fail(output.Check().Select(p => Diagnostic.Error(p.File, p.Line, InputCodes.Link, p.Message)));
        progress.Stage(BuildStages.Write, 0);
        var written = output.Commit();
        if (state.Finish(options.CacheFolder ?? "", search.Units) is { } unsaved) warnings = warnings.Add(unsaved);
        progress.Done();
        // Said once, however many PDF pages went without their images.
        var notes = inputs.Images.MissedImages ? [.. siteWide.Notes, Pdftoppm.MissingNote] : siteWide.Notes;
        var outlines = discovery.Editions;
        return new BuildReport(inputs.Sources.Length, outlines.Sum(e => e.PageList.Length), outlines.Sum(e => e.Articles),
            written.Written, written.Unchanged, written.Deleted, warnings, clock.Elapsed, models.Parsed, editions.Rendered,
            inputs.Theme.InterpretedBecause, inputs.Theme.Fallbacks, inputs.Theme.FirstFallback, [.. notes]);
    }

    /// <summary>Every warning of the build, in order: the editions', changed URLs, the site's, the cache's
    /// and raw pages filed twice.</summary>
    private static ImmutableArray<Diagnostic> Warnings(BuildInputs inputs, IEnumerable<Diagnostic> found)
    {
        var all = found.ToList();
        if (inputs.CacheProblem is not null) all.Add(Diagnostic.Warning(inputs.Options.CacheFolder ?? "", 0, BuildCache.Code, inputs.CacheProblem));
        all.AddRange(DuplicatePages.Find(inputs.Sources, inputs.Cache is null ? DuplicatePages.Read : inputs.Previous.Hashes.Of));
        return [.. DiagnosticText.InOrder(all)];
    }
}
