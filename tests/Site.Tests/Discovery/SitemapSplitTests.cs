using System.Collections.Immutable;
using System.Xml.Linq;
using Site.Parsing.Model;
using Site.Publishing.Discovery;
using Site.Publishing.Pipeline;

namespace Site.Tests.Discovery;

/// <summary>A sitemap holds at most 50,000 URLs (sitemaps.org): a year with more continues in a second file,
/// and the index names both.</summary>
public sealed class SitemapSplitTests
{
    [Fact]
    public void A_year_of_more_than_50000_urls_is_split_and_the_index_names_every_part()
    {
        var date = new DateOnly(2025, 8, 4);
        var articles = Enumerable.Range(1, Sitemaps.MaxUrls)
            .Select(n => new ArticleEntry(date, 1, n, "要闻", ArticleKind.News, null, "标题", null, null, [], false))
            .ToImmutableArray();
        var edition = new EditionSummary(date, [new PageSummary(1, "要闻")], articles, null);
        var files = Sitemaps.Write([edition], new Catalog([date], [], []), "https://example.org").ToDictionary(f => f.Path);

        Assert.Equal(["sitemap.xml", "sitemaps/2025-2.xml", "sitemaps/2025.xml", "sitemaps/site.xml"], files.Keys.Order(StringComparer.Ordinal));
        XNamespace sm = Sitemaps.Namespace;
        int Count(string path) => XDocument.Parse(System.Text.Encoding.UTF8.GetString(files[path].Content)).Root!.Elements(sm + "url").Count();
        Assert.Equal(Sitemaps.MaxUrls, Count("sitemaps/2025.xml"));
        Assert.Equal(2, Count("sitemaps/2025-2.xml"));   // the front page, the page and 50,000 articles
        var index = XDocument.Parse(System.Text.Encoding.UTF8.GetString(files["sitemap.xml"].Content));
        Assert.Equal(["https://example.org/sitemaps/site.xml", "https://example.org/sitemaps/2025.xml", "https://example.org/sitemaps/2025-2.xml"],
            index.Root!.Elements(sm + "sitemap").Select(s => (string)s.Element(sm + "loc")!));
    }
}
