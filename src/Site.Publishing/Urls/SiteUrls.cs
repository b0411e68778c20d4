using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Site.Publishing.Urls;

/// <summary>What a file of the site is: each path the site writes is of one kind.</summary>
public enum PageKind
{
    Home,
    NotFound,
    Asset,
    EditionFront,
    EditionJson,
    Page,
    Article,
    /// <summary>The small page left at the URL of an article a correction merged into another or dropped.</summary>
    Moved,
    PagePdf,
    PageImage,
    Archive,
    ArchiveYear,
    SectionsDirectory,
    PeopleDirectory,
    ListingIndex,
    ListingPage,
    Feed,
    Sitemap,
    Robots,
    EditionsJson,
    SearchPage,
    SearchManifest,
    SearchUnit,
}

/// <summary>A path of the site, relative to the output root with '/' separators, and what it is.</summary>
public readonly record struct SitePath(PageKind Kind, string Value)
{
    public static implicit operator string(SitePath path) => path.Value;

    public override string ToString() => Value;
}

/// <summary>The archive's URL scheme, chosen once and kept in this one place: every path the site writes
/// is made here, typed by its kind; every path is ASCII, names its file, and never changes meaning.
/// <see cref="Recognise"/> reads a path back by the same scheme.</summary>
public static partial class SiteUrls
{
    private const string SectionsFolder = "sections";
    private const string PeopleFolder = "people";
    private const string SearchFolder = "search";

    public static readonly SitePath Home = new(PageKind.Home, "index.html");
    public static readonly SitePath NotFound = new(PageKind.NotFound, "404.html");
    public static readonly SitePath Stylesheet = new(PageKind.Asset, "assets/site.css");
    public static readonly SitePath Favicon = new(PageKind.Asset, "assets/favicon.svg");
    public static readonly SitePath SearchScript = new(PageKind.Asset, "assets/search.js");
    public static readonly SitePath Archive = new(PageKind.Archive, "archive/index.html");
    public static readonly SitePath Sections = new(PageKind.SectionsDirectory, $"{SectionsFolder}/index.html");
    public static readonly SitePath People = new(PageKind.PeopleDirectory, $"{PeopleFolder}/index.html");
    public static readonly SitePath Search = new(PageKind.SearchPage, $"{SearchFolder}/index.html");
    public static readonly SitePath SearchManifest = new(PageKind.SearchManifest, $"{SearchFolder}/manifest.js");
    public static readonly SitePath AtomFeed = new(PageKind.Feed, "feed.xml");
    public static readonly SitePath RssFeed = new(PageKind.Feed, "rss.xml");
    public static readonly SitePath JsonFeed = new(PageKind.Feed, "feed.json");
    public static readonly SitePath SitemapIndex = new(PageKind.Sitemap, "sitemap.xml");
    public static readonly SitePath SiteSitemap = new(PageKind.Sitemap, "sitemaps/site.xml");
    public static readonly SitePath NewsSitemap = new(PageKind.Sitemap, "sitemaps/news.xml");
    public static readonly SitePath Robots = new(PageKind.Robots, "robots.txt");
    public static readonly SitePath Editions = new(PageKind.EditionsJson, "editions.json");

    /// <summary>A file of the theme's assets/ folder, copied as it is.</summary>
    public static SitePath ThemeAsset(string relative) => relative.StartsWith("assets/", StringComparison.Ordinal)
        ? new(PageKind.Asset, relative) : throw new ArgumentException($"{relative} is not under assets/", nameof(relative));

    /// <summary>Whether a host shows the page at URLs not its own: 404.html answers every missing URL, at
    /// whatever depth, where only absolute links (with a base URL) resolve wherever it is shown.</summary>
    public static bool ServedAtAnyUrl(string path) => path == NotFound.Value;

    public static string EditionFolder(DateOnly date) => date.ToString("yyyy'/'MM'/'dd", CultureInfo.InvariantCulture);

    public static SitePath Edition(DateOnly date) => new(PageKind.EditionFront, $"{EditionFolder(date)}/index.html");

    /// <summary>The edition's machine-readable twin, beside its front page.</summary>
    public static SitePath EditionJson(DateOnly date) => new(PageKind.EditionJson, $"{EditionFolder(date)}/edition.json");

    /// <summary>A page's own folder ("2025/08/04/01"): its view, its articles, its PDF and images.</summary>
    public static string PageFolder(DateOnly date, int page) =>
        string.Create(CultureInfo.InvariantCulture, $"{EditionFolder(date)}/{page:00}");

    public static SitePath Page(DateOnly date, int page) => new(PageKind.Page, $"{PageFolder(date, page)}/index.html");

    public static SitePath Article(DateOnly date, int page, int number) =>
        new(PageKind.Article, string.Create(CultureInfo.InvariantCulture, $"{PageFolder(date, page)}/{number:00}.html"));

    /// <summary>The page left at an article's URL when a correction merged it into another or dropped it.</summary>
    public static SitePath Moved(DateOnly date, int page, int number) => Article(date, page, number) with { Kind = PageKind.Moved };

