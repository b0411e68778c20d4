using System.Collections.Immutable;

namespace Site.Config;

/// <summary>An edition's edition.yml: what the raw pages do not say about themselves.</summary>
/// <param name="Date">The edition's date when stated (it must agree with the folder name).</param>
/// <param name="IssueNumber">总第N期, when the masthead does not state it.</param>
/// <param name="PageNames">Page number to page name (版名): 1 → 要闻.</param>
public sealed record EditionManifest(DateOnly? Date, int? IssueNumber, ImmutableSortedDictionary<int, string> PageNames)
{
    /// <summary>Corrections of the parse, in the order edition.yml lists them.</summary>
    public ImmutableArray<ArticleOverride> Overrides { get; init; } = [];

    /// <summary>Where <c>date:</c> is (0 when edition.yml has none).</summary>
    public int DateLine { get; init; }

    /// <summary>Where <c>pages:</c> is (0 when edition.yml has none), for warnings about pages it leaves unnamed.</summary>
    public int PagesLine { get; init; }

    /// <summary>Page number to the line naming it, for warnings about a name no page takes.</summary>
    public ImmutableSortedDictionary<int, int> PageLines { get; init; } = ImmutableSortedDictionary<int, int>.Empty;

    public static readonly EditionManifest Empty = new(null, null, ImmutableSortedDictionary<int, string>.Empty);
}
