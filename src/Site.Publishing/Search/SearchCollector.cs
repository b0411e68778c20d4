using System.Collections.Immutable;
using Site.Publishing.Output;
using Site.Publishing.Pipeline;

namespace Site.Publishing.Search;

/// <summary>Gathers the search documents of editions as the build renders them (in any order, from many
/// threads) and builds a year's index as soon as its last edition arrives, then lets the year's text go:
/// the build holds the text of the years in progress, not of the archive.</summary>
public sealed class SearchCollector(IEnumerable<DateOnly> dates)
{
    private readonly Dictionary<int, int> remaining = dates.GroupBy(d => d.Year).ToDictionary(g => g.Key, g => g.Count());
    private readonly Dictionary<int, List<SearchDocument>> pending = [];
    private readonly List<YearInfo> years = [];
    private readonly Lock gate = new();

    /// <summary>Adds an edition's articles; returns the year's index files when this was its last edition.</summary>
    public ImmutableArray<OutputFile> Add(EditionModel edition)
    {
        var documents = SearchDocument.From(edition).ToList();
        var year = edition.Date.Year;
        List<SearchDocument> complete;
        lock (gate)
        {
            if (!pending.TryGetValue(year, out var list)) pending.Add(year, list = []);
            list.AddRange(documents);
            if (--remaining[year] > 0) return [];
            complete = list;
            pending.Remove(year);
        }
        var index = SearchIndex.BuildYear(year, complete);
        lock (gate) years.Add(index.Info);
        return index.Files;
    }

    /// <summary>After every edition: the manifest (and the index of any year whose editions did not all
    /// arrive, so a partial run still publishes what it read).</summary>
    public IEnumerable<OutputFile> Finish()
    {
        List<(int Year, List<SearchDocument> Documents)> rest;
        lock (gate)
        {
            rest = [.. pending.OrderBy(p => p.Key).Select(p => (p.Key, p.Value))];
            pending.Clear();
        }
        foreach (var (year, documents) in rest)
        {
            var index = SearchIndex.BuildYear(year, documents);
            years.Add(index.Info);
            foreach (var file in index.Files) yield return file;
        }
        yield return SearchIndex.Manifest(years);
    }
}
