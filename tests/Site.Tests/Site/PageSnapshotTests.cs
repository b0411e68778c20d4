using Site.Testing;

namespace Site.Tests.Site;

/// <summary>Every page kind of the sample site, as approved by a person who looked at it in a browser.
/// A change to a template or to the data behind it shows up here as a diff to review.</summary>
[Trait("Speed", "Slow")]
public class PageSnapshotTests(SampleSite site) : IClassFixture<SampleSite>
{
    [Theory]
    [InlineData("Home", "index.html")]
    [InlineData("Edition", "2023/06/21/index.html")]
    [InlineData("Page", "2024/08/22/01/index.html")]
    [InlineData("Article_news_with_kicker", "2025/08/04/01/01.html")]
    [InlineData("Article_commentary_cut_off", "2023/06/21/01/06.html")]
    [InlineData("Article_photo", "2022/08/22/01/05.html")]
    [InlineData("Article_with_caption_and_bare_bylines", "2022/07/20/01/02.html")]
    [InlineData("Article_feature_with_section_numbers", "2024/08/22/01/05.html")]
    [InlineData("Section", "sections/yaowen/index.html")]
    [InlineData("Kind_listing", "sections/commentary/index.html")]
    [InlineData("Sections_directory", "sections/index.html")]
    [InlineData("People_directory", "people/index.html")]
    [InlineData("Archive", "archive/index.html")]
    [InlineData("Archive_year", "archive/2022/index.html")]
    [InlineData("Not_found", "404.html")]
    [InlineData("Search", "search/index.html")]
    public void A_page_kind_renders_as_approved(string name, string path) =>
        Snapshot.Verify(site.Read(path), "html", name);

    [Fact]
    public void A_person_page_lists_their_articles_with_their_role()
    {
        var person = site.Files().Single(f => f.StartsWith("people/p", StringComparison.Ordinal) && site.Read(f).Contains("<h1>胡佳英</h1>", StringComparison.Ordinal));
        Snapshot.Verify(site.Read(person), "html", "Person");
    }

    [Fact]
    public void The_stylesheet_is_published()
    {
        Assert.Contains("text-indent: 2em", site.Read("assets/site.css"), StringComparison.Ordinal);
        Assert.Contains("@media print", site.Read("assets/site.css"), StringComparison.Ordinal);
    }
}
