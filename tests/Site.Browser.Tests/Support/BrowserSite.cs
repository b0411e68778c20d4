using Microsoft.Playwright;
using Site.Parsing.Tests.Support;
using Site.Publishing.Pipeline;

namespace Site.Browser.Tests.Support;

/// <summary>The sample newspaper built once into a temporary folder, and one headless chromium for all the
/// browser tests. Nothing is served: pages open from file://, as a reader opens a mirror from disk.</summary>
public sealed class BrowserSite : IAsyncLifetime
{
    private IPlaywright? playwright;
    private IBrowser? browser;

    public string Output { get; } = Directory.CreateTempSubdirectory("site-browser-").FullName;

    public Task InitializeAsync()
    {
        SiteBuild.Run(new BuildOptions(Path.Combine(Repo.Root, "input"), Output, Path.Combine(Repo.Root, "themes")));
        return Task.CompletedTask;
    }

    /// <summary>The file:// URL of a page of the built site (or of another folder's copy of it).</summary>
    public string Url(string path, string? root = null) => new Uri(Path.Combine(root ?? Output, path)).AbsoluteUri;

    /// <summary>The site-relative path a file:// URL points at, "/"-separated.</summary>
    public string PathOf(string url, string? root = null) =>
        Path.GetRelativePath(root ?? Output, new Uri(url).LocalPath).Replace('\\', '/');

    /// <summary>A fresh page (its own context: no state shared between tests) in the one browser.</summary>
    public async Task<IPage> NewPageAsync(string? path = null)
    {
        Tools.Here.Require(Need.Chromium);
        if (browser is null)
        {
            playwright = await Playwright.CreateAsync();
            browser = await playwright.Chromium.LaunchAsync(new()
            {
                ExecutablePath = Tools.Here.Chromium,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu"],
            });
        }
        var context = await browser.NewContextAsync(new() { Locale = "zh-CN" });
        var page = await context.NewPageAsync();
        if (path is not null) await page.GotoAsync(Url(path));
        return page;
    }

    public async Task DisposeAsync()
    {
        if (browser is not null) await browser.DisposeAsync();
        playwright?.Dispose();
        Directory.Delete(Output, recursive: true);
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserSite>
{
    public const string Name = "browser";
}
