using Site.Parsing.Diagnostics;
using Site.Publishing.Discovery;
using Site.Publishing.Documents;
using Site.Publishing.Rendering;
using Site.Publishing.Search;

namespace Site.Publishing.Pipeline;

/// <summary>Stage: what needs the whole archive, once it has streamed past — the listings' last pages and
/// indexes, the home, archive and directory pages, the search manifest and page, the feeds, sitemap index
/// and editions.json.</summary>
internal sealed class SiteWideStage(CatalogBuilder catalog, SiteDiscovery discovery, ListingPagesStage listings,
    SearchScheduler search, SiteContext site, SiteOutput output, BuildErrors errors, IBuildProgress progress)
{
    /// <summary>Warnings of the whole site (no base URL).</summary>
    public List<Diagnostic> Warnings { get; } = [];

    /// <summary>What a maintainer should know but need not fix.</summary>
    public List<string> Notes { get; } = [];

    public void Run()
    {
        Catalog finished;
        try
        {
            finished = Pages();
        }
        catch
        {
            // Not while search units still write into the staging folder the writer is about to remove.
            search.WaitQuietly();
            throw;
        }
        search.Wait();
        errors.ThrowIfAny();
        output.Emit(SearchIndex.Manifest(search.Units.Select(u => u.Info)));
        output.Emit(SearchPage.Render(site));
        output.Emit(discovery.Finish(finished, w => Warnings.Add(Diagnostic.Warning("", 0, SiteDiscovery.NoBaseUrlCode, w)), Notes.Add));
    }

    /// <summary>The listings' open pages (counted as the editions are: those the last build made under the
    /// same key are kept) and the rest of the site-wide pages, beside them.</summary>
    private Catalog Pages()
    {
        var (finished, openPages) = catalog.Finish();
        var toRender = openPages.AsParallel().Where(listings.ToRender).ToList();
        progress.Stage(BuildStages.SiteWide, toRender.Count + 1, openPages.Count - toRender.Count);
        var rest = Task.Run(() =>
        {
            errors.Try(() => output.Emit(RenderIndexes.Rest(finished, site)));
            progress.Advance();
        });
        listings.Render(toRender, planned: true, counted: true);
        rest.Wait();
        listings.KeepAll();
        return finished;
    }
}
