using Site.Publishing.Check;

namespace Site.Tests.Discovery;

/// <summary>The published site, feeds and structured data included, passes `site check`'s full validation:
/// every page well-formed, every absolute URL (canonical, feeds, Open Graph) inside the site and resolving.</summary>
[Trait("Speed", "Slow")]
public sealed class PublishedCheckTests(PublishedSite site) : IClassFixture<PublishedSite>
{
    [Fact]
    public void The_full_check_finds_no_problem()
    {
        var problems = SiteChecker.CheckFolder(site.Output, PublishedSite.BaseUrl);
        Assert.True(problems.IsEmpty, string.Join("\n", problems.Take(10)));
    }

    [Fact]
    public void The_full_check_refuses_a_feed_link_to_a_feed_that_is_not_there()
    {
        var rss = File.ReadAllBytes(site.Path("rss.xml"));
        File.Delete(site.Path("rss.xml"));
        try
        {
            Assert.Contains(SiteChecker.CheckFolder(site.Output, PublishedSite.BaseUrl), p => p.Message.Contains("rss.xml", StringComparison.Ordinal));
        }
        finally
        {
            File.WriteAllBytes(site.Path("rss.xml"), rss);
        }
    }
}
