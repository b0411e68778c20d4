using Microsoft.Playwright;
using Site.Browser.Tests.Support;
using Site.Testing;
using Site.Publishing.Pipeline;
using static Microsoft.Playwright.Assertions;

namespace Site.Browser.Tests;

/// <summary>A section long enough to be paginated (the sample's are not): its index and numbered pages
/// pass axe and the Nu Html Checker, and a reader walks from the newest to the oldest and back.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PaginatedListingTests(BrowserSite site) : IDisposable
{
    private readonly string root = Build();

    /// <summary>Nine editions of seed 000 under one page name: 63 articles, an index and pages 1 and 2.</summary>
    private static string Build()
    {
        var root = Directory.CreateTempSubdirectory("site-paginated-").FullName;
        var input = Path.Combine(root, "input");
        Directory.CreateDirectory(input);
        File.WriteAllText(Path.Combine(input, "site.yml"), "title: 嘉兴日报·平湖版\nsections:\n  要闻: yaowen\n");
        var seed = File.ReadAllText(Path.Combine(Repo.Root, "seeds", "000_09c8361cd52e4d86.txt"));
        for (var day = 1; day <= 9; day++)
        {
            var folder = Path.Combine(input, "issues", $"2022-08-{day:00}");
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, "01.txt"), seed);
            File.WriteAllText(Path.Combine(folder, "edition.yml"), "pages:\n  1: 要闻\n");
        }
        SiteBuild.Run(new BuildOptions(input, Path.Combine(root, "output"), Path.Combine(Repo.Root, "themes")));
        return root;
    }

    private string Output => Path.Combine(root, "output");

    [BrowserTheory(Need.Chromium | Need.Axe)]
    [InlineData("sections/yaowen/index.html")]
    [InlineData("sections/yaowen/1.html")]
    [InlineData("sections/yaowen/2.html")]
    public async Task A_listing_page_has_no_accessibility_violations(string path)
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url(path, Output));
        var violations = await Axe.ViolationsAsync(page);
        Assert.True(violations.Count == 0, $"{path}: {violations.Count} violations\n" + string.Join("\n", violations));
    }

    [BrowserFact(Need.Vnu)]
    public void Listing_pages_are_valid_html() =>
        Assert.Empty(Vnu.Errors(Output, ["sections/yaowen/index.html", "sections/yaowen/1.html", "sections/yaowen/2.html"]));

    [BrowserFact]
    public async Task A_reader_goes_from_the_newest_to_the_oldest_and_back()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url("sections/yaowen/index.html", Output));
        await Expect(page.Locator(".intro")).ToContainTextAsync("共 63 篇");
        await page.Locator(".pager a", new() { HasTextString = "更早" }).ClickAsync();
        Assert.Equal("sections/yaowen/1.html", site.PathOf(page.Url, Output));
        await Expect(page.Locator("h1")).ToHaveTextAsync("要闻（第1页）");
        await Expect(page.Locator(".article-list > li")).ToHaveCountAsync(50);
        await page.Locator(".pager a[rel=next]").ClickAsync();
        Assert.Equal("sections/yaowen/2.html", site.PathOf(page.Url, Output));
        await Expect(page.Locator(".article-list > li")).ToHaveCountAsync(13);
        await page.Locator(".pager a", new() { HasTextString = "最新" }).ClickAsync();
        Assert.Equal("sections/yaowen/index.html", site.PathOf(page.Url, Output));
    }

    public void Dispose() => Directory.Delete(root, recursive: true);
}
