using System.Collections.Concurrent;
using System.Collections.Immutable;
using Site.Parsing.Diagnostics;
using Site.Publishing.Cache;
using Site.Publishing.Corrections;
using Site.Publishing.Documents;
using Site.Publishing.Rendering;
using Site.Publishing.Search;

namespace Site.Publishing.Pipeline;

/// <summary>A year's editions as the year stage leaves them: their records (oldest first), the search
/// documents of those rendered anew, and those kept from the last build (whose text the search index
/// takes from the cache when it needs it).</summary>
internal sealed record YearOfEditions(ImmutableArray<EditionRecord> Records, ConcurrentBag<SearchDocument> Documents, ImmutableArray<EditionPlan> Kept);

/// <summary>Stage: parse and render each edition of a year, in parallel, as the plan says: keep it, render
/// its front again, or render it whole. A changed article URL is told to <paramref name="urlChanges"/>.</summary>
internal sealed class EditionsStage(BuildPlan plan, EditionModels models, SiteContext site, SiteOutput output, BuildErrors errors,
    ConcurrentBag<Diagnostic> urlChanges, IBuildProgress progress)
{
    private int rendered;

    /// <summary>Editions whose pages were rendered so far (a front alone counts).</summary>
    public int Rendered => Volatile.Read(ref rendered);

    public YearOfEditions Run(IEnumerable<EditionPlan> year)
    {
        var records = new ConcurrentBag<EditionRecord>();
        var documents = new ConcurrentBag<SearchDocument>();
        var kept = new ConcurrentBag<EditionPlan>();
        var keptFiles = new ConcurrentBag<ImmutableArray<string>>();
        Parallel.ForEach(year, edition =>
        {
            errors.Try(() =>
            {
                if (edition.KeyError is { } error) throw error;
                if (edition.Step == EditionStep.Render)
                {
                    records.Add(Render(edition, documents));
                    return;
                }
                var (record, files) = edition.Step == EditionStep.Keep ? (plan.Kept(edition), plan.Kept(edition).Files) : RenderFront(edition);
                keptFiles.Add(files);
                records.Add(record);
                kept.Add(edition);
            });
            if (edition.Step != EditionStep.Keep) progress.Advance();
        });
        // Kept files are recorded in one batch: one lock, not one per edition on every thread.
        output.Keep([.. keptFiles.SelectMany(f => f)]);
        return new YearOfEditions([.. records.OrderBy(r => r.Date)], documents, [.. kept.OrderBy(e => e.Source.Date)]);
    }

    /// <summary>Only where it stands changed (a day added or removed beside it): its front again, the rest kept.</summary>
    private (EditionRecord Record, ImmutableArray<string> Kept) RenderFront(EditionPlan edition)
    {
        var old = plan.Kept(edition);
        var fronts = RenderEdition.Fronts(models.Get(edition.Source, edition.ParseKey), edition.Neighbours, site);
        Interlocked.Increment(ref rendered);
        var body = old.Files.Where(f => !RenderEdition.IsFront(f, edition.Source.Date)).ToImmutableArray();
        output.Emit(fronts);
        return (old with { FrontKey = edition.FrontKey, Files = [.. fronts.Select(f => f.Path), .. body] }, body);
    }

    private EditionRecord Render(EditionPlan planned, ConcurrentBag<SearchDocument> documents)
    {
        var source = planned.Source;
        var edition = models.Get(source, planned.ParseKey);
        var (files, summary) = RenderEdition.Run(edition, planned.Neighbours, site);
        Interlocked.Increment(ref rendered);
        output.Emit(files);
        foreach (var document in SearchDocument.From(edition)) documents.Add(document);
        // Said of this build only: once it is published, the new meaning is what was published.
        if (plan.TryGetPublished(source.Date, out var published))
            foreach (var change in PublishedUrls.Changes(published, edition, summary)) urlChanges.Add(change);
        return new EditionRecord(source.Date, planned.ParseKey, planned.RenderKey, planned.FrontKey, summary, [.. files.Select(f => f.Path)], edition.Warnings);
    }
}
