using Microsoft.Playwright;
using Site.Browser.Tests.Support;
using Site.Testing;
using Site.Publishing.Pipeline;
using static Microsoft.Playwright.Assertions;

namespace Site.Browser.Tests;

/// <summary>The 404 page as a static host shows it: in answer to a missing URL several folders deep, with
/// status 404. The host is simulated by answering the browser's requests from the built folder.</summary>
[Collection(BrowserCollection.Name)]
public sealed class NotFoundPageTests(BrowserSite site)
{
    private const string Host = "http://paper.test";
    private const string BaseUrl = Host + "/news";

    [BrowserFact]
    public async Task A_published_404_page_shown_at_a_deep_missing_url_is_styled_and_its_links_lead_into_the_site()
    {
        var output = Directory.CreateTempSubdirectory("site-404-").FullName;
        try
        {
            SiteBuild.Run(new BuildOptions(Path.Combine(Repo.Root, "input"), output, Path.Combine(Repo.Root, "themes")) { BaseUrl = BaseUrl });
            var page = await site.NewPageAsync();
            await page.RouteAsync(Host + "/**", route => Answer(route, output));

            var response = await page.GotoAsync(BaseUrl + "/2025/08/04/09/99.html");
            Assert.Equal(404, response!.Status);
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("页面不存在");
            // The stylesheet loaded (a relative link would have asked for 2025/08/04/09/assets/site.css).
            Assert.True(await page.EvaluateAsync<int>("() => [...document.styleSheets].reduce((n, s) => n + s.cssRules.length, 0)") > 10);

            await page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "往期" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(BaseUrl + "/archive/index.html");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("往期");
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    /// <summary>A static host: the file under the base URL, or 404.html with status 404.</summary>
    private static Task Answer(IRoute route, string output)
    {
        var path = new Uri(route.Request.Url).AbsolutePath;
        var file = path.StartsWith("/news/", StringComparison.Ordinal) ? Path.Combine(output, path["/news/".Length..]) : null;
        if (file is not null && File.Exists(file))
            return route.FulfillAsync(new() { Status = 200, BodyBytes = File.ReadAllBytes(file), ContentType = ContentType(file) });
        return route.FulfillAsync(new() { Status = 404, BodyBytes = File.ReadAllBytes(Path.Combine(output, "404.html")), ContentType = "text/html; charset=utf-8" });
    }

    private static string ContentType(string file) => Path.GetExtension(file) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        _ => "application/octet-stream",
    };
}
