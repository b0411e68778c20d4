using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Site.Publishing.Urls;

/// <summary>The archive's URL scheme, chosen once: every path is ASCII, names its file, and never
/// changes meaning. Paths are relative to the output root with '/' separators.</summary>
public static class SitePaths
{
    public const string Home = "index.html";
    public const string NotFound = "404.html";
    public const string Stylesheet = "assets/site.css";
    public const string Archive = "archive/index.html";
    public const string Sections = "sections/index.html";
    public const string People = "people/index.html";
    public const string Search = "search/index.html";
    public const string SearchScript = "assets/search.js";

    /// <summary>Whether a host shows the page at URLs not its own: 404.html answers every missing URL, at
    /// whatever depth, where only absolute links (with a base URL) resolve wherever it is shown.</summary>
    public static bool ServedAtAnyUrl(string path) => path == NotFound;

    public static string EditionFolder(DateOnly date) => date.ToString("yyyy'/'MM'/'dd", CultureInfo.InvariantCulture);

    public static string Edition(DateOnly date) => $"{EditionFolder(date)}/index.html";

    public static string Page(DateOnly date, int page) =>
        string.Create(CultureInfo.InvariantCulture, $"{EditionFolder(date)}/{page:00}/index.html");

    public static string Article(DateOnly date, int page, int number) =>
        string.Create(CultureInfo.InvariantCulture, $"{EditionFolder(date)}/{page:00}/{number:00}.html");

    /// <summary>A page's own folder ("2025/08/04/01"): its view, its articles, its PDF and images.</summary>
    public static string PageFolder(DateOnly date, int page) =>
        string.Create(CultureInfo.InvariantCulture, $"{EditionFolder(date)}/{page:00}");

    /// <summary>A PDF page as printed, for download; named for the day and page, as it is saved
    /// ("20250804-01.pdf").</summary>
    public static string PagePdf(DateOnly date, int page) =>
        string.Create(CultureInfo.InvariantCulture, $"{PageFolder(date, page)}/{date:yyyyMMdd}-{page:00}.pdf");

    public static string ArchiveYear(int year) => string.Create(CultureInfo.InvariantCulture, $"archive/{year}/index.html");

    /// <summary>A listing's front: its newest articles.</summary>
    public static string ListingIndex(string folder) => $"{folder}/index.html";

    /// <summary>Page <paramref name="page"/> of a listing, counted from its oldest article (1.html holds
    /// the first 50 ever listed): a full page keeps its URL and its content as the archive grows.</summary>
    public static string ListingPage(string folder, int page) =>
        string.Create(CultureInfo.InvariantCulture, $"{folder}/{page}.html");

    public static string SectionFolder(string slug) => $"sections/{slug}";

    public static string PersonFolder(string name) => $"people/{PersonSlug(name)}";

    /// <summary>A person's stable ASCII id. Names are Chinese and no pinyin dictionary is at hand, so
    /// the id is derived from the name itself: the same name always gets the same page.</summary>
    public static string PersonSlug(string name)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(name.Normalize(NormalizationForm.FormC)));
        return "p" + Convert.ToHexStringLower(hash.AsSpan(0, 5));
    }
}
