using System.Text.RegularExpressions;
using Site.Tests.Site;

namespace Site.Tests.Discovery;

/// <summary>A host answers every missing URL with 404.html, at whatever depth the reader mistyped: relative
/// links there would resolve against the missing URL's folder and leave the page unstyled and its
/// navigation broken. With a base URL the page links absolutely; without one it stays relative (it works at
/// the root, and opened as itself).</summary>
[Trait("Speed", "Slow")]
public sealed partial class NotFoundPageTests(PublishedSite published, SampleSite sample) : IClassFixture<PublishedSite>, IClassFixture<SampleSite>
{
    [Fact]
    public void With_a_base_url_every_link_of_the_404_page_is_absolute_into_the_site_and_it_names_no_canonical_url()
    {
        var html = published.Read("404.html");
        var urls = Url().Matches(html).Select(m => m.Groups[1].Value).Where(u => u != "#main").ToList();

        Assert.Contains($"{PublishedSite.BaseUrl}/assets/site.css", urls);
        Assert.Contains($"{PublishedSite.BaseUrl}/index.html", urls);
        // All but the stylesheet's fallback, beside the page, for a copy of the site opened from disk.
        Assert.All(urls.Where(u => u != "assets/site.css"), u => Assert.StartsWith(PublishedSite.BaseUrl + "/", u, StringComparison.Ordinal));
        Assert.Single(urls, "assets/site.css");
        Assert.DoesNotContain("rel=\"canonical\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Other_pages_of_the_published_site_keep_relative_links()
    {
        var html = published.Read("archive/index.html");

        Assert.Contains("href=\"../assets/site.css\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"../index.html\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_base_url_the_404_page_links_relatively_from_the_root()
    {
        var html = sample.Read("404.html");

        Assert.Contains("href=\"assets/site.css\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"archive/index.html\"", html, StringComparison.Ordinal);
    }

    [GeneratedRegex("(?:href|src)=\"([^\"]*)\"")]
    private static partial Regex Url();
}
