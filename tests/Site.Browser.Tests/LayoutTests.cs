using Microsoft.Playwright;
using Site.Browser.Tests.Support;
using Site.Testing;
using Site.Publishing.Pipeline;
using Site.Publishing.Urls;

namespace Site.Browser.Tests;

/// <summary>Every page kind laid out right on a phone (390 px) and a desktop (1366 px): the header and footer
/// span the viewport, nothing overflows sideways, running text keeps a readable measure, a heading is in the
/// first screen, and no headline leaves a character alone on a line. Checked on computed boxes; a screenshot
/// of each page kind, light and dark, is kept as an artefact to look at (bin/…/layout/), never compared by pixel.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LayoutTests(BrowserSite site)
{
    /// <summary>Where the screenshots go: SITE_LAYOUT_SHOTS, else beside the test assembly.</summary>
    public static readonly string Shots = Environment.GetEnvironmentVariable("SITE_LAYOUT_SHOTS") is { Length: > 0 } dir
        ? dir : Path.Combine(AppContext.BaseDirectory, "layout");

    private static IEnumerable<(string Kind, string Path)> Kinds =>
        [.. PageKinds.All, ("search", SiteUrls.Search), ("search with results", SiteUrls.Search + "?q=" + Uri.EscapeDataString("跨境电商"))];

    public static TheoryData<string, string, int> Rows()
    {
        var rows = new TheoryData<string, string, int>();
        foreach (var (kind, path) in Kinds)
            foreach (var width in Layout.Widths) rows.Add(kind, path, width);
        return rows;
    }

    private async Task<IPage> OpenAsync(string path, int width, string? root = null, ColorScheme scheme = ColorScheme.Light)
    {
        var page = await site.NewPageAsync();
        await page.SetViewportSizeAsync(Layout.Viewport(width).Width, Layout.Viewport(width).Height);
        await page.EmulateMediaAsync(new() { ColorScheme = scheme });
        var (file, query) = path.IndexOf('?') is var q and >= 0 ? (path[..q], path[q..]) : (path, "");
        await page.GotoAsync(site.Url(file, root) + query);
        if (query.Length > 0) await page.Locator("#results li").First.WaitForAsync();
        return page;
    }

    [BrowserTheory]
    [MemberData(nameof(Rows))]
    public async Task A_page_kind_is_laid_out_for_the_screen(string kind, string path, int width)
    {
        var page = await OpenAsync(path, width);
        Directory.CreateDirectory(Shots);
        var name = kind.Replace(' ', '-');
        await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, $"{name}-{width}-light.png") });
        var problems = await Layout.ProblemsAsync(page, width == Layout.Desktop);

        await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Dark });
        await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, $"{name}-{width}-dark.png") });
        Assert.True(problems.Count == 0, $"{kind} ({path}) at {width} px:\n" + string.Join("\n", problems));
    }

    [BrowserTheory]
    [MemberData(nameof(Rows))]
    public async Task No_headline_leaves_a_character_alone_on_a_line(string kind, string path, int width)
    {
        var page = await OpenAsync(path, width);
        var lonely = await Layout.LonelyCharactersAsync(page);
        Assert.True(lonely.Count == 0, $"{kind} ({path}) at {width} px:\n" + string.Join("\n", lonely));
    }

    [BrowserFact]
    public async Task Running_text_is_measured_on_the_pages_that_have_it()
    {
        foreach (var kind in new[] { "article", "section listing", "person" })
        {
            var page = await OpenAsync(PageKinds.All.Single(k => k.Kind == kind).Path, Layout.Desktop);
            Assert.True(await page.Locator(Layout.RunningText).CountAsync() > 0, $"{kind}: no running text to measure");
        }
    }

    /// <summary>The checks see a collision when there is one: a theme whose rules reach the frame (the page
    /// kind's own rule narrowing the body, a component's columns applied to the whole page, as the old
    /// body classes did) fails them on the pages it hits.</summary>
    [BrowserFact]
    public async Task A_theme_rule_that_reaches_the_frame_fails_the_layout_checks()
    {
        var root = Directory.CreateTempSubdirectory("site-collision-").FullName;
        try
        {
            var themes = Path.Combine(root, "themes");
            Folders.Copy(Path.Combine(Repo.Root, "themes"), themes);
            File.AppendAllText(Path.Combine(themes, "default", "assets", "site.css"),
                "\n[data-page-kind=\"article\"] { max-width: 40em; }\n[data-page-kind=\"directory\"] { columns: 12rem; }\n");
            var output = Path.Combine(root, "output");
            SiteBuild.Run(new BuildOptions(Path.Combine(Repo.Root, "input"), output, themes));

            foreach (var kind in new[] { "article", "sections directory", "people directory" })
            {
                var page = await OpenAsync(PageKinds.All.Single(k => k.Kind == kind).Path, Layout.Desktop, output);
                var problems = await Layout.ProblemsAsync(page, desktop: true);
                Assert.True(problems.Any(p => p.StartsWith(".site-header spans", StringComparison.Ordinal)
                        || p.StartsWith(".site-footer spans", StringComparison.Ordinal)),
                    $"{kind}: the colliding rule went unnoticed:\n" + string.Join("\n", problems));
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [BrowserFact]
    public async Task A_headline_that_would_leave_a_character_alone_is_caught()
    {
        var page = await OpenAsync(PageKinds.All.Single(k => k.Kind == "article").Path, Layout.Phone);
        // 16 characters where 15 fit: without balancing the last one stands alone.
        await page.EvaluateAsync("""
            () => {
              const h = document.querySelector('main h1');
              h.style.textWrap = 'wrap';
              h.style.fontSize = '20px';
              h.style.width = '300px';
              h.textContent = '我市加力推动跨境电商高质量发展展';
            }
            """);
        Assert.NotEmpty(await Layout.LonelyCharactersAsync(page));
    }
}
