using System.Collections.Immutable;
using Site.Parsing.Rules;

namespace Site.Config;

/// <summary>input/site.yml: the site's identity and the paper's own parsing rules.</summary>
/// <param name="Title">The paper's name as readers see it ("嘉兴日报·平湖版").</param>
/// <param name="BaseUrl">Absolute URL the site is published at, without a trailing slash; null when
/// unknown (then feeds, sitemaps and canonical links are left out).</param>
/// <param name="Sections">Page name (版名, "要闻") to the ASCII slug its section index lives at.</param>
public sealed record SiteConfig(
    string Title,
    string? BaseUrl,
    string Language,
    string Theme,
    ImmutableSortedDictionary<string, string> Sections,
    ParserRules Parser)
{
    /// <summary>Where site.yml names the theme (0 when it does not), for an error when there is no such theme.</summary>
    public int ThemeLine { get; init; }

    public static readonly SiteConfig Default = new(
        "数字报", null, "zh-CN", "default", ImmutableSortedDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal),
        ParserRules.Default);
}
