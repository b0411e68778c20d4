using Site.Publishing.Urls;

namespace Site.Browser.Tests.Support;

/// <summary>One page of every page kind of the sample site (the search page is tested with the search).
/// Articles come twice: plain news, and one with captions and bare bylines.</summary>
public static class PageKinds
{
    public static readonly IReadOnlyList<(string Kind, string Path)> All =
    [
        ("home", SitePaths.Home),
        ("edition", SitePaths.Edition(new DateOnly(2025, 8, 4))),
        ("page", SitePaths.Page(new DateOnly(2025, 8, 4), 1)),
        ("article", SitePaths.Article(new DateOnly(2025, 8, 4), 1, 3)),
        ("article with captions", SitePaths.Article(new DateOnly(2022, 7, 20), 1, 2)),
        ("article with section numbers", SitePaths.Article(new DateOnly(2024, 8, 22), 1, 5)),
        ("section listing", SitePaths.ListingIndex(SitePaths.SectionFolder("yaowen"))),
        ("kind listing", SitePaths.ListingIndex(SitePaths.SectionFolder("commentary"))),
        ("sections directory", SitePaths.Sections),
        ("people directory", SitePaths.People),
        ("person", SitePaths.ListingIndex(SitePaths.PersonFolder("胡佳英"))),
        ("archive", SitePaths.Archive),
        ("archive year", SitePaths.ArchiveYear(2022)),
        ("not found", SitePaths.NotFound),
    ];

    public static TheoryData<string, string> Rows()
    {
        var rows = new TheoryData<string, string>();
        foreach (var (kind, path) in All) rows.Add(kind, path);
        return rows;
    }
}
