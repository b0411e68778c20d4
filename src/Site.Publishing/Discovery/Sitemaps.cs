using System.Xml;
using Site.Publishing.Output;
using Site.Publishing.Pipeline;
using Site.Publishing.Urls;

namespace Site.Publishing.Discovery;

/// <summary>A page a sitemap lists, and the date of the newest edition it shows.</summary>
public sealed record SitemapUrl(string Path, DateOnly LastModified);

/// <summary>Sitemaps (sitemaps.org 0.9): an index pointing at one sitemap of the site-wide pages and one
/// per year of editions (fronts, pages, articles), and a Google News sitemap of the newest edition.</summary>
public static class Sitemaps
{
    public const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    public const string NewsNamespace = "http://www.google.com/schemas/sitemap-news/0.9";

    /// <summary>The protocol's limit of URLs per sitemap file.</summary>
    public const int MaxUrls = 50_000;

    /// <summary>The sitemaps of every year and of the site-wide pages, and the index of them all.</summary>
    public static IEnumerable<OutputFile> Write(IReadOnlyList<EditionSummary> oldestFirst, Catalog catalog, string baseUrl)
    {
        var listed = new List<(string Path, DateOnly LastModified)>();
        var siteWide = SiteWide(oldestFirst[^1].Date, catalog).ToList();
        // The site-wide sitemap is one file; its URLs grow with listings (50 articles each), far below the limit.
        yield return UrlSet(DiscoveryPaths.SiteSitemap, siteWide, baseUrl);
        listed.Add((DiscoveryPaths.SiteSitemap, siteWide.Max(u => u.LastModified)));

        foreach (var year in oldestFirst.GroupBy(e => e.Date.Year))
        {
            var part = 0;
            foreach (var chunk in year.SelectMany(Edition).Chunk(MaxUrls))
            {
                var path = DiscoveryPaths.YearSitemap(year.Key, ++part);
                yield return UrlSet(path, chunk, baseUrl);
                listed.Add((path, chunk.Max(u => u.LastModified)));
            }
        }

        yield return XmlFile.Write(DiscoveryPaths.SitemapIndex, w =>
        {
            w.WriteStartElement("sitemapindex", Namespace);
            foreach (var (path, lastModified) in listed)
            {
                w.WriteStartElement("sitemap", Namespace);
                w.WriteElementString("loc", Namespace, Absolute.Url(baseUrl, path));
                w.WriteElementString("lastmod", Namespace, PublicationTime.Rfc3339(lastModified));
                w.WriteEndElement();
            }
            w.WriteEndElement();
        });
    }

    /// <summary>The newest edition's articles for Google News: publication name and language, date, title.</summary>
    public static OutputFile News(EditionSummary newest, string siteTitle, string language, string baseUrl) => XmlFile.Write(DiscoveryPaths.NewsSitemap, w =>
    {
        w.WriteStartElement("urlset", Namespace);
        w.WriteAttributeString("xmlns", "news", null, NewsNamespace);
        foreach (var e in newest.Articles)
        {
            var item = FeedItem.From(e, baseUrl);
            w.WriteStartElement("url", Namespace);
            w.WriteElementString("loc", Namespace, item.Url);
            w.WriteStartElement("news", NewsNamespace);
            w.WriteStartElement("publication", NewsNamespace);
            w.WriteElementString("name", NewsNamespace, siteTitle);
            w.WriteElementString("language", NewsNamespace, language.ToLowerInvariant());   // Google: zh-cn, zh-tw
            w.WriteEndElement();
            w.WriteElementString("publication_date", NewsNamespace, PublicationTime.Rfc3339(e.Date));
            w.WriteElementString("title", NewsNamespace, item.Title);
            w.WriteEndElement();
            w.WriteEndElement();
        }
        w.WriteEndElement();
    });

    private static IEnumerable<SitemapUrl> Edition(EditionSummary e)
    {
        yield return new(SitePaths.Edition(e.Date), e.Date);
        foreach (var page in e.PageList) yield return new(SitePaths.Page(e.Date, page.Number), e.Date);
        foreach (var a in e.Articles) yield return new(SitePaths.Article(e.Date, a.Page, a.Number), e.Date);
    }

    /// <summary>Home, archive, directories and every page of every listing, each dated by the newest
    /// edition it shows.</summary>
    private static IEnumerable<SitemapUrl> SiteWide(DateOnly newest, Catalog catalog)
    {
        yield return new(SitePaths.Home, newest);
        yield return new(SitePaths.Archive, newest);
        foreach (var year in catalog.Dates.GroupBy(d => d.Year))
            yield return new(SitePaths.ArchiveYear(year.Key), year.Max());
        yield return new(SitePaths.Sections, newest);
        yield return new(SitePaths.People, newest);
        yield return new(SitePaths.Search, newest);
        foreach (var listing in catalog.Sections.Concat(catalog.People))
        {
            // A page last changed with its newest article (a numbered page, once full, never again).
            foreach (var page in RenderIndexes.Pages(listing))
                yield return new(page.Path, page.Length == 0 ? newest : listing.Items[page.Start].Entry.Date);
        }
    }

    private static OutputFile UrlSet(string path, IEnumerable<SitemapUrl> urls, string baseUrl) => XmlFile.Write(path, w =>
    {
        w.WriteStartElement("urlset", Namespace);
        foreach (var url in urls)
        {
            w.WriteStartElement("url", Namespace);
            w.WriteElementString("loc", Namespace, Absolute.Url(baseUrl, url.Path));
            w.WriteElementString("lastmod", Namespace, PublicationTime.Rfc3339(url.LastModified));
            w.WriteEndElement();
        }
        w.WriteEndElement();
    });
}
