using System.Globalization;
using System.Text.RegularExpressions;

namespace Site.Publishing.Urls;

/// <summary>The scheme read backwards: what a path names, by the shape of each kind of path.</summary>
public static partial class SiteUrls
{
    /// <summary>The path the scheme makes of what <paramref name="path"/> names (its date and page, its
    /// listing, its unit…), with its kind; null when no kind of path has its shape. A path is one the
    /// scheme makes when what comes back is the same path.</summary>
    public static SitePath? Recognise(string path)
    {
        foreach (var fixedPath in Fixed) if (fixedPath.Value == path) return fixedPath;
        foreach (var (shape, again) in Shapes)
        {
            var m = shape.Match(path);
            if (!m.Success) continue;
            try
            {
                return again(m);
            }
            catch (Exception e) when (e is ArgumentException or FormatException or OverflowException)
            {
                return null;   // a date that is no date, a number too large
            }
        }
        return null;
    }

    // A property, not a field: the paths it names are fields of another part of the class, whose
    // initialisation order relative to this part's is not the text's.
    private static SitePath[] Fixed =>
    [
        Home, NotFound, Stylesheet, Favicon, SearchScript, Archive, Sections, People, Search, SearchManifest,
        AtomFeed, RssFeed, JsonFeed, SitemapIndex, SiteSitemap, NewsSitemap, Robots, Editions,
    ];

    private const string Day = @"(?<y>\d{4})/(?<m>\d{2})/(?<d>\d{2})";
    private const string OfPage = Day + @"/(?<page>\d{2,3})";
    private const string Listing = "(?<list>" + SectionsFolder + "|" + PeopleFolder + @")/(?<slug>[a-z0-9-]+)";

    private static readonly (Regex Shape, Func<Match, SitePath> Again)[] Shapes =
    [
        (Shape(Day + @"/index\.html"), m => Edition(Date(m))),
        (Shape(Day + @"/edition\.json"), m => EditionJson(Date(m))),
        (Shape(OfPage + @"/index\.html"), m => Page(Date(m), Int(m, "page"))),
        (Shape(OfPage + @"/(?<n>\d{2,3})\.html"), m => Article(Date(m), Int(m, "page"), Int(m, "n"))),
        (Shape(OfPage + @"/\d{8}-\d{2,3}\.pdf"), m => PagePdf(Date(m), Int(m, "page"))),
        (Shape(OfPage + @"/(?<what>page|photo)-(?<name>[0-9a-f]{16})-(?<w>\d+)\.jpg"),
            m => PageImage(Date(m), Int(m, "page"), m.Groups["what"].Value, m.Groups["name"].Value, Int(m, "w"))),
        (Shape(@"archive/(?<y>\d{4})/index\.html"), m => ArchiveYear(Int(m, "y"))),
        (Shape(Listing + @"/index\.html"), m => ListingIndex(ListingFolder(m))),
        (Shape(Listing + @"/(?<n>\d+)\.html"), m => ListingPage(ListingFolder(m), Int(m, "n"))),
        (Shape(Listing + @"/feed\.xml"), m => ListingFeed(ListingFolder(m))),
        (Shape(@"sitemaps/(?<y>\d{4})(?:-(?<n>\d+))?\.xml"), m => YearSitemap(Int(m, "y"), m.Groups["n"].Success ? Int(m, "n") : 1)),
        (Shape(SearchFolder + @"/(?<unit>[0-9-]+)/(?<part>[pqd])(?<n>\d+)\.js"),
            m => SearchUnitFile(m.Groups["unit"].Value, m.Groups["part"].Value[0], Int(m, "n"))),
        (Shape(@"assets/.+"), m => ThemeAsset(m.Value)),
    ];

    private static Regex Shape(string pattern) => new("^" + pattern + "$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    private static DateOnly Date(Match m) => new(Int(m, "y"), Int(m, "m"), Int(m, "d"));

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, NumberStyles.None, CultureInfo.InvariantCulture);

    private static string ListingFolder(Match m) => m.Groups["list"].Value == SectionsFolder
        ? SectionFolder(m.Groups["slug"].Value)
        : PersonListing(m.Groups["slug"].Value);
}
