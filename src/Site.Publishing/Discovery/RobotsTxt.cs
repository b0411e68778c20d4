using System.Text;
using Site.Publishing.Output;
using Site.Publishing.Urls;

namespace Site.Publishing.Discovery;

/// <summary>robots.txt: every crawler may read everything; here are the sitemaps. Crawlers read it only at
/// a host's root, so it is written only for a site published there.</summary>
public static class RobotsTxt
{
    /// <summary>Whether the base URL is a host's root (https://paper.example, not https://example.org/paper).</summary>
    public static bool AtHostRoot(string baseUrl) =>
        Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) && uri.AbsolutePath is "" or "/";

    /// <summary>Why robots.txt was left out of a site published under a path, and what to do instead.</summary>
    public static string UnderPathNote(string baseUrl, bool hasNews)
    {
        var root = new Uri(baseUrl).GetLeftPart(UriPartial.Authority);
        return $"robots.txt was left out: the site is published under {new Uri(baseUrl).AbsolutePath}, and crawlers read robots.txt only at "
            + $"the host's root ({root}/robots.txt); to announce the sitemaps, add there: Sitemap: {Absolute.Url(baseUrl, SiteUrls.SitemapIndex)}"
            + (hasNews ? $" and Sitemap: {Absolute.Url(baseUrl, SiteUrls.NewsSitemap)}" : "");
    }

    public static OutputFile Write(string baseUrl, bool hasNews) => new(SiteUrls.Robots, Encoding.UTF8.GetBytes(
        "User-agent: *\nAllow: /\n\n" +
        $"Sitemap: {Absolute.Url(baseUrl, SiteUrls.SitemapIndex)}\n" +
        (hasNews ? $"Sitemap: {Absolute.Url(baseUrl, SiteUrls.NewsSitemap)}\n" : "")));
}
