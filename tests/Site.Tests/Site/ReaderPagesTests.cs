using System.Text.RegularExpressions;
using Site.Testing;
using Site.Publishing.Pipeline;

namespace Site.Tests.Site;

/// <summary>What a reader (and a screen reader) finds on the sample site's pages: headlines as headings
/// holding their links, an edition front that opens with its 版面, chrome said once, photo news without its
/// photo, labels that lead to their listings, the paper's name in every title.</summary>
[Trait("Speed", "Slow")]
public class ReaderPagesTests(SampleSite site) : IClassFixture<SampleSite>
{
    private static readonly Regex ArticleLinkItem = new("<li class=\"article-link[^\"]*\">(.*?)</li>", RegexOptions.Singleline);

    [Theory]
    [InlineData("index.html", "h3")]
    [InlineData("2023/06/21/index.html", "h3")]
    [InlineData("2024/08/22/01/index.html", "h2")]
    [InlineData("sections/yaowen/index.html", "h2")]
    [InlineData("sections/commentary/index.html", "h2")]
    public void Every_headline_in_a_list_is_a_heading_holding_its_link(string path, string level)
    {
        var items = ArticleLinkItem.Matches(site.Read(path)).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(items);
        Assert.All(items, item => Assert.Matches($"<{level} class=\"headline\"><a href=\"[^\"]+\\.html\">.+</a></{level}>", item));
    }

    [Fact]
    public void A_headline_keeps_the_papers_phrases_whole()
    {
        Assert.Contains("<span class=\"phrase\">创新突破</span> <span class=\"phrase\">六千争先</span> <span class=\"phrase\">勇夺“全年红”决胜“十四五”</span>",
            site.Read("2025/08/04/01/01.html"), StringComparison.Ordinal);
        Assert.Contains("text-wrap: balance", site.Read("assets/site.css"), StringComparison.Ordinal);
    }

    [Fact]
    public void An_edition_front_opens_with_its_pages_and_their_article_counts_and_has_no_empty_aside()
    {
        var front = site.Read("2025/08/04/index.html");
        var index = front.IndexOf("<nav class=\"page-index\"", StringComparison.Ordinal);
        Assert.True(index > 0 && index < front.IndexOf("class=\"page-entry\"", StringComparison.Ordinal), "the 版面 list comes first");
        Assert.Contains("<li><a href=\"01/index.html\">第01版：要闻<span class=\"count\">5 篇</span></a></li>", front, StringComparison.Ordinal);
        // This edition has neither 导读 nor a weather box: the pages take the width.
        Assert.DoesNotContain("edition-aside", front, StringComparison.Ordinal);
        Assert.Contains("<div class=\"edition-layout\">", front, StringComparison.Ordinal);
    }

    [Fact]
    public void The_papers_name_is_said_once_on_an_edition_front_and_the_page_number_once_on_its_page()
    {
        var front = site.Read("2025/08/04/index.html");
        var body = front[front.IndexOf("<body", StringComparison.Ordinal)..];
        Assert.Single(Regex.Matches(body[..body.IndexOf("<footer class=\"site-footer\">", StringComparison.Ordinal)], "嘉兴日报·平湖版(?!</h1>)"), m => !IsHidden(body, m.Index));
        var page = site.Read("2025/08/04/01/index.html");
        var main = page[page.IndexOf("<body", StringComparison.Ordinal)..];
        Assert.Single(Regex.Matches(main, "第01版"));
    }

    private static bool IsHidden(string html, int at) =>
        html.LastIndexOf("class=\"visually-hidden\"", at, StringComparison.Ordinal) > html.LastIndexOf('\n', at);

    [Fact]
    public void An_article_says_its_date_and_page_by_its_breadcrumbs_not_a_second_line()
    {
        var article = site.Read("2025/08/04/01/03.html");
        Assert.Contains("<nav class=\"breadcrumbs\"", article, StringComparison.Ordinal);
        Assert.DoesNotContain("article-context", article, StringComparison.Ordinal);
    }

    [Fact]
    public void Photo_news_without_its_photo_says_the_photo_is_in_the_printed_page_and_sets_its_text_as_the_caption()
    {
        var photo = site.Read("2022/08/22/01/05.html");
        Assert.Matches("<figure class=\"photo\">\\s*<p class=\"photo-note\">照片见印刷版面：<a href=\"index.html\">2022年8月22日 第01版：要闻</a></p>\\s*<figcaption class=\"caption\">\\s*<p>昨天，市文化馆", photo);
        Assert.DoesNotContain("<div class=\"article-body\">", photo, StringComparison.Ordinal);
    }

