using Site.Testing;

namespace Site.Tests.Discovery;

/// <summary>The machine-readable files of the sample newspaper published at a base URL, as approved by a
/// person who read them: a change shows up here as a diff to review.</summary>
[Trait("Speed", "Slow")]
public sealed class DiscoverySnapshotTests(PublishedSite site) : IClassFixture<PublishedSite>
{
    [Theory]
    [InlineData("Atom_feed", "feed.xml", "xml")]
    [InlineData("Rss_feed", "rss.xml", "xml")]
    [InlineData("Json_feed", "feed.json", "json")]
    [InlineData("Section_feed", "sections/commentary/feed.xml", "xml")]
    [InlineData("Sitemap_index", "sitemap.xml", "xml")]
    [InlineData("Site_sitemap", "sitemaps/site.xml", "xml")]
    [InlineData("Year_sitemap", "sitemaps/2022.xml", "xml")]
    [InlineData("News_sitemap", "sitemaps/news.xml", "xml")]
    [InlineData("Editions", "editions.json", "json")]
    [InlineData("Edition", "2022/07/20/edition.json", "json")]
    [InlineData("Published_article", "2025/08/04/01/02.html", "html")]
    public void A_discovery_file_reads_as_approved(string name, string path, string extension) =>
        Snapshot.Verify(site.Read(path), extension, name);
}
