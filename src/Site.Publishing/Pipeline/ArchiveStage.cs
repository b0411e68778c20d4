using System.Collections.Immutable;
using Site.Parsing.Diagnostics;
using Site.Publishing.Cache;
using Site.Publishing.Discovery;

namespace Site.Publishing.Pipeline;

/// <summary>Stage: the archive, year by year, oldest first. Each year's editions are parsed and rendered
/// (<see cref="EditionsStage"/>); then, as the site-wide pages stream too, the year's finished listing
/// pages and its sitemaps are made, its part of the state saved, and its search units started; of the
/// year only each edition's outline and summary stay. A build with errors goes through every year only
/// to report every edition's.</summary>
internal sealed class ArchiveStage(BuildPlan plan, EditionsStage editions, CatalogBuilder catalog, SiteDiscovery discovery,
    ListingPagesStage listings, SearchScheduler search, StateSaver state, SiteOutput output, BuildErrors errors)
{
    /// <summary>The editions' own warnings (a doubtful parse, a stale correction), in date order.</summary>
    public List<Diagnostic> Warnings { get; } = [];

    public void Run()
    {
        foreach (var year in plan.Editions.GroupBy(e => e.Source.Date.Year))
        {
            var done = editions.Run(year);
            foreach (var record in done.Records) Warnings.AddRange(record.Warnings);
            // The last build's summaries of the year go with this build's.
            plan.Release(done.Records.Select(r => r.Date));
            if (errors.None) errors.Try(() => SiteWide(year.Key, done.Records));
            search.AddYear(year.Key, done.Documents, done.Kept);
        }
    }

    private void SiteWide(int year, ImmutableArray<EditionRecord> records)
    {
        var summaries = records.Select(r => r.Summary).ToList();
        listings.Render(catalog.Add(summaries), planned: false, counted: false);
        if (discovery.AddYear(summaries) is { } sitemaps)
        {
            var step = plan.Sitemaps(sitemaps);
            state.Record(step);
            if (step.Keep) output.Keep(step.Record!.Files);
            else output.Emit(discovery.Write(sitemaps));
        }
        state.SaveYear(year, records);
    }
}
