using Site.Config;
using Site.Publishing.Views;

namespace Site.Publishing.Discovery;

/// <summary>What a page that is not an article tells machines in its head: Open Graph as a website, with
/// the page's description. URL-bearing fields appear only when the site has a base URL.</summary>
public static class PageMetadata
{
    /// <param name="description">Plain text, already cut to length (<see cref="Describe"/>).</param>
    public static PageMeta For(SiteConfig config, string path, string title, string description, PageMeta? with = null) =>
        (with ?? PageMeta.None) with
        {
            OpenGraph = new OpenGraphView(
                title, "website",
                config.BaseUrl is { } baseUrl ? Absolute.Url(baseUrl, path) : null,
                config.Title,
                config.Language.Replace('-', '_'),
                description, null, null),
        };

    /// <summary>A page's description: its lead words, then headlines, joined and cut to about a tweet's length.</summary>
    public static string Describe(string lead, IEnumerable<string> headlines) =>
        Labels.Excerpt(lead + string.Join("；", headlines), 120);
}
