using System.Collections.Concurrent;
using System.Collections.Immutable;
using Site.Publishing.Cache;
using Site.Publishing.Documents;
using Site.Publishing.Search;

namespace Site.Publishing.Pipeline;

/// <summary>Builds each year's search units on one core while the next year's editions render on the
/// other, so that no more than two years' text is held; keeps the units the plan keeps.</summary>
internal sealed class SearchScheduler(BuildPlan plan, EditionModels models, SiteOutput output, BuildErrors errors)
{
    private readonly ConcurrentBag<SearchUnitRecord> units = [];
    private Task indexing = Task.CompletedTask;
    private bool indexingText;

    /// <summary>Every unit of the index, kept or built; complete once <see cref="Wait"/> returns.</summary>
    public IEnumerable<SearchUnitRecord> Units => units;

    /// <summary>Waits for the year before, then starts on this one's units.</summary>
    /// <param name="documents">The text of the year's editions rendered anew; cleared once indexed.</param>
    public void AddYear(int year, ConcurrentBag<SearchDocument> documents, ImmutableArray<EditionPlan> kept)
    {
        indexing.Wait();
        if (indexingText)
        {
            // The year just indexed held its text (~100 MB a year) for a few seconds: long enough to reach
            // the oldest generation, where it now lies dead. That generation is collected only when its
            // budget, which grows with its size, runs out, so unprompted the heap grew by most of a year's
            // text every year (a ten-year build peaked at 600–700 MB); one full collection a year (well
            // under a second in all) keeps the peak flat.
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            indexingText = false;
        }
        var toBuild = new List<SearchUnitPlan>();
        foreach (var unit in plan.SearchUnits.GetValueOrDefault(year, []))
        {
            if (unit.Kept is { } old)
            {
                output.Keep(old.Files);
                units.Add(old);
            }
            else toBuild.Add(unit);
        }
        if (toBuild.Count == 0) return;
        indexingText = !documents.IsEmpty;
        indexing = Task.Run(() => Build(toBuild, documents, kept));
    }

    private void Build(List<SearchUnitPlan> toBuild, ConcurrentBag<SearchDocument> documents, ImmutableArray<EditionPlan> kept)
    {
        try
        {
            foreach (var unit in toBuild)
            {
                // Editions kept from the last build lend their text from the cache.
                var unitDocuments = new ConcurrentBag<SearchDocument>(documents.Where(d => unit.Unit.Holds(d.Date)));
                Parallel.ForEach(kept.Where(k => unit.Unit.Holds(k.Source.Date)), k =>
                {
                    foreach (var document in SearchDocument.From(models.Get(k.Source, k.ParseKey))) unitDocuments.Add(document);
                });
                var index = SearchIndex.Build(unit.Unit, [.. unitDocuments]);
                var files = ImmutableArray.CreateBuilder<string>();
                foreach (var file in index.Files)
                {
                    output.Emit(file);
                    files.Add(file.Path);
                }
                units.Add(new SearchUnitRecord(index.Info, unit.Key, files.ToImmutable()));
            }
        }
        catch (AggregateException e) when (e.InnerExceptions.All(InputErrors.Are))
        {
            foreach (var x in e.InnerExceptions) errors.Report(x);
        }
        finally
        {
            // The task outlives its work (the build waits on it later): the year's text goes now,
            // not after the site-wide pages are made.
            documents.Clear();
        }
    }

    /// <summary>Waits for the units still being built.</summary>
    public void Wait() => indexing.Wait();

    /// <summary>Waits without throwing: a failure being reported comes first, and search units must not
    /// still write into the staging folder the writer is about to remove.</summary>
    public void WaitQuietly()
    {
        try
        {
            indexing.Wait();
        }
        catch (AggregateException)
        {
            // The failure being reported comes first.
        }
    }
}
