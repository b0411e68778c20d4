using Microsoft.Playwright;
using Site.Testing;
using Site.Publishing.Pipeline;

namespace Site.Browser.Tests.Support;

/// <summary>The sample newspaper built once into a temporary folder, and one headless chromium for all the
/// browser tests. Nothing is served: pages open from file://, as a reader opens a mirror from disk.</summary>
/// <remarks>A wedged browser must fail the test in hand, not hang the run: every step that Playwright itself
/// does not time out (launching, opening a context, evaluating a script) is bounded here, and a browser that
/// missed a deadline or went away is closed and launched again for the next test.</remarks>
public sealed class BrowserSite : IAsyncLifetime
{
    /// <summary>What any one browser step may take: far beyond the second each takes on a healthy machine.</summary>
    public static readonly TimeSpan StepTimeout = TimeSpan.FromSeconds(30);

    /// <summary>The flags a sandboxed, offline machine needs: without the networking ones chromium keeps
    /// trying hosts this machine cannot reach; /dev/shm may be small in a container.</summary>
    private static readonly string[] Flags =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-quic", "--no-first-run", "--disable-dev-shm-usage",
    ];

    private IPlaywright? playwright;
    private IBrowser? browser;
    private IBrowserContext? context;

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

    /// <summary>A fresh page in a context of its own (no state shared between tests). The browser tests run
    /// one at a time, so the last test's context is closed first.</summary>
    public async Task<IPage> NewPageAsync(string? path = null)
    {
        Tools.Here.Require(Need.Chromium);
        await CloseContextAsync();
        try
        {
            if (browser is not { IsConnected: true })
            {
                await CloseBrowserAsync();
                playwright = await Playwright.CreateAsync().WaitAsync(StepTimeout);
                browser = await playwright.Chromium.LaunchAsync(new()
                {
                    ExecutablePath = Tools.Here.Chromium,
                    Headless = true,
                    Args = Flags,
                    Timeout = (float)StepTimeout.TotalMilliseconds,
                });
            }
            context = await browser.NewContextAsync(new() { Locale = "zh-CN" }).WaitAsync(StepTimeout);
            context.SetDefaultTimeout((float)StepTimeout.TotalMilliseconds);
            context.SetDefaultNavigationTimeout((float)StepTimeout.TotalMilliseconds);
            var page = await context.NewPageAsync().WaitAsync(StepTimeout);
            if (path is not null) await page.GotoAsync(Url(path));
            return page;
        }
        catch (Exception e) when (e is TimeoutException or PlaywrightException)
        {
            // The next test gets a new browser rather than this one's trouble.
            await CloseBrowserAsync();
            throw;
        }
    }

    /// <summary>A script's result, bounded: Playwright waits on an evaluation for as long as it runs. A timed
    /// out page is left to the next test's <see cref="NewPageAsync"/>, which closes it.</summary>
    public static Task<T> EvaluateAsync<T>(IPage page, string script, TimeSpan? timeout = null) =>
        page.EvaluateAsync<T>(script).WaitAsync(timeout ?? StepTimeout);

    private async Task CloseContextAsync()
    {
        var last = context;
        context = null;
        if (last is null) return;
        try
        {
            await last.CloseAsync().WaitAsync(StepTimeout);
        }
        catch (Exception e) when (e is TimeoutException or PlaywrightException)
        {
            await CloseBrowserAsync();
        }
    }

    private async Task CloseBrowserAsync()
    {
        var (lastBrowser, lastPlaywright) = (browser, playwright);
        (browser, playwright, context) = (null, null, null);
        try
        {
            if (lastBrowser is not null) await lastBrowser.CloseAsync().WaitAsync(StepTimeout);
        }
        catch (Exception e) when (e is TimeoutException or PlaywrightException)
        {
            // Disposing the driver below ends the browser it started.
        }
        lastPlaywright?.Dispose();
    }

    public async Task DisposeAsync()
    {
        await CloseContextAsync();
        await CloseBrowserAsync();
        Directory.Delete(Output, recursive: true);
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserSite>
{
    public const string Name = "browser";
}
