using Site.Testing;
using Site.Publishing.Pipeline;
using Site.Publishing.Urls;

namespace Site.Tests.Site;

/// <summary>Every file the site writes is at a path the one URL scheme (<see cref="SiteUrls"/>) makes: the
/// sample built as published (feeds, sitemaps, a PDF edition's page images, search units, moved pages),
/// every file read back by the scheme and made again by it to the same path.</summary>
public sealed class UrlSchemeTests : IDisposable
{
    private readonly string output = Directory.CreateTempSubdirectory("site-urls-").FullName;

    [Fact]
    [Trait("Speed", "Slow")] // a whole build of the sample, PDF pages drawn
    public void Every_file_of_the_built_sample_is_at_a_path_the_scheme_makes()
    {
        SiteBuild.Run(new BuildOptions(Path.Combine(Repo.Root, "input"), output, Path.Combine(Repo.Root, "themes"),
            BaseUrl: "https://example.org/"));
        var files = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(output, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        var foreign = files.Where(f => SiteUrls.Recognise(f) is not { } again || again.Value != f).ToList();
        Assert.True(foreign.Count == 0, "files at paths the URL scheme does not make:\n" + string.Join("\n", foreign));
        // Every kind is among them: a moved page is at an article's path, and the sample's listings fit on
        // their index pages.
        var kinds = files.Select(f => SiteUrls.Recognise(f)!.Value.Kind).ToHashSet();
        Assert.Equal(Enum.GetValues<PageKind>().Except([PageKind.Moved, PageKind.ListingPage]).Order(), kinds.Order());
    }

    [Theory]
    [InlineData("2025/08/04/01/x.html")]
    [InlineData("2025/13/04/index.html")]
    [InlineData("2025/08/04/1/index.html")]
    [InlineData("people/pabc/feed.xml")]
    [InlineData("sitemaps/2025-1.xml")]
    [InlineData("search/2025/x0.js")]
    [InlineData("2025/08/04/01/page-0123-400.jpg")]
    [InlineData("archive.html")]
    public void A_path_of_no_kind_or_not_as_the_scheme_makes_it_is_not_the_scheme_s(string path) =>
        Assert.False(SiteUrls.Recognise(path) is { } again && again.Value == path);

    [Fact]
    public void What_the_scheme_makes_it_reads_back_with_its_kind()
    {
        var day = new DateOnly(2025, 8, 4);
        SitePath[] made =
        [
            SiteUrls.Edition(day), SiteUrls.EditionJson(day), SiteUrls.Page(day, 1), SiteUrls.Article(day, 1, 12),
            SiteUrls.PagePdf(day, 2), SiteUrls.PageImage(day, 2, "photo", "0123456789abcdef", 640), SiteUrls.ArchiveYear(2025),
            SiteUrls.ListingIndex(SiteUrls.SectionFolder("yaowen")), SiteUrls.ListingPage(SiteUrls.PersonFolder("言成声"), 3),
            SiteUrls.ListingFeed(SiteUrls.SectionFolder("yaowen")), SiteUrls.YearSitemap(2025, 2), SiteUrls.YearSitemap(2025, 1),
            SiteUrls.SearchUnitFile(SiteUrls.SearchUnitId(day), 'q', 3), SiteUrls.SearchManifest, SiteUrls.Home,
        ];
        foreach (var path in made) Assert.Equal(path, SiteUrls.Recognise(path));
        Assert.Equal("2025-08-04/q3", SiteUrls.SearchKey(made[12]));
    }

    public void Dispose() => Directory.Delete(output, recursive: true);
}
