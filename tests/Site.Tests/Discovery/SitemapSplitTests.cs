using System.Collections.Immutable;
using System.Xml.Linq;
using Site.Config;
using Site.Parsing.Model;
using Site.Publishing.Discovery;
using Site.Publishing.Documents;
using Site.Publishing.Output;
using Site.Publishing.Urls;

namespace Site.Tests.Discovery;

/// <summary>A sitemap holds at most 50,000 URLs (sitemaps.org): a year with more continues in a second file,
/// and the index names both.</summary>
[Trait("Speed", "Slow")]
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
        var files = Build([edition]).ToDictionary(f => f.Path);

        Assert.Equal(["sitemap.xml", "sitemaps/2025-2.xml", "sitemaps/2025.xml", "sitemaps/site.xml"], files.Keys.Order(StringComparer.Ordinal));
        XNamespace sm = Sitemaps.Namespace;
        int Count(string path) => XDocument.Parse(System.Text.Encoding.UTF8.GetString(files[path].Content)).Root!.Elements(sm + "url").Count();
        Assert.Equal(Sitemaps.MaxUrls, Count("sitemaps/2025.xml"));
        Assert.Equal(2, Count("sitemaps/2025-2.xml"));   // the front page, the page and 50,000 articles
        var index = XDocument.Parse(System.Text.Encoding.UTF8.GetString(files["sitemap.xml"].Content));
        Assert.Equal(["https://example.org/sitemaps/site.xml", "https://example.org/sitemaps/2025.xml", "https://example.org/sitemaps/2025-2.xml"],
            index.Root!.Elements(sm + "sitemap").Select(s => (string)s.Element(sm + "loc")!));
    }

    [Fact]
    public void Each_part_is_dated_by_the_edition_of_its_last_url_and_a_year_kept_is_still_in_the_index()
    {
        // The first edition fills the first part exactly (front, page, 49,998 articles); the second starts the next.
        var (first, second) = (new DateOnly(2025, 8, 4), new DateOnly(2025, 8, 5));
        EditionSummary Edition(DateOnly date, int articles) => new(date, [new PageSummary(1, "要闻")],
            [.. Enumerable.Range(1, articles).Select(n => new ArticleEntry(date, 1, n, "要闻", ArticleKind.News, null, "标题", null, null, [], false))], null);
        var editions = new[] { Edition(first, Sitemaps.MaxUrls - 2), Edition(second, 1) };
        XNamespace sm = Sitemaps.Namespace;
        (string, string)[] Index(IEnumerable<OutputFile> files) =>
            [.. XDocument.Parse(System.Text.Encoding.UTF8.GetString(files.Single(f => f.Path == "sitemap.xml").Content)).Root!
                .Elements(sm + "sitemap").Select(e => ((string)e.Element(sm + "loc")!, (string)e.Element(sm + "lastmod")!))];

        var all = Build(editions).ToList();
        var written = all.Where(f => f.Path.StartsWith("sitemaps/2025", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, written.Count);
        Assert.Equal(["https://example.org/sitemaps/2025.xml", "https://example.org/sitemaps/2025-2.xml"], Index(all).Skip(1).Select(e => e.Item1));
        Assert.StartsWith("2025-08-04", Index(all)[1].Item2, StringComparison.Ordinal);
        Assert.StartsWith("2025-08-05", Index(all)[2].Item2, StringComparison.Ordinal);

        // A year the caller keeps is not written, and the index names its files as before.
        var kept = Build(editions, _ => false).ToList();
        Assert.DoesNotContain(kept, f => f.Path.StartsWith("sitemaps/2025", StringComparison.Ordinal));
        Assert.Equal(Index(all), Index(kept));
    }

    /// <summary>The sitemaps as the build makes them: a year's when the year is done, the index at the end.</summary>
    private static IEnumerable<OutputFile> Build(IReadOnlyList<EditionSummary> editions, Func<YearSitemaps, bool>? renderYear = null)
    {
        var discovery = new SiteDiscovery(SiteConfig.Default with { BaseUrl = "https://example.org" });
        var year = discovery.AddYear(editions)!;
        var files = renderYear is null || renderYear(year) ? discovery.Write(year).ToList() : [];
        var catalog = new Catalog([.. editions.Select(e => e.Date)], [], []);
        return [.. files, .. discovery.Finish(catalog, _ => { }).Where(f => f.Path == SiteUrls.SitemapIndex || f.Path == SiteUrls.SiteSitemap)];
    }
}
