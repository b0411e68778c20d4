using System.Collections.Immutable;
using Site.Config;
using Site.Publishing.Urls;
using Site.Publishing.Views;

namespace Site.Publishing.Discovery;

/// <summary>The feeds a page announces in its head. None without a base URL: then no feed is built.</summary>
public static class FeedLinks
{
    public static ImmutableArray<AlternateView> SiteWide(SiteConfig config) => config.BaseUrl is not { } baseUrl ? [] :
    [
        new(Absolute.Url(baseUrl, SiteUrls.AtomFeed), "application/atom+xml", $"{config.Title} (Atom)"),
        new(Absolute.Url(baseUrl, SiteUrls.RssFeed), "application/rss+xml", $"{config.Title} (RSS)"),
        new(Absolute.Url(baseUrl, SiteUrls.JsonFeed), "application/feed+json", $"{config.Title} (JSON Feed)"),
    ];

    /// <summary>A section or kind listing's own Atom feed, for its pages' heads.</summary>
    public static PageMeta Listing(SiteConfig config, string folder, string label) =>
        config.BaseUrl is { } baseUrl && SiteDiscovery.HasFeed(folder)
            ? PageMeta.None with { Alternates = [new(Absolute.Url(baseUrl, SiteUrls.ListingFeed(folder)), "application/atom+xml", $"{label} · {config.Title} (Atom)")] }
            : PageMeta.None;
}
