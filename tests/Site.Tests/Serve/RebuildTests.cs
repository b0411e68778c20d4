using System.Text;
using Site.Serve;

namespace Site.Tests.Serve;

/// <summary>`serve` rebuilds when the input or a template changes, tells open pages to reload, and
/// keeps serving the last good site when a rebuild fails.</summary>
[Trait("Speed", "Slow")]
public sealed class RebuildTests : IAsyncLifetime
{
    private readonly ServedSite site = new();

    public Task InitializeAsync() => site.InitializeAsync();

    public Task DisposeAsync() => site.DisposeAsync();

    [Fact]
    public async Task A_changed_title_and_a_changed_template_are_served_after_the_rebuild_and_announced()
    {
        using var events = await ReloadEvents.Open(site);
        Assert.Contains("<title>嘉兴日报·平湖版", await site.GetText(""), StringComparison.Ordinal);

        Edit(Path.Combine(site.Input.Input, "site.yml"), "title: 嘉兴日报·平湖版", "title: 平湖日报测试版");
        Assert.Equal("1", await events.Next());
        Assert.Contains("<title>平湖日报测试版", await site.GetText(""), StringComparison.Ordinal);

        Edit(Path.Combine(site.Themes, "default", "layouts", "base.html"), "· 数字报</p>", "· 数字报 · 模板已改</p>");
        Assert.Equal("2", await events.Next());
        Assert.Contains("模板已改", await site.GetText("2025/08/04/01/index.html"), StringComparison.Ordinal);
        Assert.DoesNotContain(ReloadScript.Endpoint, File.ReadAllText(Path.Combine(site.Input.Output, "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_rebuild_prints_its_errors_and_the_last_good_site_stays_served()
    {
        var before = await site.GetText("");
        var siteYml = Path.Combine(site.Input.Input, "site.yml");
        var good = File.ReadAllText(siteYml);
        // A page name without a section slug cannot be published.
        await site.ChangeAndWait(() => Edit(siteYml, "  要闻: yaowen\n", ""));

        Assert.Contains(": error no-slug: ", site.Log, StringComparison.Ordinal);
        Assert.Contains("still serving the last good site", site.Log, StringComparison.Ordinal);
        Assert.Equal(0, site.Session.Reloads.Current);
        Assert.Equal(before, await site.GetText(""));

        await site.ChangeAndWait(() => File.WriteAllText(siteYml, good.Replace("title: 嘉兴日报·平湖版", "title: 修好了", StringComparison.Ordinal), new UTF8Encoding(false)));
        Assert.Equal(1, site.Session.Reloads.Current);
        Assert.Contains("<title>修好了", await site.GetText(""), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_site_yml_that_is_not_yaml_is_named_with_its_line_not_a_crash()
    {
        var siteYml = Path.Combine(site.Input.Input, "site.yml");
        // YamlDotNet's scanner fails without a position on a bracket the file never closes.
        await site.ChangeAndWait(() => Edit(siteYml, "theme: default", "theme: [default"));

        var line = File.ReadAllLines(siteYml).ToList().FindIndex(l => l.StartsWith("theme:", StringComparison.Ordinal)) + 1;
        Assert.Contains($"{siteYml}:{line}:8: error yaml-syntax: this [ is never closed with ]", site.Log, StringComparison.Ordinal);
        Assert.DoesNotContain("unexpectedly", site.Log, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", site.Log, StringComparison.Ordinal);
        Assert.Equal(0, site.Session.Reloads.Current);
    }

    [Fact]
    public async Task Stopping_ends_open_event_streams()
    {
        using var events = await ReloadEvents.Open(site);
        var stop = site.Session.DisposeAsync().AsTask();
        Assert.True(await Task.WhenAny(stop, Task.Delay(ServedSite.Patience)) == stop, "the server did not stop");
        Assert.Null(await events.Next());
    }

    private static void Edit(string path, string from, string to)
    {
        var text = File.ReadAllText(path);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal), new UTF8Encoding(false));
    }

    /// <summary>A reader of /__reload, as a page's EventSource would be.</summary>
    private sealed class ReloadEvents : IDisposable
    {
        private readonly HttpResponseMessage response;
        private readonly StreamReader reader;

        private ReloadEvents(HttpResponseMessage response, StreamReader reader) => (this.response, this.reader) = (response, reader);

        public static async Task<ReloadEvents> Open(ServedSite site)
        {
            var response = await site.Http.GetAsync(ReloadScript.Endpoint.TrimStart('/'), HttpCompletionOption.ResponseHeadersRead);
            Assert.Equal("text/event-stream; charset=utf-8", response.Content.Headers.ContentType?.ToString());
            var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
            // The server's first comment: from here on, no rebuild's event can be missed.
            Assert.Equal(": connected", await reader.ReadLineAsync());
            return new ReloadEvents(response, reader);
        }

        /// <summary>The data of the next "reload" event, or null when the stream ends.</summary>
        public async Task<string?> Next()
        {
            using var timeout = new CancellationTokenSource(ServedSite.Patience);
            var isReload = false;
            while (await reader.ReadLineAsync(timeout.Token) is { } line)
            {
                if (line == "event: reload") isReload = true;
                else if (isReload && line.StartsWith("data: ", StringComparison.Ordinal)) return line["data: ".Length..];
            }
            return null;
        }

        public void Dispose()
        {
            reader.Dispose();
            response.Dispose();
        }
    }
}
