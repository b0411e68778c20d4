using System.Collections.Concurrent;
using System.Collections.Immutable;
using Site.Publishing.Cache;
using Site.Publishing.Documents;
using Site.Publishing.Rendering;

namespace Site.Publishing.Pipeline;

/// <summary>Stage: renders listing pages as the catalog hands them out, those the plan does not keep.</summary>
internal sealed class ListingPagesStage(BuildPlan plan, StateSaver state, SiteContext site, SiteOutput output, BuildErrors errors, IBuildProgress progress)
{
    private readonly ConcurrentBag<ImmutableArray<string>> kept = [];

    /// <summary>Whether the page is to be rendered; a page kept is recorded, and its file kept with the
    /// others' in one batch (<see cref="KeepAll"/>). Thread-safe.</summary>
    public bool ToRender(ListingPage page)
    {
        var step = plan.ListingPage(page);
        state.Record(step);
        if (!step.Keep) return true;
        kept.Add(step.Record!.Files);
        return false;
    }

    /// <summary>Renders the pages (those the plan keeps left out unless <paramref name="planned"/>: they were
    /// asked already), in parallel; each counts as a step of the stage when <paramref name="counted"/>.</summary>
    public void Render(IEnumerable<ListingPage> pages, bool planned, bool counted) => Parallel.ForEach(pages, page =>
    {
        errors.Try(() =>
        {
            if (planned || ToRender(page)) output.Emit(RenderIndexes.Render(page, site));
        });
        if (counted) progress.Advance();
    });

    public void KeepAll() => output.Keep([.. kept.SelectMany(f => f)]);
}
