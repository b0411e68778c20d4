using Site.Publishing.Discovery;
using Site.Tests.Site;

namespace Site.Tests.Discovery;

/// <summary>Given the sample newspaper, whose site.yml has no base URL: nothing that needs absolute URLs is
/// written with wrong ones — no feeds, sitemaps or robots.txt, one warning saying so — while the
/// machine-readable twins, which need none, are there.</summary>
[Trait("Speed", "Slow")]
public sealed class WithoutBaseUrlTests(SampleSite site) : IClassFixture<SampleSite>
{
    [Fact]
    public void No_feed_sitemap_or_robots_txt_is_written()
    {
        var files = site.Files().ToList();
        Assert.DoesNotContain(files, f => f.EndsWith(".xml", StringComparison.Ordinal));
        Assert.DoesNotContain("feed.json", files);
        Assert.DoesNotContain("robots.txt", files);
        Assert.DoesNotContain(files, f => f.StartsWith("sitemaps/", StringComparison.Ordinal));
    }

    [Fact]
    public void The_build_report_says_so_once()
    {
        Assert.Single(site.Report.Warnings, w => w.Message.Contains("base URL", StringComparison.Ordinal));
        Assert.Contains(SiteDiscovery.NoBaseUrlWarning, site.Report.Warnings.Select(w => w.Message));
    }

    [Fact]
    public void No_page_announces_a_feed_or_carries_an_absolute_url()
    {
        foreach (var page in site.Files("*.html"))
        {
            var html = site.Read(page);
            Assert.DoesNotContain("rel=\"alternate\"", html, StringComparison.Ordinal);
            // schema.org's own vocabulary URL is the one absolute URL a page may carry.
            Assert.DoesNotContain("https://", html.Replace("\"https://schema.org\"", "", StringComparison.Ordinal), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_machine_readable_twins_are_written_all_the_same()
    {
        Assert.Contains("editions.json", site.Files());
        Assert.Equal(6, site.Files("edition.json").Count());
    }

    [Fact]
    public void With_a_base_url_there_is_no_such_warning()
    {
        using var published = new PublishedSite();
        Assert.DoesNotContain(published.Report.Warnings, w => w.Message.Contains("base URL", StringComparison.Ordinal));
    }
}
