using System.Collections.Immutable;
using Site.Publishing.Discovery;
using Site.Publishing.Documents;
using Site.Publishing.Search;

namespace Site.Publishing.Cache;

/// <summary>What this build does with an edition: keep it as the last build left it, render only its front
/// (only its neighbours changed: a day added or removed beside it), or render it.</summary>
public enum EditionStep
{
    Keep,
    Front,
    Render,
}

/// <summary>One edition's part of the plan.</summary>
/// <param name="ParseKey">What its parse depends on ("" without a cache: nothing is looked up by it).</param>
/// <param name="KeyError">Why it has no parse key (a raw file that cannot be read): reported where the
/// edition is done.</param>
public sealed record EditionPlan(EditionSource Source, EditionNeighbours Neighbours, EditionStep Step,
    string ParseKey, string RenderKey, string FrontKey, Exception? KeyError = null);

/// <summary>A unit of the search index: its key, and the last build's unit when it is kept.</summary>
public sealed record SearchUnitPlan(IndexUnit Unit, string Key, SearchUnitRecord? Kept);

/// <summary>A site-wide thing made from inputs summed up by one key (a listing page, a year's sitemaps): the
/// record the next build compares with (none without a cache), and whether the last build's files stay.</summary>
public readonly record struct KeyedStep(KeyedFiles? Record, bool Keep)
{
    public static readonly KeyedStep Make = new(null, false);
}

/// <summary>The build cache as a plan: before any stage runs, the last build is compared with this one, and
/// each edition, search unit and year of sitemaps is kept or made. A listing page's key is what it shows, so
/// it is looked up as the catalog streams past, by the same comparison (<see cref="ListingPage"/>). Stages
/// read the plan; none of them reads the cache. Thread-safe for reading; <see cref="Release"/> is called
/// between years.</summary>
public sealed class BuildPlan
{
    private readonly PreviousBuild previous;
    private readonly IReadOnlySet<string> existing;
    private readonly bool incremental;

    private BuildPlan(PreviousBuild previous, IReadOnlySet<string> existing, bool incremental, string siteKey,
        ImmutableArray<EditionPlan> editions)
    {
        (this.previous, this.existing, this.incremental, SiteKey, Editions) = (previous, existing, incremental, siteKey, editions);
        ParseKeys = editions.Where(e => e.KeyError is null).ToDictionary(e => e.Source.Date, e => e.ParseKey);
        SearchUnits = editions.Where(e => e.KeyError is null).GroupBy(e => e.Source.Date.Year)
            .ToDictionary(g => g.Key, g => PlanSearch(g.Key, editions[^1].Source.Date, [.. g.Select(e => (e.Source.Date, e.ParseKey))]));
    }

    public string SiteKey { get; }

    /// <summary>Every edition, oldest first.</summary>
    public ImmutableArray<EditionPlan> Editions { get; }

    /// <summary>Each edition's parse key by date (editions without one left out).</summary>
    public IReadOnlyDictionary<DateOnly, string> ParseKeys { get; }

    /// <summary>Each year's search units, kept or to build.</summary>
    public IReadOnlyDictionary<int, ImmutableArray<SearchUnitPlan>> SearchUnits { get; }

