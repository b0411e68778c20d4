using System.Text.RegularExpressions;
using System.Xml.Linq;
using Site.Testing;
using Site.Publishing.Pipeline;
using Site.Tests.Site;

namespace Site.Tests.Discovery;

/// <summary>Given the sample newspaper published at a base URL, its sitemaps follow the Sitemaps protocol
/// and Google's News extension, and together name every page a reader can reach.</summary>
[Trait("Speed", "Slow")]
public sealed partial class SitemapTests(PublishedSite site) : IClassFixture<PublishedSite>
{
    private static readonly XNamespace Sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace News = "http://www.google.com/schemas/sitemap-news/0.9";

    private List<(string Path, string LastModified)> Urls(string sitemap) =>
        [.. site.Xml(sitemap).Root!.Elements(Sm + "url")
            .Select(u => (PublishedSite.Local((string)u.Element(Sm + "loc")!), (string)u.Element(Sm + "lastmod")!))];

    [Fact]
    public void The_sitemap_index_validates_and_points_at_the_site_wide_sitemap_and_one_per_year()
    {
        SchemaValidation.AssertValid(site.Path("sitemap.xml"), "siteindex.xsd");
        var listed = site.Xml("sitemap.xml").Root!.Elements(Sm + "sitemap")
            .Select(s => (Path: PublishedSite.Local((string)s.Element(Sm + "loc")!), LastModified: (string)s.Element(Sm + "lastmod")!)).ToList();
        Assert.Equal(["sitemaps/site.xml", "sitemaps/2022.xml", "sitemaps/2023.xml", "sitemaps/2024.xml", "sitemaps/2025.xml"], listed.Select(s => s.Path));
        Assert.All(listed, s => Assert.True(site.Exists(s.Path), s.Path));
        Assert.Equal("2022-08-22T06:00:00+08:00", listed.Single(s => s.Path == "sitemaps/2022.xml").LastModified);
        Assert.Equal("2025-08-04T06:00:00+08:00", listed[0].LastModified);
    }

    [Fact]
    public void A_years_sitemap_lists_its_editions_fronts_pages_and_articles_dated_by_their_edition()
    {
        foreach (var year in new[] { 2022, 2023, 2024, 2025 })
        {
            var sitemap = $"sitemaps/{year}.xml";
            SchemaValidation.AssertValid(site.Path(sitemap), "sitemap.xsd");
            var urls = Urls(sitemap);
            var expected = site.Files("*.html").Where(f => f.StartsWith($"{year}/", StringComparison.Ordinal)).ToList();
            Assert.Equal(expected.Order(StringComparer.Ordinal), urls.Select(u => u.Path).Order(StringComparer.Ordinal));
            Assert.All(urls, u => Assert.Equal($"{u.Path[..10].Replace('/', '-')}T06:00:00+08:00", u.LastModified));
        }
    }

    [Fact]
    public void The_site_wide_sitemap_lists_every_other_page_but_the_404()
    {
        SchemaValidation.AssertValid(site.Path("sitemaps/site.xml"), "sitemap.xsd");
        var expected = site.Files("*.html").Where(f => !YearFolder().IsMatch(f) && f != "404.html");
        Assert.Equal(expected, Urls("sitemaps/site.xml").Select(u => u.Path).Order(StringComparer.Ordinal));
        Assert.Contains(("index.html", "2025-08-04T06:00:00+08:00"), Urls("sitemaps/site.xml"));
        Assert.Contains(("archive/2022/index.html", "2022-08-22T06:00:00+08:00"), Urls("sitemaps/site.xml"));
    }

    [Fact]
    public void The_news_sitemap_lists_the_newest_editions_articles_for_google_news()
    {
        SchemaValidation.AssertValid(site.Path("sitemaps/news.xml"), "sitemap.xsd", "sitemap-news.xsd");
        var urls = site.Xml("sitemaps/news.xml").Root!.Elements(Sm + "url").ToList();
        Assert.Equal(site.Files("*.html").Where(f => ArticleOf20250804().IsMatch(f)), urls.Select(u => PublishedSite.Local((string)u.Element(Sm + "loc")!)));
        foreach (var url in urls)
        {
            var news = url.Element(News + "news")!;
            Assert.Equal("嘉兴日报·平湖版", (string)news.Element(News + "publication")!.Element(News + "name")!);
            Assert.Equal("zh-cn", (string)news.Element(News + "publication")!.Element(News + "language")!);
            Assert.Equal("2025-08-04T06:00:00+08:00", (string)news.Element(News + "publication_date")!);
            Assert.False(string.IsNullOrWhiteSpace((string)news.Element(News + "title")!));
        }
    }

    [Fact]
    public void The_schemas_refuse_a_news_entry_without_a_title_and_a_url_outside_the_protocol()
    {
        var bad = Path.Combine(site.Output, "..", "bad-news.xml");
        File.WriteAllText(bad, """
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
              <url><loc>/relative.html</loc><lastmod>yesterday</lastmod>
                <news:news><news:publication><news:name>x</news:name><news:language>zh-cn</news:language></news:publication>
                <news:publication_date>2025-08-04T06:00:00+08:00</news:publication_date></news:news>
              </url>
            </urlset>
            """);
        var problems = SchemaValidation.Problems(bad, "sitemap.xsd", "sitemap-news.xsd");
        Assert.Equal(3, problems.Count);
    }

    [Fact]
    public void Robots_txt_is_left_out_of_a_site_under_a_path_and_the_build_notes_what_to_put_at_the_hosts_root()
    {
        Assert.False(site.Exists("robots.txt"));
        Assert.Contains("robots.txt was left out: the site is published under /paper, and crawlers read robots.txt only at the host's root "
            + "(https://example.org/robots.txt); to announce the sitemaps, add there: Sitemap: https://example.org/paper/sitemap.xml "
            + "and Sitemap: https://example.org/paper/sitemaps/news.xml", site.Report.Notes);
        Assert.DoesNotContain(site.Report.Warnings, w => w.Message.Contains("robots.txt", StringComparison.Ordinal));
    }

    [Fact]
    public void Robots_txt_at_a_hosts_root_allows_everything_and_names_the_sitemap_index_and_the_news_sitemap()
    {
        using var input = new TempInput().CopySample();
        var report = SiteBuild.Run(new BuildOptions(input.Input, input.Output, Path.Combine(Repo.Root, "themes"), BaseUrl: "https://paper.example"));
        Assert.Equal(
            "User-agent: *\nAllow: /\n\nSitemap: https://paper.example/sitemap.xml\nSitemap: https://paper.example/sitemaps/news.xml\n",
            File.ReadAllText(Path.Combine(input.Output, "robots.txt")));
        Assert.DoesNotContain(report.Warnings, w => w.Message.Contains("robots.txt", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"^\d{4}/")]
    private static partial Regex YearFolder();

    [GeneratedRegex(@"^2025/08/04/\d{2}/\d{2}\.html$")]
    private static partial Regex ArticleOf20250804();
}
