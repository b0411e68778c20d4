using Microsoft.Playwright;

namespace Site.Corpus.Typesetting;

/// <summary>One headless chromium that prints many pages, each in a tab of its own: a page costs a page load
/// and a print instead of a browser's start (most of the 2.5 s a `chromium --print-to-pdf` takes here).
/// Prints with what <c>--print-to-pdf --no-pdf-header-footer</c> asks of the browser (backgrounds, the page's
/// own @page size, no header or footer, a tagged PDF), so a page's PDF differs from that path's in its
/// metadata only. Thread-safe: several threads may print at once.</summary>
public sealed class PrintSession : IDisposable
{
    /// <summary>The browser's flags: an offline sandbox's, as the browser tests use.</summary>
    private static readonly string[] Flags =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-quic", "--no-first-run", "--disable-dev-shm-usage", "--disable-extensions", "--mute-audio",
    ];

    /// <summary>A page's load and print, far beyond the second either takes.</summary>
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    private readonly IPlaywright playwright;
    private readonly IBrowser browser;

    /// <summary>Tabs not printing now. A tab is loaded again for the next page rather than closed: a new tab is a
    /// new renderer process, which loads the CJK fonts again.</summary>
    private readonly System.Collections.Concurrent.ConcurrentBag<IPage> idle = [];

    private PrintSession(IPlaywright playwright, IBrowser browser) => (this.playwright, this.browser) = (playwright, browser);

    /// <summary>Starts <paramref name="chromium"/> (a path to the browser's program).</summary>
    public static PrintSession Start(string chromium)
    {
        var playwright = Playwright.CreateAsync().GetAwaiter().GetResult();
        try
        {
            var browser = playwright.Chromium.LaunchAsync(new()
            {
                ExecutablePath = chromium,
                Headless = true,
                Args = Flags,
                Timeout = (float)Timeout.TotalMilliseconds,
            }).GetAwaiter().GetResult();
            return new PrintSession(playwright, browser);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>Prints the HTML file to <paramref name="pdfPath"/>.</summary>
    public void Print(string htmlPath, string pdfPath) => PrintAsync(htmlPath, pdfPath).GetAwaiter().GetResult();

    private async Task PrintAsync(string htmlPath, string pdfPath)
    {
        if (File.Exists(pdfPath)) File.Delete(pdfPath);
        var page = idle.TryTake(out var open) ? open : await browser.NewPageAsync();
        var ok = false;
        try
        {
            var ms = (float)Timeout.TotalMilliseconds;
            await page.GotoAsync(new Uri(Path.GetFullPath(htmlPath)).AbsoluteUri, new() { WaitUntil = WaitUntilState.Load, Timeout = ms });
            await page.PdfAsync(new()
            {
                Path = pdfPath,
                PrintBackground = true,
                PreferCSSPageSize = true,
                DisplayHeaderFooter = false,
                Tagged = true,
            });
            ok = true;
        }
        finally
        {
            // A tab that failed is not trusted with another page.
            if (ok) idle.Add(page);
            else await page.CloseAsync();
        }
        if (!File.Exists(pdfPath)) throw new InvalidOperationException($"chromium wrote no PDF for {htmlPath}");
    }

    public void Dispose()
    {
        browser.CloseAsync().GetAwaiter().GetResult();
        playwright.Dispose();
    }
}
