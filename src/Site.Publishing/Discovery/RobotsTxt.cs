using System.Text;
using Site.Publishing.Output;

namespace Site.Publishing.Discovery;

/// <summary>robots.txt: every crawler may read everything; here are the sitemaps.</summary>
public static class RobotsTxt
{
    public static OutputFile Write(string baseUrl, bool hasNews) => new(DiscoveryPaths.Robots, Encoding.UTF8.GetBytes(
        "User-agent: *\nAllow: /\n\n" +
        $"Sitemap: {Absolute.Url(baseUrl, DiscoveryPaths.SitemapIndex)}\n" +
        (hasNews ? $"Sitemap: {Absolute.Url(baseUrl, DiscoveryPaths.NewsSitemap)}\n" : "")));
}