    /// <param name="previous">The last build (nothing without a cache), its rendered part forgotten unless
    /// its site key is <paramref name="siteKey"/>.</param>
    /// <param name="existing">The output folder's files: what was made is kept only while it is all there.</param>
    /// <param name="parseKeys">Each edition's parse key, or why it has none; null without a cache.</param>
    public static BuildPlan Make(PreviousBuild previous, IReadOnlySet<string> existing, string siteKey,
        ImmutableArray<EditionSource> sources, IReadOnlyList<(string? Key, Exception? Error)>? parseKeys)
    {
        var dates = sources.Select(s => s.Date).ToImmutableArray();
        var recent = dates.Reverse().Take(7).ToImmutableArray();
        var plans = new EditionPlan[sources.Length];
        Parallel.For(0, sources.Length, i =>
        {
            var neighbours = new EditionNeighbours(
                i > 0 ? dates[i - 1] : null, i + 1 < dates.Length ? dates[i + 1] : null, i == dates.Length - 1, recent);
            var (parseKey, error) = parseKeys is null ? ("", null) : parseKeys[i];
            if (parseKey is null)
            {
                plans[i] = new EditionPlan(sources[i], neighbours, EditionStep.Render, "", "", "", error);
                return;
            }
            var renderKey = BuildKeys.Render(siteKey, parseKey);
            var frontKey = BuildKeys.Front(renderKey, neighbours);
            var reusable = previous.TryGetEdition(sources[i].Date, out var old) && old.RenderKey == renderKey && old.Files.All(existing.Contains);
            var step = !reusable ? EditionStep.Render : old!.FrontKey == frontKey ? EditionStep.Keep : EditionStep.Front;
            plans[i] = new EditionPlan(sources[i], neighbours, step, parseKey, renderKey, frontKey);
        });
        return new BuildPlan(previous, existing, parseKeys is not null, siteKey, [.. plans]);
    }

    /// <summary>The last build's record of an edition the plan keeps (whole, or all but its front).</summary>
    public EditionRecord Kept(EditionPlan edition) =>
        edition.Step != EditionStep.Render && previous.TryGetEdition(edition.Source.Date, out var old) ? old
            : throw new InvalidOperationException($"the edition of {edition.Source.Date:yyyy-MM-dd} is not kept");

    /// <summary>What the last build published of an edition, to compare its URLs with (under any site key).</summary>
    public bool TryGetPublished(DateOnly date, out EditionSummary summary) => previous.TryGetPublished(date, out summary);

    /// <summary>Lets the last build's records of these editions go: their year is done.</summary>
    public void Release(IEnumerable<DateOnly> dates)
    {
        foreach (var date in dates) previous.Drop(date);
    }

    /// <summary>A listing page: kept when the last build made it under the same key and it is still there.</summary>
    public KeyedStep ListingPage(ListingPage page) =>
        !incremental ? KeyedStep.Make : Compare(new KeyedFiles(page.Path, BuildKeys.ListingPage(SiteKey, page, ParseKeys), [page.Path]));

    /// <summary>A year's sitemaps: kept when the last build made the same files from the same editions.</summary>
    public KeyedStep Sitemaps(YearSitemaps year)
    {
        if (!incremental) return KeyedStep.Make;
        var key = BuildKeys.YearSitemaps(SiteKey, year.Year, year.Editions.Select(e => (e.Date, ParseKeys[e.Date])));
        return Compare(new KeyedFiles(year.Files[0].Path, key, [.. year.Files.Select(f => f.Path)]));
    }

    private KeyedStep Compare(KeyedFiles made) =>
        new(made, previous.TryGetPage(made.Name, out var old) && old.Key == made.Key && old.Files.SequenceEqual(made.Files) && old.Files.All(existing.Contains));

    /// <summary>The newest year is indexed month by month, and its newest month by 旬 (the day's edition
    /// re-indexes its ten days; on the first of a month the last month's three become one); a year the
    /// archive has moved past is one unit.</summary>
    private ImmutableArray<SearchUnitPlan> PlanSearch(int year, DateOnly newest, List<(DateOnly Date, string ParseKey)> editions)
    {
        IEnumerable<IndexUnit> units = year == newest.Year
            ? editions.Select(e => e.Date.Month == newest.Month ? IndexUnit.TenDays(e.Date) : IndexUnit.Month(year, e.Date.Month))
                .Distinct().OrderBy(u => u.Id, StringComparer.Ordinal)
            : [IndexUnit.Year(year)];
        return [.. units.Select(unit =>
        {
            var key = BuildKeys.SearchUnit(SiteKey, unit.Id, editions.Where(e => unit.Holds(e.Date)));
            var kept = previous.TryGetSearchUnit(unit.Id, out var old) && old.Key == key && old.Files.All(existing.Contains) ? old : null;
            return new SearchUnitPlan(unit, key, kept);
        })];
    }
}
