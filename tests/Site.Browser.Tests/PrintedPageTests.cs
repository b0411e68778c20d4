using Microsoft.Playwright;
using Site.Browser.Tests.Support;
using Site.Publishing.Imaging;
using Site.Testing;

namespace Site.Browser.Tests;

/// <summary>An edition whose page 1 came as a PDF (the hand-made model of <see cref="PrintedFixture"/>, drawn by
/// pdftoppm), built once into a folder of its own and opened from file://.</summary>
public sealed class PrintedSite : IDisposable
{
    public string Output { get; } = Directory.CreateTempSubdirectory("site-printed-").FullName;

    private readonly Lazy<bool> built;

    public PrintedSite() => built = new(() =>
    {
        Tools.Here.Require(Need.Pdftoppm);
        PrintedFixture.Build(Output, new PageImaging(Pdftoppm.Find(), new RenderedImageStore(null)));
        return true;
    });

    /// <summary>The folder, built on first use (a machine without pdftoppm skips the tests before that).</summary>
    public string Root => built.Value ? Output : Output;

    public void Dispose() => Directory.Delete(Output, recursive: true);
}

/// <summary>The 版 view of a PDF page as a reader uses it: the page image with one link over each article's
/// area, the headline list beside it (below it on a phone), a click through to the article and back by its
/// thumbnail; accessible and valid like every other page kind.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PrintedPageTests(BrowserSite site, PrintedSite printed) : IClassFixture<PrintedSite>
{
    private const string PageView = "2025/08/04/01/index.html";
    private const string PhotoArticle = "2025/08/04/01/03.html";
    private const Need Needs = Need.Chromium | Need.Pdftoppm;

    private async Task<IPage> OpenAsync(string path, int width, ColorScheme scheme = ColorScheme.Light)
    {
        var page = await site.NewPageAsync();
        await page.SetViewportSizeAsync(Layout.Viewport(width).Width, Layout.Viewport(width).Height);
        await page.EmulateMediaAsync(new() { ColorScheme = scheme });
        await page.GotoAsync(site.Url(path, printed.Root));
        // Every image drawn, so boxes are measured against the laid-out page.
        await BrowserSite.EvaluateAsync<bool>(page, "() => Promise.all([...document.images].map(i => i.decode().catch(() => {}))).then(() => true)");
        return page;
    }

    public static TheoryData<int> Widths => [Layout.Phone, Layout.Desktop];

    [BrowserTheory(Needs)]
    [MemberData(nameof(Widths))]
    public async Task Every_article_is_one_link_whose_area_lies_over_the_page_image(int width)
    {
        var page = await OpenAsync(PageView, width);
        var image = (await page.Locator(".page-map img").BoundingBoxAsync())!;
        Assert.True(image.Width > width * 0.8 || width == Layout.Desktop, $"the page image is {image.Width} px wide on a {width} px screen");
        var areas = page.Locator("a.page-area");
        Assert.Equal(4, await areas.CountAsync());
        var names = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            var area = areas.Nth(i);
            names.Add((await area.InnerTextAsync()).Trim());
            var boxes = area.Locator(".page-area-box");
            Assert.True(await boxes.CountAsync() > 0);
            for (var b = 0; b < await boxes.CountAsync(); b++)
            {
                var box = (await boxes.Nth(b).BoundingBoxAsync())!;
                Assert.True(box.Width > 10 && box.Height > 10, $"area {i} box {b} is {box.Width}×{box.Height}");
                Assert.True(box.X >= image.X - 1 && box.Y >= image.Y - 1 && box.X + box.Width <= image.X + image.Width + 1
                    && box.Y + box.Height <= image.Y + image.Height + 1, $"area {i} box {b} lies outside the image");
            }
        }
        Assert.Equal(["全市夏粮收购进度过半", "老街焕新颜", "东湖荷花盛开", "社区开设暑托班"], names);
        // The first article's box stands where the page prints it: (20, 70) points of 420 × 594.
        var first = (await areas.First.Locator(".page-area-box").BoundingBoxAsync())!;
        Assert.InRange((first.X - image.X) / image.Width, 20 / 420.0 - 0.01, 20 / 420.0 + 0.01);
        Assert.InRange((first.Y - image.Y) / image.Height, 70 / 594.0 - 0.01, 70 / 594.0 + 0.01);
        Assert.Equal(1, await page.GetByRole(AriaRole.Link, new() { Name = "下载本版 PDF" }).CountAsync());
    }

    [BrowserTheory(Needs)]
    [MemberData(nameof(Widths))]
    public async Task The_headline_list_stands_beside_the_image_on_a_desktop_and_below_it_on_a_phone(int width)
    {
        var page = await OpenAsync(PageView, width);
        var image = (await page.Locator(".page-image").BoundingBoxAsync())!;
        var list = (await page.Locator(".page-side").BoundingBoxAsync())!;
        if (width == Layout.Desktop) Assert.True(list.X >= image.X + image.Width, $"list at x {list.X}, image ends at {image.X + image.Width}");
        else Assert.True(list.Y >= image.Y + image.Height, $"list at y {list.Y}, image ends at {image.Y + image.Height}");
        var problems = await Layout.ProblemsAsync(page, width == Layout.Desktop);
        Directory.CreateDirectory(LayoutTests.Shots);
        await page.ScreenshotAsync(new() { Path = Path.Combine(LayoutTests.Shots, $"pdf-page-{width}-light.png"), FullPage = true });
        await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Dark });
        await page.ScreenshotAsync(new() { Path = Path.Combine(LayoutTests.Shots, $"pdf-page-{width}-dark.png"), FullPage = true });
        Assert.True(problems.Count == 0, $"at {width} px:\n" + string.Join("\n", problems));
    }

    [BrowserFact(Needs)]
    public async Task An_area_is_outlined_on_hover_and_on_keyboard_focus()
    {
        var page = await OpenAsync(PageView, Layout.Desktop);
        var box = page.Locator("a.page-area").Nth(1).Locator(".page-area-box").First;
        const string outline = "e => getComputedStyle(e).outlineStyle";
        Assert.Equal("none", await box.EvaluateAsync<string>(outline));
        await box.HoverAsync();
        Assert.Equal("solid", await box.EvaluateAsync<string>(outline));
        Directory.CreateDirectory(LayoutTests.Shots);
        await page.Locator(".page-map").ScreenshotAsync(new() { Path = Path.Combine(LayoutTests.Shots, "pdf-page-hover-1366-light.png") });
        await page.Mouse.MoveAsync(0, 0);
        await page.Locator("a.page-area").Nth(3).FocusAsync();
        Assert.Equal("solid", await page.Locator("a.page-area").Nth(3).Locator(".page-area-box").First.EvaluateAsync<string>(outline));
        await page.Locator(".page-map").ScreenshotAsync(new() { Path = Path.Combine(LayoutTests.Shots, "pdf-page-focus-1366-light.png") });
    }

    [BrowserTheory(Needs)]
    [MemberData(nameof(Widths))]
    public async Task A_click_on_an_area_opens_its_article_and_its_thumbnail_leads_back(int width)
    {
        var page = await OpenAsync(PageView, width);
        await page.Locator("a.page-area").Nth(1).Locator(".page-area-box").Nth(1).ClickAsync();
        Assert.EndsWith("2025/08/04/01/02.html", page.Url);
        Assert.Equal("老街焕新颜", (await page.Locator("h1").InnerTextAsync()).Trim());
        var thumbnail = page.Locator("a.page-thumb");
        Assert.Equal(2, await thumbnail.Locator(".page-thumb-mark").CountAsync());
        Directory.CreateDirectory(LayoutTests.Shots);
        await page.ScreenshotAsync(new() { Path = Path.Combine(LayoutTests.Shots, $"pdf-article-{width}-light.png"), FullPage = true });
        await thumbnail.ClickAsync();
        Assert.EndsWith(PageView, page.Url);
    }

    [BrowserTheory(Needs)]
    [MemberData(nameof(Widths))]
    public async Task A_photo_article_shows_its_photo_cut_from_the_page_with_its_caption(int width)
    {
        var page = await OpenAsync(PhotoArticle, width);
        var photo = page.Locator("figure.photo img");
        Assert.StartsWith("8月3日，游客在东湖景区观赏荷花。", await photo.GetAttributeAsync("alt"));
        Assert.Matches(@"/photo-[0-9a-f]{16}-(640|1280)\.jpg$", await photo.EvaluateAsync<string>("i => i.currentSrc"));
        var shown = await photo.EvaluateAsync<double[]>("i => [i.getBoundingClientRect().width, i.getBoundingClientRect().height]");
        Assert.True(shown[0] <= width && shown[1] > 100, $"the photo is {shown[0]}×{shown[1]} px on a {width} px screen");
        Assert.Contains("游客在东湖景区观赏荷花", await page.Locator("figure.photo figcaption").InnerTextAsync());
        Directory.CreateDirectory(LayoutTests.Shots);
        await page.ScreenshotAsync(new() { Path = Path.Combine(LayoutTests.Shots, $"pdf-photo-article-{width}-light.png"), FullPage = true });
        Assert.Empty(await Layout.ProblemsAsync(page, width == Layout.Desktop));
    }

    [BrowserFact(Needs | Need.Axe)]
    public async Task The_pdf_page_and_its_articles_have_no_accessibility_violations_light_and_dark()
    {
        foreach (var path in new[] { PageView, PhotoArticle, "2025/08/04/01/02.html" })
            foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
            {
                var page = await OpenAsync(path, Layout.Desktop, scheme);
                var violations = await Axe.ViolationsAsync(page);
                Assert.True(violations.Count == 0, $"{path}, {scheme}: {violations.Count} violations\n" + string.Join("\n", violations));
            }
    }

    [BrowserFact(Need.Vnu | Need.Pdftoppm)]
    public void The_pdf_page_and_its_articles_are_valid_html()
    {
        var errors = Vnu.Errors(printed.Root, [PageView, PhotoArticle, "2025/08/04/01/02.html", "assets/site.css"]);
        Assert.True(errors.Count == 0, $"{errors.Count} errors\n" + string.Join("\n", errors));
    }
}
