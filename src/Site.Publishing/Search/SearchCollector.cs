using Site.Publishing.Output;
using Site.Publishing.Pipeline;

namespace Site.Publishing.Search;

/// <summary>Gathers the search documents of editions as the build renders them (from many threads) and
/// indexes a year as soon as its last edition is in, letting its text go. It holds the text of the years
/// in progress, so the build should hand it editions roughly in date order (SiteBuild does).</summary>
public sealed class SearchCollector(IEnumerable<DateOnly> dates)
{
    private readonly Dictionary<int, int> remaining = dates.GroupBy(d => d.Year).ToDictionary(g => g.Key, g => g.Count());
    private readonly Dictionary<int, List<SearchDocument>> pending = [];
    private readonly List<YearInfo> years = [];
    private readonly Lock gate = new();

    /// <summary>Adds an edition's articles. When it was its year's last edition, returns the year's index
    /// files, made one by one as they are enumerated; otherwise none. Thread-safe.</summary>
    public IEnumerable<OutputFile> Add(EditionModel edition)
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

    /// <summary>After every edition: search/manifest.js.</summary>
    /// <exception cref="InvalidOperationException">A year still waits for editions that never came.</exception>
    public OutputFile Manifest()
    {
        lock (gate)
        {
            if (pending.Count > 0)
                throw new InvalidOperationException($"search: the editions of {string.Join(", ", pending.Keys.Order())} did not all arrive");
            return SearchIndex.Manifest(years);
        }
    }
}
