using System.Text.Json;
using System.Text.RegularExpressions;
using Site.Testing;
using Site.Publishing.Pipeline;
using Site.Tests.Site;

namespace Site.Tests.Discovery;

/// <summary>Every article page describes itself to machines: schema.org NewsArticle as JSON-LD and Open
/// Graph, with URLs only when the site has a base URL, and no text able to break out of its script.</summary>
[Trait("Speed", "Slow")]
public sealed partial class StructuredDataTests(PublishedSite site) : IClassFixture<PublishedSite>
{
    private const string Open = "<script type=\"application/ld+json\">";

    /// <summary>The page's one JSON-LD block, parsed.</summary>
    internal static JsonElement JsonLd(string html)
    {
        var start = html.IndexOf(Open, StringComparison.Ordinal);
        Assert.True(start >= 0, "no JSON-LD");
        Assert.Equal(-1, html.IndexOf(Open, start + 1, StringComparison.Ordinal));
        var body = start + Open.Length;
        // The block ends at the first "</script" a browser would see; the JSON must be whole before it.
        var end = html.IndexOf("</script", body, StringComparison.OrdinalIgnoreCase);
        using var doc = JsonDocument.Parse(html[body..end]);
        return doc.RootElement.Clone();
    }

    private static string? Meta(string html, string property) =>
        Regex.Match(html, $"<meta property=\"{Regex.Escape(property)}\" content=\"([^\"]*)\">") is { Success: true } m ? m.Groups[1].Value : null;

    [Fact]
    public void An_article_is_a_news_article_with_its_headlines_date_people_and_print_position()
    {
        var ld = JsonLd(site.Read("2025/08/04/01/02.html"));
        Assert.Equal("https://schema.org", ld.GetProperty("@context").GetString());
        Assert.Equal("NewsArticle", ld.GetProperty("@type").GetString());
        Assert.Equal("百名师生入驻平湖乡村", ld.GetProperty("headline").GetString());
        Assert.Equal("绘就“浙派民居”新典范", ld.GetProperty("alternativeHeadline").GetString());
        Assert.Equal("2025-08-04T06:00:00+08:00", ld.GetProperty("datePublished").GetString());
        Assert.Equal("zh-CN", ld.GetProperty("inLanguage").GetString());
        Assert.Equal([("Person", "荣怡婷", "记者")], People(ld, "author"));
        Assert.Equal([("Person", "纪海云", "通讯员"), ("Person", "陈明远", "通讯员")], People(ld, "contributor"));
        Assert.Equal("平湖版", ld.GetProperty("printEdition").GetString());
        Assert.Equal("1", ld.GetProperty("printPage").GetString());
        Assert.Equal("要闻", ld.GetProperty("printSection").GetString());
        var issue = ld.GetProperty("isPartOf");
        Assert.Equal("PublicationIssue", issue.GetProperty("@type").GetString());
        Assert.Equal("2025-08-04T06:00:00+08:00", issue.GetProperty("datePublished").GetString());
        Assert.Equal("5723", issue.GetProperty("issueNumber").GetString());
        Assert.Equal(PublishedSite.BaseUrl + "/2025/08/04/index.html", issue.GetProperty("url").GetString());
        Assert.Equal(PublishedSite.BaseUrl + "/2025/08/04/01/02.html", ld.GetProperty("url").GetString());
        Assert.Equal(PublishedSite.BaseUrl + "/2025/08/04/01/02.html", ld.GetProperty("mainEntityOfPage").GetString());
    }

