using Site.Publishing.Documents;

namespace Site.Publishing.Cache;

/// <summary>What an incremental build reuses of the last build's state: the raw files' hashes, and (under
/// the same site key only: code, configuration and theme) its editions by date, its listing pages and
/// other keyed files by name, its search units by id. Made from the state as it is read, so the state
/// itself is never held: the build drops each year's editions once it has been through that year, and
/// with them their article summaries.</summary>
public sealed class PreviousBuild
{
    private readonly string? siteKey;
    private readonly Dictionary<DateOnly, EditionRecord> editions;
    private readonly Dictionary<DateOnly, EditionSummary> published;
    private readonly Dictionary<string, KeyedFiles> pages;
    private readonly Dictionary<string, SearchUnitRecord> searchUnits;

    private PreviousBuild(BuildState? state)
    {
        Hashes = new SourceHashes(state?.Sources ?? []);
        siteKey = state?.SiteKey;
        editions = state?.Editions.ToDictionary(e => e.Date) ?? [];
        published = state?.Editions.ToDictionary(e => e.Date, e => e.Summary) ?? [];
        pages = state?.Pages.ToDictionary(p => p.Name, StringComparer.Ordinal) ?? new(StringComparer.Ordinal);
        searchUnits = state?.SearchUnits.ToDictionary(u => u.Info.Id, StringComparer.Ordinal) ?? new(StringComparer.Ordinal);
    }

    /// <summary>Loads the state (see <see cref="BuildCache.LoadState"/>); none without a cache.</summary>
    public static PreviousBuild Load(BuildCache? cache, string outputFolder) => new(cache?.LoadState(outputFolder));

    public SourceHashes Hashes { get; }

    /// <summary>Rendered files are reused only under the same code, configuration and theme: under another
    /// site key, everything but the hashes and what was published is let go at once.</summary>
    public void ForgetRenderedUnless(string currentSiteKey)
    {
        if (siteKey == currentSiteKey) return;
        editions.Clear();
        pages.Clear();
        searchUnits.Clear();
    }

    /// <summary>The last build's record of an edition, while this build has not finished its year.
    /// Thread-safe as long as nothing is dropped meanwhile.</summary>
    public bool TryGetEdition(DateOnly date, out EditionRecord record) => editions.TryGetValue(date, out record!);

    /// <summary>What the last build published of an edition (its articles' URLs and what each held), under any
    /// site key: a new parser is a new code version, and that is when a URL may change meaning.</summary>
    public bool TryGetPublished(DateOnly date, out EditionSummary summary) => published.TryGetValue(date, out summary!);

    /// <summary>Lets the last build's record of an edition go (its year is done).</summary>
    public void Drop(DateOnly date)
    {
        editions.Remove(date);
        published.Remove(date);
    }

    public bool TryGetPage(string name, out KeyedFiles page) => pages.TryGetValue(name, out page!);

    public bool TryGetSearchUnit(string id, out SearchUnitRecord unit) => searchUnits.TryGetValue(id, out unit!);
}
