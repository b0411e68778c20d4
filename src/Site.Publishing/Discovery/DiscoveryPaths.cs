using System.Globalization;
using Site.Publishing.Urls;

namespace Site.Publishing.Discovery;

/// <summary>Where the machine-readable files live, beside the pages of <see cref="SitePaths"/>.</summary>
public static class DiscoveryPaths
{
    public const string AtomFeed = "feed.xml";
    public const string RssFeed = "rss.xml";
    public const string JsonFeed = "feed.json";
    public const string SitemapIndex = "sitemap.xml";
    public const string SiteSitemap = "sitemaps/site.xml";
    public const string NewsSitemap = "sitemaps/news.xml";
    public const string Robots = "robots.txt";
    public const string Editions = "editions.json";

    /// <summary>The Atom feed of a section or kind listing ("sections/yaowen" → "sections/yaowen/feed.xml").</summary>
    public static string ListingFeed(string folder) => $"{folder}/feed.xml";

    /// <summary>One year's sitemap; a year too large for one file continues in "2025-2.xml", "2025-3.xml", ….</summary>
    public static string YearSitemap(int year, int part) => part == 1
        ? string.Create(CultureInfo.InvariantCulture, $"sitemaps/{year}.xml")
        : string.Create(CultureInfo.InvariantCulture, $"sitemaps/{year}-{part}.xml");

    /// <summary>The edition's machine-readable twin, beside its front page.</summary>
    public static string EditionJson(DateOnly date) => $"{SitePaths.EditionFolder(date)}/edition.json";
}
