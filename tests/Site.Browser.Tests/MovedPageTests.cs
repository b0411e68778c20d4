using Microsoft.Playwright;
using Site.Browser.Tests.Support;
using Site.Testing;
using Site.Publishing.Pipeline;

namespace Site.Browser.Tests;

/// <summary>The page a correction leaves at a published article's URL (the article merged into another, or
/// dropped): laid out like the rest of the site on a phone and a desktop, valid, accessible light and dark,
/// and one click from where the text went. The sample has no corrections, so a copy of it gets two.</summary>
[Collection(BrowserCollection.Name)]
public sealed class MovedPageTests(BrowserSite site) : IDisposable
{
    private const string Merged = "2025/08/04/01/04.html";
    private const string Dropped = "2025/08/04/01/05.html";

    private readonly string root = Build();

    private static string Build()
    {
        var root = Directory.CreateTempSubdirectory("site-moved-").FullName;
        var input = Path.Combine(root, "input");
        Folders.Copy(Path.Combine(Repo.Root, "input"), input);
        File.AppendAllText(Path.Combine(input, "issues", "2025-08-04", "edition.yml"), """
            overrides:
              - page: 1
                headline: 我市加力推动跨境电商高质量发展
                merge: next
              - page: 1
                headline: 跑出“加速度” 拼抢下半场
                drop: true
            """ + "\n");
        SiteBuild.Run(new BuildOptions(input, Path.Combine(root, "output"), Path.Combine(Repo.Root, "themes")));
        return root;
    }

    private string Output => Path.Combine(root, "output");

    public static TheoryData<string, int> Rows()
    {
        var rows = new TheoryData<string, int>();
        foreach (var path in new[] { Merged, Dropped })
            foreach (var width in Layout.Widths) rows.Add(path, width);
        return rows;
    }

    [BrowserTheory]
    [MemberData(nameof(Rows))]
    public async Task A_moved_page_is_laid_out_like_the_site(string path, int width)
    {
        var page = await site.NewPageAsync();
        await page.SetViewportSizeAsync(Layout.Viewport(width).Width, Layout.Viewport(width).Height);
        await page.GotoAsync(site.Url(path, Output));
        Directory.CreateDirectory(LayoutTests.Shots);
        await page.ScreenshotAsync(new() { Path = Path.Combine(LayoutTests.Shots, $"moved-{Path.GetFileNameWithoutExtension(path)}-{width}-light.png") });
        var problems = await Layout.ProblemsAsync(page, width == Layout.Desktop);
        Assert.True(problems.Count == 0, $"{path} at {width} px:\n" + string.Join("\n", problems));
        Assert.Empty(await Layout.LonelyCharactersAsync(page));
    }

    [BrowserTheory(Need.Chromium | Need.Axe)]
    [InlineData(Merged, ColorScheme.Light)]
    [InlineData(Merged, ColorScheme.Dark)]
    [InlineData(Dropped, ColorScheme.Light)]
    [InlineData(Dropped, ColorScheme.Dark)]
    public async Task A_moved_page_has_no_accessibility_violations(string path, ColorScheme scheme)
    {
        var page = await site.NewPageAsync();
        await page.EmulateMediaAsync(new() { ColorScheme = scheme });
        await page.GotoAsync(site.Url(path, Output));
        var violations = await Axe.ViolationsAsync(page);
        Assert.True(violations.Count == 0, $"{path} ({scheme}): {violations.Count} violations\n" + string.Join("\n", violations));
    }

    [BrowserFact(Need.Vnu)]
    public void Moved_pages_are_valid_html() => Assert.Empty(Vnu.Errors(Output, [Merged, Dropped]));

    [BrowserFact]
    public async Task A_reader_following_an_old_link_reaches_the_text_in_one_click()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url(Merged, Output));
        await page.Locator(".moved-to a").ClickAsync();
        Assert.Equal("2025/08/04/01/03.html", site.PathOf(page.Url, Output));
        await Assertions.Expect(page.Locator(".article-body")).ToContainTextAsync("2025年全国青少年棒球锦标赛");

        await page.GotoAsync(site.Url(Dropped, Output));
        await page.Locator(".moved-to a").ClickAsync();
        Assert.Equal("2025/08/04/01/index.html", site.PathOf(page.Url, Output));
    }

    public void Dispose() => Directory.Delete(root, recursive: true);
}
