using System.Collections.Concurrent;
using System.Collections.Immutable;
using Site.Parsing.Diagnostics;
using Site.Publishing.Cache;

namespace Site.Publishing.Pipeline;

/// <summary>Saves what this build made for the next one to compare with: a part of the state per year as
/// the build finishes it, and once the site is written, the head that names the parts. A cache that cannot
/// be saved only costs the next build time: it is a warning, never a failure.</summary>
internal sealed class StateSaver(BuildCache? cache, string output, string siteKey, IEnumerable<SourceStamp> stamps)
{
    private readonly Dictionary<int, ImmutableArray<SourceStamp>> sourcesByYear = BuildCache.SourcesByYear(cache is null ? [] : stamps);
    private readonly List<string> parts = [];
    private readonly HashSet<int> years = [];
    private readonly HashSet<string> parseKeys = new(StringComparer.Ordinal);
    private string? problem;

    /// <summary>Site-wide files made from keyed inputs (listing pages, sitemaps), recorded as they are planned.</summary>
    public ConcurrentBag<KeyedFiles> Keyed { get; } = [];

    public void Record(KeyedStep step)
    {
        if (step.Record is { } record) Keyed.Add(record);
    }

    public void SaveYear(int year, ImmutableArray<EditionRecord> editions)
    {
        years.Add(year);
        foreach (var e in editions) parseKeys.Add(e.ParseKey);
        SavePart(year, editions);
    }

    private void SavePart(int year, ImmutableArray<EditionRecord> editions)
    {
        if (cache is null || problem is not null) return;
        try
        {
            parts.Add(cache.SavePart(output, year, sourcesByYear.GetValueOrDefault(year, []), editions));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = e.Message;
        }
    }

    /// <summary>The site is written: the state's head now names the parts saved year by year (and those of raw
    /// files no edition's year holds), and parsed editions no longer named are pruned.</summary>
    /// <returns>The warning when the cache could not be saved.</returns>
    public Diagnostic? Finish(string cacheFolder, IEnumerable<SearchUnitRecord> searchUnits)
    {
        if (cache is null) return null;
        foreach (var (year, _) in sourcesByYear.Where(y => !years.Contains(y.Key)).OrderBy(y => y.Key))
            SavePart(year, []);
        try
        {
            if (problem is not null) throw new IOException(problem);
            cache.SaveHead(new BuildState(output, siteKey, [], [], [.. Keyed.OrderBy(p => p.Name, StringComparer.Ordinal)],
                [.. searchUnits.OrderBy(u => u.Info.Id, StringComparer.Ordinal)]), [.. parts.Order(StringComparer.Ordinal)]);
            cache.Prune(parseKeys);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Diagnostic.Warning(cacheFolder, 0, BuildCache.Code, $"the build cache could not be saved ({e.Message}); the next build starts from scratch");
        }
    }
}