    [Fact]
    public void A_kicker_and_a_subheadline_are_both_alternative_headlines()
    {
        var ld = JsonLd(site.Read("2025/08/04/01/01.html"));
        Assert.Equal(["市委十五届七次全体（扩大）会议暨半年度经济社会形势分析会召开", "仲旭东代表市委常委会作报告 周军波传达嘉兴市委全会精神"],
            ld.GetProperty("alternativeHeadline").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void A_pen_name_is_an_author_without_a_job_title()
    {
        var ld = JsonLd(site.Read("2023/06/21/01/06.html"));
        Assert.Equal([("Person", "言成声", null)], People(ld, "author"));
        Assert.False(ld.TryGetProperty("contributor", out _));
    }

    [Fact]
    public void Every_article_page_has_one_news_article_and_open_graph_whose_urls_are_its_canonical_url()
    {
        var articles = site.Files("*.html").Where(f => ArticlePath().IsMatch(f)).ToList();
        Assert.True(articles.Count > 30);
        foreach (var path in articles)
        {
            var html = site.Read(path);
            var canonical = $"{PublishedSite.BaseUrl}/{path}";
            Assert.Contains($"<link rel=\"canonical\" href=\"{canonical}\">", html, StringComparison.Ordinal);
            var ld = JsonLd(html);
            Assert.Equal(canonical, ld.GetProperty("url").GetString());
            Assert.Equal(ld.GetProperty("headline").GetString(), Meta(html, "og:title"));
            Assert.Equal("article", Meta(html, "og:type"));
            Assert.Equal(canonical, Meta(html, "og:url"));
            Assert.Equal("嘉兴日报·平湖版", Meta(html, "og:site_name"));
            Assert.Equal("zh_CN", Meta(html, "og:locale"));
            Assert.Equal($"{path[..10].Replace('/', '-')}T06:00:00+08:00", Meta(html, "article:published_time"));
            Assert.NotNull(Meta(html, "article:section"));
        }
        // An edition front is a website page to Open Graph, with its own URL, and no article's fields.
        Assert.Equal("website", Meta(site.Read("2025/08/04/index.html"), "og:type"));
        Assert.Equal($"{PublishedSite.BaseUrl}/2025/08/04/index.html", Meta(site.Read("2025/08/04/index.html"), "og:url"));
        Assert.DoesNotContain("article:published_time", site.Read("2025/08/04/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_base_url_the_structured_data_and_open_graph_carry_no_urls()
    {
        using var sample = new SampleSite();
        var html = sample.Read("2025/08/04/01/02.html");
        var ld = JsonLd(html);
        Assert.False(ld.TryGetProperty("url", out _));
        Assert.False(ld.TryGetProperty("mainEntityOfPage", out _));
        Assert.False(ld.GetProperty("isPartOf").TryGetProperty("url", out _));
        Assert.Equal("2025-08-04T06:00:00+08:00", ld.GetProperty("datePublished").GetString());
        Assert.Null(Meta(html, "og:url"));
        Assert.Equal("百名师生入驻平湖乡村", Meta(html, "og:title"));
        Assert.DoesNotContain("https://", html.Replace("\"https://schema.org\"", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void A_headline_that_closes_the_script_element_stays_inside_the_json()
    {
        const string hostile = "平湖电商</script><script>alert('x&y')</script><!--发展强劲";
        using var input = new TempInput();
        input.Write("site.yml", "sections:\n  要闻: yaowen\n");
        input.Write("issues/2025-08-04/edition.yml", "pages:\n  1: 要闻\n");
        input.Write("issues/2025-08-04/01.txt", $"""
            {hostile}

            ■记者 林旭东

            本报讯 近日,记者从市商务局了解到,平湖电商发展强劲,电商销售额再创新高。
            """);
        SiteBuild.Run(new BuildOptions(input.Input, input.Output, Path.Combine(Repo.Root, "themes"), BaseUrl: PublishedSite.BaseUrl));
        var html = File.ReadAllText(Path.Combine(input.Output, "2025/08/04/01/01.html"));
        // The parser takes the line as the body's opening words: the headline is made of them, the description holds them whole.
        var ld = JsonLd(html);
        Assert.Equal("新闻：平湖电商</script><script…", ld.GetProperty("headline").GetString());
        Assert.StartsWith(hostile, ld.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, Regex.Count(html, "</script", RegexOptions.IgnoreCase));   // the block's own end tag
        Assert.DoesNotContain("<!--", html, StringComparison.Ordinal);
    }

    private static List<(string?, string?, string?)> People(JsonElement ld, string property) =>
        [.. ld.GetProperty(property).EnumerateArray().Select(p => (
            p.GetProperty("@type").GetString(), p.GetProperty("name").GetString(),
            p.TryGetProperty("jobTitle", out var job) ? job.GetString() : null))];

    [GeneratedRegex(@"^\d{4}/\d{2}/\d{2}/\d{2}/\d{2}\.html$")]
    private static partial Regex ArticlePath();
}