    [Fact]
    public void The_commentary_and_photo_labels_lead_to_their_listings()
    {
        Assert.Contains("<a class=\"kind\" href=\"../../../../sections/photos/index.html\">图片新闻</a>", site.Read("2022/08/22/01/05.html"), StringComparison.Ordinal);
        Assert.Contains("<a class=\"kind\" href=\"../../../sections/commentary/index.html\">评论</a>", site.Read("2023/06/21/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_papers_commentator_is_a_role_not_a_person_with_a_page()
    {
        Assert.DoesNotContain("本报评论员", site.Read("people/index.html"), StringComparison.Ordinal);
        var article = site.Files("*.html").Select(site.Read).First(h => h.Contains("<p class=\"credits\">", StringComparison.Ordinal) && h.Contains(">本报评论员<", StringComparison.Ordinal));
        Assert.Contains("<span class=\"role\">本报评论员</span>", article, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_page_title_names_the_paper()
    {
        foreach (var file in site.Files("*.html"))
            Assert.Matches("<title>[^<]*嘉兴日报·平湖版</title>", site.Read(file));
    }
}

/// <summary>An edition whose date no masthead states (it was taken from its folder) does not show a weekday
/// and lunar date as if printed.</summary>
[Trait("Speed", "Slow")]
public sealed class InferredDateTests : IDisposable
{
    private readonly TempInput input = new TempInput().CopySample();

    public void Dispose() => input.Dispose();

    [Fact]
    public void A_date_taken_from_the_folder_says_so_and_shows_no_printed_weekday_or_lunar_date()
    {
        input.WriteYaowenDays(1, 1);
        SiteBuild.Run(new BuildOptions(input.Input, input.Output, Path.Combine(Repo.Root, "themes")));
        var front = File.ReadAllText(Path.Combine(input.Output, "2022/08/01/index.html"));
        var start = front.IndexOf("<header class=\"masthead\">", StringComparison.Ordinal);
        var masthead = front[start..front.IndexOf("</header>", start, StringComparison.Ordinal)];
        Assert.Contains("<time datetime=\"2022-08-01\">2022年8月1日</time>", masthead, StringComparison.Ordinal);
        Assert.Contains("日期据目录推定", masthead, StringComparison.Ordinal);
        Assert.DoesNotContain("农历", masthead, StringComparison.Ordinal);
        Assert.DoesNotContain("星期", masthead, StringComparison.Ordinal);

        var printed = File.ReadAllText(Path.Combine(input.Output, "2025/08/04/index.html"));
        Assert.DoesNotContain("日期据目录推定", printed, StringComparison.Ordinal);
        Assert.Contains("农历乙巳年闰六月十一", printed, StringComparison.Ordinal);
    }
}

/// <summary>What the head of every page tells browsers and machines beyond the article pages.</summary>
[Trait("Speed", "Slow")]
public class PageHeadTests(SampleSite site) : IClassFixture<SampleSite>
{
    [Theory]
    [InlineData("index.html")]
    [InlineData("2025/08/04/index.html")]
    [InlineData("2025/08/04/01/index.html")]
    [InlineData("sections/yaowen/index.html")]
    [InlineData("people/pf0b8fa4b39/index.html")]
    public void Home_edition_page_and_listing_pages_have_a_description_and_open_graph(string path)
    {
        var html = site.Read(path);
        Assert.Matches("<meta name=\"description\" content=\"[^\"]{20,}\">", html);
        Assert.Contains("<meta property=\"og:type\" content=\"website\">", html, StringComparison.Ordinal);
        Assert.Contains("<meta property=\"og:site_name\" content=\"嘉兴日报·平湖版\">", html, StringComparison.Ordinal);
        Assert.Matches("<meta property=\"og:description\" content=\"[^\"]{20,}\">", html);
        Assert.DoesNotContain("article:published_time", html, StringComparison.Ordinal);
    }

    [Fact]
    public void An_edition_front_is_described_by_its_date_its_pages_and_its_headlines()
    {
        Assert.Contains("<meta name=\"description\" content=\"嘉兴日报·平湖版 2025年8月4日，1 个版面 5 篇文章：创新突破 六千争先",
            site.Read("2025/08/04/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_page_has_the_favicon_made_from_the_papers_name_and_a_theme_color()
    {
        var svg = site.Read("assets/favicon.svg");
        Assert.StartsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"", svg, StringComparison.Ordinal);
        Assert.Contains("<title>嘉兴日报·平湖版</title>", svg, StringComparison.Ordinal);
        Assert.Contains(">嘉</text>", svg, StringComparison.Ordinal);
        foreach (var (file, icon) in new[] { ("index.html", "assets/favicon.svg"), ("2025/08/04/01/03.html", "../../../../assets/favicon.svg"), ("404.html", "assets/favicon.svg") })
        {
            var html = site.Read(file);
            Assert.Contains($"<link rel=\"icon\" href=\"{icon}\" type=\"image/svg+xml\">", html, StringComparison.Ordinal);
            Assert.Contains("<meta name=\"theme-color\" content=\"#a4161a\" media=\"(prefers-color-scheme: light)\">", html, StringComparison.Ordinal);
        }
    }
}

/// <summary>The archive, the people and the search box as a reader finds them.</summary>
[Trait("Speed", "Slow")]
public class FindingPagesTests(SampleSite site) : IClassFixture<SampleSite>
{
    [Fact]
    public void An_archive_year_shows_only_its_months_with_editions_newest_first_and_the_index_links_each_month()
    {
        var year = site.Read("archive/2022/index.html");
        Assert.Equal(["8月", "7月"], Regex.Matches(year, "<caption>(\\d+月)").Select(m => m.Groups[1].Value));
        Assert.Contains("<table class=\"calendar\" id=\"m08\">", year, StringComparison.Ordinal);
        Assert.Contains("<td class=\"has-edition\"><a href=\"../../2022/08/22/index.html\" aria-label=\"2022年8月22日\">22</a></td>", year, StringComparison.Ordinal);

        var index = site.Read("archive/index.html");
        Assert.Contains("<li><a href=\"2022/index.html#m08\">8月</a> <span class=\"count\">1 期</span></li>", index, StringComparison.Ordinal);
        Assert.True(index.IndexOf("2022/index.html#m08", StringComparison.Ordinal) < index.IndexOf("2022/index.html#m07", StringComparison.Ordinal));
    }

    [Fact]
    public void People_are_listed_by_role_reporters_first_each_role_in_pinyin_order()
    {
        var html = site.Read("people/index.html");
        var groups = Regex.Matches(html, "<h2 id=\"group-\\d+\">([^<]+)</h2>").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["记者", "通讯员", "摄影", "作者"], groups);
        var reporters = html[html.IndexOf(">记者</h2>", StringComparison.Ordinal)..html.IndexOf(">通讯员</h2>", StringComparison.Ordinal)];
        var names = Regex.Matches(reporters, "<a href=\"p[0-9a-f]{10}/index.html\">([^<]+)</a>").Select(m => m.Groups[1].Value).ToList();
        Assert.True(names.Count > 3);
        Assert.Equal(names.Order(global::Site.Publishing.Views.NameOrder.Pinyin), names);
        Assert.Equal("胡佳英", names.First(n => n is "胡佳英" or "林旭东"));
    }

    [Fact]
    public void Every_page_but_the_search_page_has_a_search_box_in_its_header_that_asks_the_search_page()
    {
        foreach (var file in site.Files("*.html").Where(f => f != "search/index.html"))
        {
            var html = site.Read(file);
            var header = html[html.IndexOf("<header class=\"site-header\">", StringComparison.Ordinal)..html.IndexOf("</header>", StringComparison.Ordinal)];
            var search = global::Site.Publishing.Urls.RelativeLink.Between(file, "search/index.html");
            Assert.Contains($"<form class=\"site-search\" role=\"search\" aria-label=\"站内搜索\" action=\"{search}\" method=\"get\">", header, StringComparison.Ordinal);
            Assert.Contains("<input type=\"search\" name=\"q\" id=\"site-q\"", header, StringComparison.Ordinal);
        }
        Assert.DoesNotContain("site-search", site.Read("search/index.html"), StringComparison.Ordinal);
    }
}

/// <summary>The 404 page of a site with a base URL, opened from a copy on disk.</summary>
[Trait("Speed", "Slow")]
public sealed class NotFoundFallbackTests : IDisposable
{
    private readonly TempInput input = new TempInput().CopySample();

    public void Dispose() => input.Dispose();

    [Fact]
    public void The_404_page_names_the_paper_and_falls_back_to_the_stylesheet_beside_it()
    {
        SiteBuild.Run(new BuildOptions(input.Input, input.Output, Path.Combine(Repo.Root, "themes"), BaseUrl: "https://example.org/paper"));
        var html = File.ReadAllText(Path.Combine(input.Output, "404.html"));
        Assert.Contains("<title>页面不存在 · 嘉兴日报·平湖版</title>", html, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"stylesheet\" href=\"https://example.org/paper/assets/site.css\">\n<link rel=\"stylesheet\" href=\"assets/site.css\">", html, StringComparison.Ordinal);
        Assert.Contains("action=\"https://example.org/paper/search/index.html\"", html, StringComparison.Ordinal);
    }
}
