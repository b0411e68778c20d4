using Site.Testing;
using Site.Publishing.Pipeline;

namespace Site.Tests.Site;

/// <summary>Scriban never escapes; the site must. Hostile text in every field a raw issue or a
/// configuration can carry comes out escaped on every page kind.</summary>
[Trait("Speed", "Slow")]
public sealed class EscapingTests : IDisposable
{
    private const string Evil = "<script>alert(\"x&y\")</script>'";
    private readonly TempInput input = new();

    public EscapingTests()
    {
        input.Write("site.yml", $"""
            title: "日报{Evil.Replace("\"", "\\\"", StringComparison.Ordinal)}"
            sections:
              "要闻<i>": yaowen
            parser:
              columnists: [言成声]
            """);
        input.Write("issues/2025-08-04/edition.yml", "pages:\n  1: \"要闻<i>\"\n");
        input.Write("issues/2025-08-04/01.txt", $"""
            导读

            深1度<b>&

            标题<script>x</script>

            »»»»» 详见一版

            引题说"x"&<y>

            平湖电商<script>alert(1)</script>发展

            副题 & 'quote' "double"

            ■记者 林旭东 通讯员 吴慧婷

            本报讯 近日,<script>alert("body")</script> & 记者从市商务局了解到,平湖电商发展强劲,引题说副题。

            第二段<img src=x onerror=alert(1)>文字。

            图<b>说 市政府供图

            让现代社区成为<em>家园</em>

            言成声

            近日召开的全省现代社区建设工作推进会,<iframe>。

            今天多云<script>，局部阴有阵雨或雷雨。明天晴到多云，西南风3到4级。最高气温35℃。
            """);
    }

    [Fact]
    public void No_markup_from_the_input_reaches_any_page()
    {
        SiteBuild.Run(new BuildOptions(input.Input, input.Output, Path.Combine(Repo.Root, "themes")));
        var pages = Directory.EnumerateFiles(input.Output, "*.html", SearchOption.AllDirectories).ToList();
        Assert.True(pages.Count >= 10, $"only {pages.Count} pages");
        foreach (var page in pages)
        {
            // The search page's own script is the theme's markup, not input.
            var html = WithoutStructuredData(File.ReadAllText(page)).Replace("<script src=\"../assets/search.js\"></script>", "", StringComparison.Ordinal);
            foreach (var tag in new[] { "<script", "<img", "<iframe", "<b>", "<i>", "<em>", "<y>" })
                Assert.False(html.Contains(tag, StringComparison.OrdinalIgnoreCase), $"{page} contains {tag}");
            Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);   // the site title, on every page
        }
        var article = File.ReadAllText(Path.Combine(input.Output, "2025/08/04/01/01.html"));
        Assert.Contains("平湖电商&lt;script&gt;alert(1)&lt;/script&gt;发展", article, StringComparison.Ordinal);
        Assert.Contains("引题说&quot;x&quot;&amp;&lt;y&gt;", article, StringComparison.Ordinal);
        Assert.Contains("副题 &amp; &#39;quote&#39; &quot;double&quot;", article, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", article, StringComparison.Ordinal);

        // The search index carries the same text as JavaScript strings, its markup characters escaped.
        var index = Directory.EnumerateFiles(Path.Combine(input.Output, "search"), "*.js", SearchOption.AllDirectories)
            .Select(File.ReadAllText).ToList();
        Assert.NotEmpty(index);
        Assert.All(index, js => Assert.DoesNotContain("<", js, StringComparison.Ordinal));
        Assert.Contains(index, js => js.Contains("平湖电商\\u003Cscript\\u003Ealert(1)\\u003C/script\\u003E发展", StringComparison.Ordinal));
    }

    /// <summary>The page without its JSON-LD block, the one script the site writes, after checking that no
    /// text inside it can end it: the serializer escapes every &lt; &gt; &amp; of the input.</summary>
    private static string WithoutStructuredData(string html)
    {
        const string open = "<script type=\"application/ld+json\">";
        var start = html.IndexOf(open, StringComparison.Ordinal);
        if (start < 0) return html;
        var end = html.IndexOf("</script>", start, StringComparison.Ordinal);
        var json = html[(start + open.Length)..end];
        Assert.DoesNotContain('<', json);
        Assert.DoesNotContain('>', json);
        Assert.DoesNotContain('&', json);
        return html[..start] + html[(end + "</script>".Length)..];
    }

    public void Dispose() => input.Dispose();
}
