using Microsoft.Playwright;
using Site.Browser.Tests.Support;
using Site.Testing;
using Site.Publishing.Pipeline;
using static Microsoft.Playwright.Assertions;

namespace Site.Browser.Tests;

/// <summary>A reader's ways through the sample newspaper, clicking the links a person would click, in a real
/// browser, from file://.</summary>
[Collection(BrowserCollection.Name)]
public class ReaderJourneyTests(BrowserSite site)
{
    private static ILocator Link(IPage page, string name) =>
        page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true });

    private Task ArriveAt(IPage page, string path) => Expect(page).ToHaveURLAsync(site.Url(path));

    private static Task Heading(IPage page, string text) =>
        Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(text);

    [BrowserFact]
    public async Task From_the_home_page_to_a_page_and_an_article_and_back_by_the_breadcrumbs()
    {
        var page = await site.NewPageAsync("index.html");
        await Expect(page).ToHaveTitleAsync("嘉兴日报·平湖版");
        await Expect(page.Locator(".masthead time")).ToHaveAttributeAsync("datetime", "2025-08-04");

        await Link(page, "第01版：要闻").ClickAsync();
        await ArriveAt(page, "2025/08/04/01/index.html");
        await Heading(page, "第01版：要闻");
        // 第01版 is said once on its page: by the heading, not again by the breadcrumbs or a tab.
        await Expect(page.GetByText("第01版：要闻", new() { Exact = true })).ToHaveCountAsync(1);

        await Link(page, "我市加力推动跨境电商高质量发展").ClickAsync();
        await ArriveAt(page, "2025/08/04/01/03.html");
        await Heading(page, "我市加力推动跨境电商高质量发展");
        await Expect(page.Locator(".article hgroup .kicker")).ToHaveTextAsync("到2027年，实现30亿元以上出口规模");
        await Expect(page.Locator(".article-body p").First).ToContainTextAsync("《平湖市加力推动跨境电商高质量发展实施方案》出台");

        var crumbs = page.GetByRole(AriaRole.Navigation, new() { Name = "位置" });
        await Expect(crumbs.GetByRole(AriaRole.Listitem)).ToHaveTextAsync(["首页", "2025年8月4日", "第01版：要闻", "我市加力推动跨境电商高质量发展"]);
        await Expect(crumbs.Locator("[aria-current=page]")).ToHaveTextAsync("我市加力推动跨境电商高质量发展");

        await crumbs.GetByRole(AriaRole.Link, new() { Name = "第01版：要闻" }).ClickAsync();
        await ArriveAt(page, "2025/08/04/01/index.html");
        await page.GoBackAsync();
        await crumbs.GetByRole(AriaRole.Link, new() { Name = "2025年8月4日" }).ClickAsync();
        await ArriveAt(page, "2025/08/04/index.html");
        await Expect(page.Locator(".masthead time")).ToHaveTextAsync("2025年8月4日");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "位置" }).GetByRole(AriaRole.Link, new() { Name = "首页" }).ClickAsync();
        await ArriveAt(page, "index.html");
    }

    [BrowserFact]
    public async Task Previous_and_next_lead_through_the_articles_of_a_page_and_stop_at_its_ends()
    {
        var page = await site.NewPageAsync("2025/08/04/01/01.html");
        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "上下篇" });
        await Expect(nav.Locator("a[rel=prev]")).ToHaveCountAsync(0);

        string[] headlines = ["创新突破 六千争先 勇夺“全年红”决胜“十四五”", "百名师生入驻平湖乡村", "我市加力推动跨境电商高质量发展", "重“棒”出击", "跑出“加速度” 拼抢下半场"];
        await Heading(page, headlines[0]);
        for (var i = 1; i < headlines.Length; i++)
        {
            await Expect(nav.Locator("a[rel=next]")).ToContainTextAsync(headlines[i]);
            await nav.Locator("a[rel=next]").ClickAsync();
            await ArriveAt(page, $"2025/08/04/01/{i + 1:00}.html");
            await Heading(page, headlines[i]);
        }
        await Expect(nav.Locator("a[rel=next]")).ToHaveCountAsync(0);

        await nav.Locator("a[rel=prev]").ClickAsync();
        await ArriveAt(page, "2025/08/04/01/04.html");
        await Heading(page, headlines[3]);
    }

    [BrowserFact]
    public async Task Previous_and_next_lead_from_page_to_page_and_articles_continue_onto_the_next_page()
    {
        // The sample's editions have one page each: this copy of it gives 2025-08-04 a second page (综合).
        var root = Directory.CreateTempSubdirectory("site-two-pages-").FullName;
        try
        {
            var input = Path.Combine(root, "input");
            Folders.Copy(Path.Combine(Repo.Root, "input"), input);
            var edition = Path.Combine(input, "issues", "2025-08-04");
            File.Copy(Path.Combine(edition, "01.txt"), Path.Combine(edition, "02.txt"));
            File.WriteAllText(Path.Combine(edition, "edition.yml"), "pages:\n  1: 要闻\n  2: 综合\n");
            var output = Path.Combine(root, "output");
            SiteBuild.Run(new BuildOptions(input, output, Path.Combine(Repo.Root, "themes")));

            var page = await site.NewPageAsync();
            await page.GotoAsync(site.Url("2025/08/04/01/index.html", output));
            var pages = page.GetByRole(AriaRole.Navigation, new() { Name = "上下版" });
            await Expect(pages.Locator("a[rel=prev]")).ToHaveCountAsync(0);
            await pages.Locator("a[rel=next]").ClickAsync();
            await Expect(page).ToHaveURLAsync(site.Url("2025/08/04/02/index.html", output));
            await Heading(page, "第02版：综合");
            await Expect(pages.Locator("a[rel=next]")).ToHaveCountAsync(0);

            await page.GetByRole(AriaRole.Navigation, new() { Name = "其他版面" }).GetByRole(AriaRole.Link, new() { Name = "第01版：要闻" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(site.Url("2025/08/04/01/index.html", output));

            await page.GotoAsync(site.Url("2025/08/04/01/05.html", output));
            await page.GetByRole(AriaRole.Navigation, new() { Name = "上下篇" }).Locator("a[rel=next]").ClickAsync();
            await Expect(page).ToHaveURLAsync(site.Url("2025/08/04/02/01.html", output));
            await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "位置" })).ToContainTextAsync("第02版：综合");
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [BrowserFact]
    public async Task Previous_and_next_lead_from_edition_to_edition_by_date()
    {
        var page = await site.NewPageAsync("2025/08/04/index.html");
        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "上下期" });
        string[] dates = ["2025-08-04", "2024-08-22", "2023-06-21", "2022-08-22", "2022-07-20", "2022-07-19"];
        await Expect(nav.Locator("a[rel=next]")).ToHaveCountAsync(0);
        foreach (var date in dates.Skip(1))
        {
            await nav.Locator("a[rel=prev]").ClickAsync();
            await ArriveAt(page, date.Replace('-', '/') + "/index.html");
            await Expect(page.Locator(".masthead time")).ToHaveAttributeAsync("datetime", date);
        }
        await Expect(nav.Locator("a[rel=prev]")).ToHaveCountAsync(0);
        await nav.Locator("a[rel=next]").ClickAsync();
        await ArriveAt(page, "2022/07/20/index.html");
    }

    [BrowserFact]
    public async Task The_archive_calendar_leads_to_an_edition()
    {
        var page = await site.NewPageAsync("index.html");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "站点导航" }).GetByRole(AriaRole.Link, new() { Name = "往期" }).ClickAsync();
        await ArriveAt(page, "archive/index.html");
        await Heading(page, "往期");
        await Expect(page.Locator(".years > li")).ToHaveCountAsync(4);
        await Expect(page.Locator(".years > li").Last.Locator(".year-months a")).ToHaveTextAsync(["8月", "7月"]);

        await page.Locator(".years > li").Last.GetByRole(AriaRole.Link, new() { Name = "7月", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(site.Url("archive/2022/index.html") + "#m07");
        await page.GoBackAsync();
        await Link(page, "2022年").ClickAsync();
        await ArriveAt(page, "archive/2022/index.html");
        await Heading(page, "2022年");
        var july = page.Locator("table.calendar").Filter(new() { Has = page.Locator("caption", new() { HasTextString = "7月" }) });
        await Expect(july.Locator("td.has-edition")).ToHaveTextAsync(["19", "20"]);

        await july.GetByRole(AriaRole.Link, new() { Name = "2022年7月20日" }).ClickAsync();
        await ArriveAt(page, "2022/07/20/index.html");
        await Expect(page.Locator(".masthead time")).ToHaveAttributeAsync("datetime", "2022-07-20");
        await Expect(page.Locator(".page-entry h2")).Not.ToHaveCountAsync(0);
    }

    [BrowserFact]
    public async Task An_article_leads_to_its_section_and_to_its_reporter_and_they_lead_back()
    {
        var page = await site.NewPageAsync("2025/08/04/01/03.html");
        await page.Locator(".article-footer").GetByRole(AriaRole.Link, new() { Name = "要闻", Exact = true }).ClickAsync();
        await ArriveAt(page, "sections/yaowen/index.html");
        await Heading(page, "要闻");
        await Expect(Link(page, "我市加力推动跨境电商高质量发展")).ToBeVisibleAsync();

        await page.GoBackAsync();
        await page.Locator(".credits").GetByRole(AriaRole.Link, new() { Name = "林旭东" }).ClickAsync();
        Assert.Matches(@"^people/p[0-9a-f]{10}/index\.html$", site.PathOf(page.Url));
        await Heading(page, "林旭东");
        await Link(page, "我市加力推动跨境电商高质量发展").ClickAsync();
        await ArriveAt(page, "2025/08/04/01/03.html");
    }

    [BrowserFact]
    public async Task The_directories_of_sections_and_people_lead_to_their_indexes()
    {
        var page = await site.NewPageAsync("index.html");
        var siteNav = page.GetByRole(AriaRole.Navigation, new() { Name = "站点导航" });
        await siteNav.GetByRole(AriaRole.Link, new() { Name = "栏目" }).ClickAsync();
        await ArriveAt(page, "sections/index.html");
        await Heading(page, "栏目");
        await Link(page, "评论").ClickAsync();
        await ArriveAt(page, "sections/commentary/index.html");
        await Expect(page.Locator(".listing .article-link").First).ToContainTextAsync("评论");

        await siteNav.GetByRole(AriaRole.Link, new() { Name = "人物" }).ClickAsync();
        await ArriveAt(page, "people/index.html");
        await Heading(page, "人物");
        await Link(page, "胡佳英").ClickAsync();
        await Heading(page, "胡佳英");
        await Expect(Link(page, "创新突破 六千争先 勇夺“全年红”决胜“十四五”")).ToBeVisibleAsync();
    }

    [BrowserFact]
    public async Task The_not_found_page_leads_to_the_latest_edition()
    {
        var page = await site.NewPageAsync("404.html");
        await Heading(page, "页面不存在");
        await page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "最新一期" }).ClickAsync();
        await ArriveAt(page, "index.html");
    }

    [BrowserFact]
    public async Task Printing_an_article_keeps_its_text_and_drops_the_site_around_it()
    {
        var page = await site.NewPageAsync("2025/08/04/01/03.html");
        await Expect(page.Locator(".site-header")).ToBeVisibleAsync();

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        foreach (var chrome in new[] { ".site-header", ".breadcrumbs", ".prev-next" })
            await Expect(page.Locator(chrome)).ToBeHiddenAsync();
        // The printed page still says which paper it is from.
        await Expect(page.Locator(".site-footer")).ToContainTextAsync("嘉兴日报·平湖版");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator(".article-body p").Last).ToBeVisibleAsync();
        await Expect(page.Locator(".article-body")).ToContainTextAsync("有效期至2027年12月31日");
        Assert.Equal("rgb(0, 0, 0)", await page.Locator(".article-body p").First.EvaluateAsync<string>("p => getComputedStyle(p).color"));

        var pdf = await page.PdfAsync(new() { Format = "A4" });
        Assert.True(pdf.Length > 10_000, $"the PDF has only {pdf.Length} bytes");
        Assert.Equal("%PDF-"u8.ToArray(), pdf[..5]);
    }
}
