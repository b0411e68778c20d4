using Site.Testing;
using Site.Publishing.Pipeline;

namespace Site.Tests.Site;

/// <summary>Size never silently cuts a page: long listings are paginated, and a page far larger than
/// Scriban's default output limit (1 MiB) renders whole.</summary>
[Trait("Speed", "Slow")]
public sealed class LargeSiteTests : IDisposable
{
    private readonly TempInput input = new();
    private string Themes => Path.Combine(Repo.Root, "themes");

    [Fact]
    public void A_section_with_more_articles_than_a_page_holds_is_paginated_from_its_oldest_article()
    {
        input.Write("site.yml", "sections:\n  要闻: yaowen\n");
        input.WriteYaowenDays(1, 9);   // 9 editions × 7 articles = 63 > 50
        SiteBuild.Run(new BuildOptions(input.Input, input.Output, Themes));
        var index = Read("sections/yaowen/index.html");
        var first = Read("sections/yaowen/1.html");
        var second = Read("sections/yaowen/2.html");
        Assert.False(File.Exists(Path.Combine(input.Output, "sections/yaowen/3.html")));
        Assert.Equal(50, Count(index, "class=\"article-link"));
        Assert.Equal(50, Count(first, "class=\"article-link"));   // the oldest fifty
        Assert.Equal(13, Count(second, "class=\"article-link"));  // the newest thirteen
        Assert.Contains("共 63 篇", index, StringComparison.Ordinal);
        // The index shows the newest first and leads on to the page holding the 51st newest.
        Assert.Contains("2022年8月9日", FirstItem(index), StringComparison.Ordinal);
        Assert.Contains("href=\"1.html\">更早</a>", index, StringComparison.Ordinal);
        Assert.Contains("2022年8月8日", FirstItem(first), StringComparison.Ordinal);   // days 1–7 are 49 articles; the 50th is from day 8
        Assert.Contains("href=\"2.html\">较新</a>", first, StringComparison.Ordinal);
        Assert.Contains("href=\"1.html\">较早</a>", second, StringComparison.Ordinal);
        Assert.DoesNotContain("较新", second, StringComparison.Ordinal);
    }

    [Fact]
    public void A_full_listing_page_does_not_change_when_newer_articles_arrive()
    {
        input.Write("site.yml", "sections:\n  要闻: yaowen\n");
        input.WriteYaowenDays(1, 15);   // 105 articles: pages 1 and 2 full, page 3 holds 5
        SiteBuild.Run(new BuildOptions(input.Input, input.Output, Themes));
        var before = Read("sections/yaowen/1.html");
        input.WriteYaowenDays(16, 16);
        SiteBuild.Run(new BuildOptions(input.Input, input.Output, Themes));
        Assert.Equal(before, Read("sections/yaowen/1.html"));
        Assert.Equal(12, Count(Read("sections/yaowen/3.html"), "class=\"article-link"));
    }

    private string Read(string path) => File.ReadAllText(Path.Combine(input.Output, path));

    private static string FirstItem(string html)
    {
        var list = html[html.IndexOf("<ul class=\"article-list", StringComparison.Ordinal)..];
        return list[..list.IndexOf("</li>", StringComparison.Ordinal)];
    }

    [Fact]
    public void A_page_larger_than_scribans_default_output_limit_renders_whole()
    {
        var body = "本报讯 " + string.Concat(Enumerable.Repeat("平湖电商发展强劲有力，网络零售额突破百亿元。", 60_000));   // 1.3 million characters
        input.Write("issues/2022-08-01/01.txt", $"平湖电商发展强劲有力\n\n■记者 林旭东\n\n{body}\n\n结尾一句话。\n");
        SiteBuild.Run(new BuildOptions(input.Input, input.Output, Themes));
        var html = File.ReadAllText(Path.Combine(input.Output, "2022/08/01/01/01.html"));
        Assert.True(html.Length > 1_300_000, $"only {html.Length} characters");   // Scriban's default limit is 1 MiB of characters
        Assert.Contains("结尾一句话。", html, StringComparison.Ordinal);
        Assert.EndsWith("</html>\n", html, StringComparison.Ordinal);
    }

    private static int Count(string text, string what)
    {
        var n = 0;
        for (var i = text.IndexOf(what, StringComparison.Ordinal); i >= 0; i = text.IndexOf(what, i + 1, StringComparison.Ordinal)) n++;
        return n;
    }

    public void Dispose() => input.Dispose();
}
