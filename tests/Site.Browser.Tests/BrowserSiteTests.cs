using Site.Browser.Tests.Support;

namespace Site.Browser.Tests;

/// <summary>The one browser the tests share: a test's trouble with it does not reach the next test.</summary>
[Collection(BrowserCollection.Name)]
public sealed class BrowserSiteTests(BrowserSite site)
{
    [BrowserFact]
    public async Task The_last_tests_page_is_closed_when_the_next_test_opens_one()
    {
        var first = await site.NewPageAsync("index.html");
        var second = await site.NewPageAsync("index.html");
        Assert.True(first.IsClosed);
        Assert.False(second.IsClosed);
    }

    [BrowserFact]
    public async Task A_browser_that_went_away_is_launched_again_for_the_next_page()
    {
        var page = await site.NewPageAsync("index.html");
        await page.Context.Browser!.CloseAsync();
        var next = await site.NewPageAsync("index.html");
        Assert.True(next.Context.Browser!.IsConnected);
        Assert.Contains("嘉兴日报", await next.TitleAsync());
    }

    [BrowserFact]
    public async Task A_script_that_never_ends_fails_instead_of_hanging()
    {
        var page = await site.NewPageAsync("index.html");
        await Assert.ThrowsAsync<TimeoutException>(() =>
            BrowserSite.EvaluateAsync<int>(page, "() => new Promise(() => {})", TimeSpan.FromSeconds(1)));
    }
}
