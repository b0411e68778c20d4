using System.Collections.Immutable;
using System.Xml;
using Site.Publishing.Documents;
using Site.Publishing.Output;
using Site.Publishing.Urls;

namespace Site.Publishing.Discovery;

/// <summary>A page a sitemap lists, and the date of the newest edition it shows.</summary>
public sealed record SitemapUrl(string Path, DateOnly LastModified);

/// <summary>A year's sitemaps: its editions (oldest first) and the files they fill, each with the date of
/// the newest edition it lists.</summary>
public sealed record YearSitemaps(int Year, IReadOnlyList<EditionSummary> Editions, ImmutableArray<(string Path, DateOnly LastModified)> Files);

/// <summary>Sitemaps (sitemaps.org 0.9): an index pointing at one sitemap of the site-wide pages and one
/// per year of editions (fronts, pages, articles), and a Google News sitemap of the newest edition.</summary>
public static class Sitemaps
{
    public const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    public const string NewsNamespace = "http://www.google.com/schemas/sitemap-news/0.9";

    /// <summary>The protocol's limit of URLs per sitemap file.</summary>
    public const int MaxUrls = 50_000;

    /// <summary>A year's sitemaps, planned: which files its editions fill.</summary>
    public static YearSitemaps Year(int year, IReadOnlyList<EditionSummary> oldestFirst) => new(year, oldestFirst, [.. Files(year, oldestFirst)]);

    /// <summary>A year's sitemap files: its editions' fronts, pages and articles.</summary>
    public static IEnumerable<OutputFile> Write(YearSitemaps year, string baseUrl)
    {
        var part = 0;
        foreach (var chunk in year.Editions.SelectMany(Edition).Chunk(MaxUrls))
            yield return UrlSet(year.Files[part++].Path, chunk, baseUrl);
    }

    /// <summary>The sitemap of the site-wide pages, and the index of it and every year's sitemaps.</summary>
    /// <param name="years">Every year's sitemap files, oldest first, each with the date of the newest edition it lists.</param>
    public static IEnumerable<OutputFile> SiteWideAndIndex(DateOnly newest, Catalog catalog, IEnumerable<(string Path, DateOnly LastModified)> years, string baseUrl)
    {
        var siteWide = SiteWide(newest, catalog).ToList();
        // The site-wide sitemap is one file; its URLs grow with listings (50 articles each), far below the limit.
        yield return UrlSet(SiteUrls.SiteSitemap, siteWide, baseUrl);
        IEnumerable<(string Path, DateOnly LastModified)> listed = [(SiteUrls.SiteSitemap, siteWide.Max(u => u.LastModified)), .. years];
        yield return XmlFile.Write(SiteUrls.SitemapIndex, w =>
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
    public static OutputFile News(EditionSummary newest, string siteTitle, string language, string baseUrl) => XmlFile.Write(SiteUrls.NewsSitemap, w =>
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

    /// <summary>A year's sitemap files, from how many URLs each edition has (its front, pages and articles)
    /// without making them: each file holds <see cref="MaxUrls"/> but the last, and is dated by the
    /// edition of its last URL (editions run oldest first).</summary>
    private static IEnumerable<(string Path, DateOnly LastModified)> Files(int year, IReadOnlyList<EditionSummary> oldestFirst)
    {
        var (part, inFile, last) = (0, 0, default(DateOnly));
        foreach (var e in oldestFirst)
        {
            for (var urls = 1 + e.PageList.Length + e.Articles.Length; urls > 0;)
            {
                var take = Math.Min(urls, MaxUrls - inFile);
                (inFile, urls, last) = (inFile + take, urls - take, e.Date);
                if (inFile < MaxUrls) continue;
                yield return (SiteUrls.YearSitemap(year, ++part), last);
                inFile = 0;
            }
        }
        if (inFile > 0) yield return (SiteUrls.YearSitemap(year, ++part), last);
    }

    private static IEnumerable<SitemapUrl> Edition(EditionSummary e)
    {
        yield return new(SiteUrls.Edition(e.Date), e.Date);
        foreach (var page in e.PageList) yield return new(SiteUrls.Page(e.Date, page.Number), e.Date);
        foreach (var a in e.Articles) yield return new(SiteUrls.Article(e.Date, a.Page, a.Number), e.Date);
    }

    /// <summary>Home, archive, directories and every page of every listing, each dated by the newest
    /// edition it shows.</summary>
    private static IEnumerable<SitemapUrl> SiteWide(DateOnly newest, Catalog catalog)
    {
        yield return new(SiteUrls.Home, newest);
        yield return new(SiteUrls.Archive, newest);
        foreach (var year in catalog.Dates.GroupBy(d => d.Year))
            yield return new(SiteUrls.ArchiveYear(year.Key), year.Max());
        yield return new(SiteUrls.Sections, newest);
        yield return new(SiteUrls.People, newest);
        yield return new(SiteUrls.Search, newest);
        foreach (var listing in catalog.Sections.Concat(catalog.People))
        {
            // A page last changed with its newest article (a numbered page, once full, never again).
            yield return new(listing.Index, listing.Newest.IsEmpty ? newest : listing.Newest[0].Entry.Date);
            for (var page = 0; page < listing.PageDates.Length; page++)
                yield return new(SiteUrls.ListingPage(listing.Folder, page + 1), listing.PageDates[page]);
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