    /// <summary>A PDF page as printed, for download; named for the day and page, as it is saved
    /// ("20250804-01.pdf").</summary>
    public static SitePath PagePdf(DateOnly date, int page) =>
        new(PageKind.PagePdf, string.Create(CultureInfo.InvariantCulture, $"{PageFolder(date, page)}/{date:yyyyMMdd}-{page:00}.pdf"));

    /// <summary>An image of a printed page ("page") or of a photo on it ("photo") at a width, named by what
    /// it is drawn from (<paramref name="name"/>, 16 hex digits), so a changed PDF gets new URLs.</summary>
    public static SitePath PageImage(DateOnly date, int page, string drawing, string name, int width) =>
        drawing is "page" or "photo" && HexName().IsMatch(name)
            ? new(PageKind.PageImage, string.Create(CultureInfo.InvariantCulture, $"{PageFolder(date, page)}/{drawing}-{name}-{width}.jpg"))
            : throw new ArgumentException($"no page image is named {drawing}-{name}", nameof(name));

    public static SitePath ArchiveYear(int year) => new(PageKind.ArchiveYear, string.Create(CultureInfo.InvariantCulture, $"archive/{year}/index.html"));

    public static string SectionFolder(string slug) => $"{SectionsFolder}/{slug}";

    public static string PersonFolder(string name) => PersonListing(PersonSlug(name));

    /// <summary>A person's listing folder by the person's id (<see cref="PersonSlug"/>).</summary>
    public static string PersonListing(string slug) => $"{PeopleFolder}/{slug}";

    /// <summary>A section's or kind's listing ("sections/…"), which has a feed; not a person's.</summary>
    public static bool IsSectionListing(string folder) => folder.StartsWith(SectionsFolder + "/", StringComparison.Ordinal);

    /// <summary>A person's listing ("people/…").</summary>
    public static bool IsPersonListing(string folder) => folder.StartsWith(PeopleFolder + "/", StringComparison.Ordinal);

    /// <summary>A listing's front: its newest articles.</summary>
    public static SitePath ListingIndex(string folder) => new(PageKind.ListingIndex, $"{folder}/index.html");

    /// <summary>Page <paramref name="page"/> of a listing, counted from its oldest article (1.html holds
    /// the first 50 ever listed): a full page keeps its URL and its content as the archive grows.</summary>
    public static SitePath ListingPage(string folder, int page) =>
        new(PageKind.ListingPage, string.Create(CultureInfo.InvariantCulture, $"{folder}/{page}.html"));

    /// <summary>The Atom feed of a section or kind listing ("sections/yaowen" → "sections/yaowen/feed.xml");
    /// a person's listing has none.</summary>
    public static SitePath ListingFeed(string folder) => IsSectionListing(folder)
        ? new(PageKind.Feed, $"{folder}/feed.xml") : throw new ArgumentException($"{folder} has no feed", nameof(folder));

    /// <summary>One year's sitemap; a year too large for one file continues in "2025-2.xml", "2025-3.xml", ….</summary>
    public static SitePath YearSitemap(int year, int part) => new(PageKind.Sitemap, part == 1
        ? string.Create(CultureInfo.InvariantCulture, $"sitemaps/{year}.xml")
        : string.Create(CultureInfo.InvariantCulture, $"sitemaps/{year}-{part}.xml"));

    /// <summary>The id of a search unit, which is its folder under search/: a year ("2024"), a month
    /// ("2025-07"), or a 旬 by its first day ("2025-08-01").</summary>
    public static string SearchUnitId(int year) => year.ToString("0000", CultureInfo.InvariantCulture);

    public static string SearchUnitId(int year, int month) => string.Create(CultureInfo.InvariantCulture, $"{year:0000}-{month:00}");

    public static string SearchUnitId(DateOnly firstDay) => firstDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>File <paramref name="n"/> of a search unit: <paramref name="part"/> is 'p' (postings), 'q'
    /// (positions) or 'd' (documents).</summary>
    public static SitePath SearchUnitFile(string unitId, char part, int n) => part is 'p' or 'q' or 'd'
        ? new(PageKind.SearchUnit, string.Create(CultureInfo.InvariantCulture, $"{SearchFolder}/{unitId}/{part}{n}.js"))
        : throw new ArgumentException($"no search file part {part}", nameof(part));

    /// <summary>The name the search script knows a file of search/ by: its path there without ".js" ("manifest", "2025/p12").</summary>
    public static string SearchKey(SitePath path) => path.Kind is PageKind.SearchManifest or PageKind.SearchUnit
        ? path.Value[(SearchFolder.Length + 1)..^".js".Length]
        : throw new ArgumentException($"{path} is not a file of the search index", nameof(path));

    /// <summary>A person's stable ASCII id. Names are Chinese and no pinyin dictionary is at hand, so
    /// the id is derived from the name itself: the same name always gets the same page.</summary>
    public static string PersonSlug(string name)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(name.Normalize(NormalizationForm.FormC)));
        return "p" + Convert.ToHexStringLower(hash.AsSpan(0, 5));
    }

    [GeneratedRegex("^[0-9a-f]{16}$")]
    private static partial Regex HexName();
}
