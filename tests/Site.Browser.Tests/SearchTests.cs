using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Site.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Site.Browser.Tests;

/// <summary>Offline search as a reader of a mirror uses it: the built site copied to another folder, opened
/// from file://, a query typed and submitted. The search page's DOM contract: search/index.html holds
/// form[role=search] with input#q (type=search, name=q), p#search-status, and ol#results whose items hold a
/// link to the article, its date and page, and a snippet with mark elements.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchTests(BrowserSite site) : IDisposable
{
    private const string SearchPage = "search/index.html";

    private readonly string mirror = CopyOf(site.Output);

    private static string CopyOf(string from)
    {
        var to = Directory.CreateTempSubdirectory("site-mirror-").FullName;
        Folders.Copy(from, to);
        return to;
    }

    public void Dispose() => Directory.Delete(mirror, recursive: true);

    private async Task<IPage> SearchAsync(string query)
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url(SearchPage, mirror));
        var form = page.GetByRole(AriaRole.Search);
        await Expect(form).ToHaveAttributeAsync("action", "index.html");
        await form.Locator("input#q[type=search][name=q]").FillAsync(query);
        await form.Locator("input#q").PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex("/search/index\\.html\\?q="));
        await Expect(page.Locator("#search-status")).Not.ToBeEmptyAsync();
        return page;
    }

    [BrowserFact]
    public async Task A_headline_word_finds_articles_and_the_first_result_opens_one()
    {
        var page = await SearchAsync("平湖");
        var results = page.Locator("#results > li");
        await Expect(results.First).ToBeVisibleAsync();
        await Expect(results.First.Locator("mark").First).ToHaveTextAsync("平湖");
        await Expect(results.First).ToContainTextAsync(new Regex(@"\d{4}年\d{1,2}月\d{1,2}日"));
        Assert.True(await results.CountAsync() > 1, "平湖 is in many articles of the sample site");

        await results.First.Locator("a").First.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/\d{4}/\d{2}/\d{2}/\d{2}/\d{2}\.html$"));
        Assert.StartsWith(new Uri(mirror + "/").AbsoluteUri, page.Url, StringComparison.Ordinal);
        await Expect(page.Locator("article.article")).ToContainTextAsync("平湖");
    }

    [BrowserFact]
    public async Task The_search_box_in_an_articles_header_asks_the_search_page_and_every_result_is_a_heading_holding_its_link()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url("2025/08/04/01/03.html", mirror));
        var box = page.GetByRole(AriaRole.Search, new() { Name = "站内搜索" });
        await box.GetByRole(AriaRole.Searchbox).FillAsync("跨境电商");
        await box.GetByRole(AriaRole.Button, new() { Name = "搜索" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/search/index\\.html\\?q="));
        var results = page.Locator("#results > li");
        await Expect(results.First).ToBeVisibleAsync();
        await Expect(page.Locator("input#q")).ToHaveValueAsync("跨境电商");
        var count = await results.CountAsync();
        Assert.Equal(count, await page.Locator("#results > li > h2 > a.headline").CountAsync());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2, Name = "我市加力推动跨境电商高质量发展" })).ToBeVisibleAsync();
    }

    [BrowserFact]
    public async Task A_quoted_phrase_matches_only_those_words_in_that_order()
    {
        var word = await SearchAsync("平湖");
        await Expect(word.Locator("#results > li").First).ToBeVisibleAsync();
        var withWord = await word.Locator("#results > li").CountAsync();

        var phrase = await SearchAsync("\"平湖乡村\"");
        var found = phrase.Locator("#results > li");
        await Expect(found.Filter(new() { HasTextString = "百名师生入驻平湖乡村" })).ToHaveCountAsync(1);
        Assert.True(await found.CountAsync() < withWord, "the phrase narrows the search for one of its words");
        var marks = await phrase.Locator("#results mark").AllTextContentsAsync();
        Assert.NotEmpty(marks);
        Assert.All(marks, mark => Assert.Contains(mark, "平湖乡村", StringComparison.Ordinal));

        // Both words stand in that article, but never in this order.
        var reversed = await SearchAsync("\"乡村平湖\"");
        await Expect(reversed.Locator("#results > li")).ToHaveCountAsync(0);
    }

    [BrowserFact(Need.Chromium | Need.Axe)]
    public async Task The_search_page_with_results_has_no_accessibility_violations()
    {
        var page = await SearchAsync("平湖");
        await Expect(page.Locator("#results > li").First).ToBeVisibleAsync();
        var violations = await Axe.ViolationsAsync(page);
        Assert.True(violations.Count == 0, $"{SearchPage}: {violations.Count} violations\n" + string.Join("\n", violations));
    }

    [BrowserFact(Need.Vnu)]
    public void The_search_page_is_valid_html()
    {
        var errors = Vnu.Errors(site.Output, [SearchPage]);
        Assert.True(errors.Count == 0, $"{errors.Count} errors\n" + string.Join("\n", errors));
    }
}
