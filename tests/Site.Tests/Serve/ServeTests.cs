using System.Text;
using Site.Serve;

namespace Site.Tests.Serve;

/// <summary>`serve` answers like a static host (folder URLs, 404.html, UTF-8 content types) and adds
/// the live-reload script to the HTML it serves, never to the files it builds.</summary>
[Trait("Speed", "Slow")]
public sealed class ServeTests(ServedSite site) : IClassFixture<ServedSite>
{
    [Fact]
    public async Task Served_pages_carry_the_reload_script()
    {
        foreach (var path in new[] { "", "index.html", "2025/08/04/", "2025/08/04/01/index.html" })
        {
            var html = await site.GetText(path);
            Assert.Contains(ReloadScript.Endpoint, html, StringComparison.Ordinal);
            Assert.EndsWith("</script>\n</body>\n</html>\n", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Built_files_never_carry_the_reload_script()
    {
        var files = Directory.EnumerateFiles(site.Input.Output, "*", SearchOption.AllDirectories).ToList();
        Assert.Contains(files, f => f.EndsWith(".html", StringComparison.Ordinal));
        Assert.All(files, f => Assert.DoesNotContain(ReloadScript.Endpoint, File.ReadAllText(f), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_folder_url_serves_its_index_and_without_its_slash_redirects_to_it()
    {
        var index = await site.GetText("2025/08/04/");
        Assert.StartsWith(File.ReadAllText(Path.Combine(site.Input.Output, "2025/08/04/index.html"))[..200], index, StringComparison.Ordinal);
        using var response = await site.Http.GetAsync("2025/08/04");
        Assert.Equal(System.Net.HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/2025/08/04/", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("no/such/page.html")]
    [InlineData("2099/01/01/")]
    [InlineData("assets/missing.css")]
    public async Task An_unknown_path_gets_404_html_with_status_404(string path)
    {
        using var response = await site.Http.GetAsync(path);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        var body = await response.Content.ReadAsStringAsync();
        // The file as built, but for a base element that makes its root-relative links resolve from the
        // root at any depth (the browser would resolve them against no/such/).
        var file = File.ReadAllText(Path.Combine(site.Input.Output, "404.html"));
        var head = file.IndexOf("<head>", StringComparison.Ordinal) + "<head>".Length;
        Assert.StartsWith(file[..head] + "\n<base href=\"/\">" + file[head..200], body, StringComparison.Ordinal);
        Assert.DoesNotContain("<base", file, StringComparison.Ordinal);
        Assert.Contains(ReloadScript.Endpoint, body, StringComparison.Ordinal);
    }

    [Fact]
    public void The_root_base_goes_just_after_the_head_tag_once_and_never_where_a_base_is_already_named()
    {
        Assert.Equal("<html><head class=\"x\">\n<base href=\"/\"><title>t</title></head></html>",
            Encoding.UTF8.GetString(RootBase.Inject("<html><head class=\"x\"><title>t</title></head></html>"u8.ToArray())));
        var named = "<HTML><HEAD><BASE href=\"/x/\"></HEAD></HTML>"u8.ToArray();
        Assert.Same(named, RootBase.Inject(named));
        var headless = "<p>没有头</p>"u8.ToArray();
        Assert.Same(headless, RootBase.Inject(headless));
        var headerOnly = "<body><header class=\"site-header\"></header></body>"u8.ToArray();
        Assert.Same(headerOnly, RootBase.Inject(headerOnly));
    }

    [Fact]
    public async Task Served_pages_other_than_the_404_get_no_base()
    {
        Assert.DoesNotContain("<base", await site.GetText("2025/08/04/01/index.html"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("index.html", "text/html; charset=utf-8")]
    [InlineData("assets/site.css", "text/css; charset=utf-8")]
    [InlineData("extra/app.js", "text/javascript; charset=utf-8")]
    [InlineData("extra/data.json", "application/json; charset=utf-8")]
    [InlineData("extra/feed.xml", "application/xml; charset=utf-8")]
    public async Task Files_are_served_with_utf8_content_types(string path, string type)
    {
        // Files a later issue's build will make (feeds, search data), put beside the built site here.
        var file = Path.Combine(site.Input.Output, path);
        if (path.StartsWith("extra/", StringComparison.Ordinal))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, "\"平湖\"", new UTF8Encoding(false));
        }
        using var response = await site.Http.GetAsync(path);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType?.ToString());
        if (!path.EndsWith(".html", StringComparison.Ordinal))
            Assert.Equal(File.ReadAllBytes(file), await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Nothing_outside_the_output_folder_is_served()
    {
        using var response = await site.Http.GetAsync("../input/site.yml");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        using var encoded = await site.Http.GetAsync("%2E%2E/input/site.yml");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, encoded.StatusCode);
    }
}
