using Microsoft.Playwright;
using Site.Browser.Tests.Support;
using Site.Display;
using Site.Testing;
using Site.Publishing.Pipeline;
using Site.Serve;
using static Microsoft.Playwright.Assertions;

namespace Site.Browser.Tests;

/// <summary>`serve` as a maintainer uses it: a page open in the browser reloads itself when a change to
/// the theme has been rebuilt, and shows the change.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LiveReloadTests(BrowserSite site)
{
    /// <summary>A rebuild of the sample takes about a second; the machine may be busy.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [BrowserFact]
    public async Task An_open_page_reloads_after_a_theme_change_is_rebuilt_and_shows_it()
    {
        var root = Directory.CreateTempSubdirectory("site-reload-").FullName;
        try
        {
            Folders.Copy(Path.Combine(Repo.Root, "input"), Path.Combine(root, "input"));
            Folders.Copy(Path.Combine(Repo.Root, "themes"), Path.Combine(root, "themes"));
            var log = TextWriter.Synchronized(new StringWriter());
            await using var session = await ServeSession.StartAsync(
                new BuildOptions(Path.Combine(root, "input"), Path.Combine(root, "output"), Path.Combine(root, "themes"),
                    CacheFolder: Path.Combine(root, "cache")),
                port: 0, new PlainDisplay(log, log), log);

            var page = await site.NewPageAsync();
            // The event stream answers at once (": connected"), so its response means the page listens.
            var listening = page.WaitForResponseAsync(r => r.Url.EndsWith(ReloadScript.Endpoint, StringComparison.Ordinal),
                new() { Timeout = (float)Patience.TotalMilliseconds });
            await page.GotoAsync(new Uri(session.Url, "2025/08/04/01/index.html").AbsoluteUri);
            await listening;
            await Expect(page.Locator(".site-footer")).ToHaveTextAsync("嘉兴日报·平湖版 · 数字报");

            var layout = Path.Combine(root, "themes", "default", "layouts", "base.html");
            File.WriteAllText(layout, File.ReadAllText(layout).Replace(" · 数字报</p>", " · 数字报 · 今日更新</p>", StringComparison.Ordinal));

            await Expect(page.Locator(".site-footer")).ToHaveTextAsync("嘉兴日报·平湖版 · 数字报 · 今日更新",
                new() { Timeout = (float)Patience.TotalMilliseconds });
            Assert.EndsWith("2025/08/04/01/index.html", page.Url, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
