using Site.Publishing.Urls;

namespace Site.Browser.Tests.Support;

/// <summary>One page of every page kind of the sample site (the search page is tested with the search).
/// Articles come twice: plain news, and one with captions and bare bylines.</summary>
public static class PageKinds
{
    public static readonly IReadOnlyList<(string Kind, string Path)> All =
    [
        ("home", SiteUrls.Home),
        ("edition", SiteUrls.Edition(new DateOnly(2025, 8, 4))),
        ("page", SiteUrls.Page(new DateOnly(2025, 8, 4), 1)),
        ("article", SiteUrls.Article(new DateOnly(2025, 8, 4), 1, 3)),
        ("article with captions", SiteUrls.Article(new DateOnly(2022, 7, 20), 1, 2)),
        ("article with section numbers", SiteUrls.Article(new DateOnly(2024, 8, 22), 1, 5)),
        ("section listing", SiteUrls.ListingIndex(SiteUrls.SectionFolder("yaowen"))),
        ("kind listing", SiteUrls.ListingIndex(SiteUrls.SectionFolder("commentary"))),
        ("sections directory", SiteUrls.Sections),
        ("people directory", SiteUrls.People),
        ("person", SiteUrls.ListingIndex(SiteUrls.PersonFolder("胡佳英"))),
        ("archive", SiteUrls.Archive),
        ("archive year", SiteUrls.ArchiveYear(2022)),
        ("not found", SiteUrls.NotFound),
    ];

    public static TheoryData<string, string> Rows()
    {
        var rows = new TheoryData<string, string>();
        foreach (var (kind, path) in All) rows.Add(kind, path);
        return rows;
    }
}
