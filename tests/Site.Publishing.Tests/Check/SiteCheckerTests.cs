using System.Collections.Immutable;
using System.Text;
using Site.Publishing.Check;
using Site.Publishing.Output;
using static Site.Publishing.Tests.Check.Pages;

namespace Site.Publishing.Tests.Check;

public class SiteCheckerTests
{
    private const string BaseUrl = "https://example.org/paper";

    private static ImmutableArray<SiteProblem> Check(params OutputFile[] files) => Check(BaseUrl, files);

    private static ImmutableArray<SiteProblem> Check(string? baseUrl, params OutputFile[] files)
    {
        var checker = new SiteChecker(baseUrl);
        foreach (var file in files) checker.Add(file);
        return checker.Finish();
    }

    /// <summary>A home page, an edition, a page and an article linking each other, a stylesheet and a photo.</summary>
    private static OutputFile[] TinySite() =>
    [
        Html("index.html", """<a href="2025/08/04/index.html">2025年8月4日</a>""", """<link rel="stylesheet" href="assets/site.css">"""),
        Html("2025/08/04/index.html", """<a href="01/index.html">第01版</a> <a href="../../../index.html">首页</a>"""),
        Html("2025/08/04/01/index.html", """<a href="03.html#body">文章</a> <a href="../index.html">本期</a>"""),
        Html("2025/08/04/01/03.html", """
            <main id="body"><p>正文 <a href="#body">顶部</a> <a href="mailto:news@example.org">来信</a></p>
            <img src="03-1.jpg" srcset="03-1.jpg 1x, 03-1@2x.jpg 2x" alt="">
            <a href="index.html">本版</a></main>
            """, $"""<link rel="canonical" href="{BaseUrl}/2025/08/04/01/03.html">"""),
        Raw("assets/site.css", "body { background: url(\"bg.png\"); }\n@import 'print.css';\n"),
        Raw("assets/print.css", "/* url(not-a-file.png) in a comment */\n"),
        Binary("assets/bg.png"),
        Binary("2025/08/04/01/03-1.jpg"),
        Binary("2025/08/04/01/03-1@2x.jpg"),
        Raw("feed.xml", "<feed><link href=\"https://elsewhere.example/\"/></feed>"),
    ];

    [Fact]
    public void Links_to_kept_files_resolve_whether_kept_before_or_after_the_page_and_a_kept_folder_is_named_as_such()
    {
        var checker = new SiteChecker(null);
        checker.AddKept(["2025/08/03/index.html"]);
        checker.Add(Html("index.html", """
            <a href="2025/08/03/index.html#top">前一期</a> <a href="2025/08/05/index.html">后一期</a>
            <a href="2025/08/03">文件夹</a> <a href="2025/08/06/index.html">没有</a>
            """));
        checker.AddKept(["2025/08/05/index.html"]);

        var problems = checker.Finish();

        // A kept page's ids were not read: a fragment into it is taken on trust.
        Assert.Equal(["links to 2025/08/06/index.html, which the site does not contain", "links to the folder 2025/08/03/ instead of its index.html file"],
            problems.Select(p => p.Message).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_tiny_site_whose_links_all_resolve_has_no_problems()
    {
        Assert.Empty(Check(TinySite()));
    }

    [Fact]
    public void Files_may_arrive_in_any_order()
    {
        Assert.Empty(Check(TinySite().Reverse().ToArray()));
    }

    [Fact]
    public void A_link_to_a_page_that_was_never_added_is_reported_at_its_line()
    {
        var page = Html("2025/08/04/01/03.html", "<p>正文</p>\n<a href=\"04.html\">下一篇</a>");

        var problem = Assert.Single(Check(page));

        Assert.Equal(new SiteProblem(page.Path, LineOf(page, "04.html"), "links to 2025/08/04/01/04.html, which the site does not contain"), problem);
    }

    [Fact]
    public void Links_to_a_file_that_never_comes_are_listed_up_to_a_limit_in_file_order_whatever_order_pages_arrive_in()
    {
        // Every page of an archive links to the site-wide indices; a broken one must not mean a million lines.
        var pages = Enumerable.Range(0, SiteChecker.ListedLinks + 15)
            .Select(i => Html($"p/{i:D3}.html", "<a href=\"../gone.html\">甲</a>\n<a href=\"../gone.html\">乙</a>")).ToArray();
        var shuffled = pages.Select((p, i) => (p, i)).OrderBy(x => x.i * 7919 % pages.Length).Select(x => x.p).ToArray();

        var problems = Check(shuffled);

        var listed = pages.Take(SiteChecker.ListedLinks).Select(p => new SiteProblem(p.Path, LineOf(p, "甲"), "links to gone.html, which the site does not contain"));
        var last = pages[SiteChecker.ListedLinks - 1];
        Assert.Equal([.. listed.Select(p => p.ToString()), new SiteProblem(last.Path, LineOf(last, "甲"), "links to gone.html, which the site does not contain; so do 15 more links after this one, not listed").ToString()],
            problems.Select(p => p.ToString()));
        Assert.Equal(problems.ToArray(), Check(pages.Reverse().ToArray()).ToArray());
    }

    [Fact]
    public void A_link_written_wrong_on_every_page_is_listed_at_its_first_places_and_counted_like_a_missing_file()
    {
        var pages = Enumerable.Range(0, SiteChecker.ListedLinks + 15)
            .Select(i => Html($"p/{i:D3}.html", "<p>正文</p>\n<a href=\"/about.html\">关于</a>")).ToArray();

        var problems = Check(pages.Reverse().ToArray());

        const string Wrong = "\"/about.html\" is an absolute path; it breaks under a sub-path and from file://, so link relatively";
        var last = pages[SiteChecker.ListedLinks - 1];
        Assert.Equal<SiteProblem>(
            [.. pages.Take(SiteChecker.ListedLinks - 1).Select(p => new SiteProblem(p.Path, LineOf(p, "关于"), Wrong)),
             new SiteProblem(last.Path, LineOf(last, "关于"), Wrong + "; so do 15 more links after this one, not listed")],
            problems);
    }

    [Theory]
    [InlineData(BaseUrl, "not with the base URL checked, https://example.org/paper/: the site was built with --base-url https://paper.example/news/; check it with --base-url https://paper.example/news/, or build it again with --base-url https://example.org/paper/")]
    [InlineData(null, "but the check was given no base URL: the site was built with --base-url https://paper.example/news/; check it with --base-url https://paper.example/news/ (or give site.yml that baseUrl)")]
    public void When_most_links_are_under_another_base_url_that_is_said_once_with_the_fix(string? checkedAgainst, string said)
    {
        var index = Html("index.html", "<a href=\"2025/08/04/01/99.html\">缺</a>");
        var pages = Enumerable.Range(0, 30).Select(i => Html($"2025/08/04/01/{i:D2}.html", "<p>正文</p>",
            $"<link rel=\"canonical\" href=\"https://paper.example/news/2025/08/04/01/{i:D2}.html\">\n<link rel=\"alternate\" type=\"application/atom+xml\" href=\"https://paper.example/news/feed.xml\">"))
            .Append(index).ToArray();

        var problems = Check(checkedAgainst, pages);

        Assert.Equal<SiteProblem>(
            [new SiteProblem("", 0, "60 absolute links (canonical addresses, feeds, sitemaps) start with https://paper.example/news/, " + said),
             new SiteProblem("index.html", LineOf(index, "缺"), "links to 2025/08/04/01/99.html, which the site does not contain")],
            problems);
    }

    [Fact]
    public void Every_fragment_waiting_for_a_page_is_checked_however_many_wait()
    {
        var pages = Enumerable.Range(0, SiteChecker.ListedLinks * 2)
            .Select(i => Html($"p/{i:D3}.html", $"<a href=\"../b.html#{(i % 10 == 9 ? "absent" : "present")}\">链</a>")).ToArray();

        var problems = Check([.. pages, Html("b.html", "<h2 id=\"present\">在</h2>")]);

        Assert.Equal(pages.Where((_, i) => i % 10 == 9).Select(p => p.Path), problems.Select(p => p.File));
        Assert.All(problems, p => Assert.Equal("links to b.html#absent, but that page has no element with id \"absent\"", p.Message));
    }

    [Fact]
    public void A_page_rendered_as_text_is_checked_from_its_text_as_its_bytes_would_be()
    {
        var text = "\uFEFF<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><title>甲</title></head>\n<body><a href=\"gone.html\">乙</a><p><div></div></p></body></html>\n";
        var asText = OutputFile.FromText("a.html", text);

        var problems = Check(asText);

        Assert.Equal(Encoding.UTF8.GetBytes(text), asText.Content);
        Assert.Equal(Check(new OutputFile("a.html", asText.Content)).ToArray(), problems.ToArray());
        Assert.Contains(problems, p => p.Message.Contains("byte-order mark", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Message.Contains("gone.html", StringComparison.Ordinal) && p.Line == 3);
    }

    [Fact]
    public void A_page_whose_bytes_are_replaced_is_checked_from_its_new_bytes()
    {
        var page = OutputFile.FromText("a.html", "<a href=\"gone.html\">乙</a>") with { Content = Encoding.UTF8.GetBytes("<a href=\"b.html\">乙</a>") };

        var problems = Check(page);

        Assert.Null(page.Text);
        Assert.Contains(problems, p => p.Message.Contains("b.html", StringComparison.Ordinal));
        Assert.DoesNotContain(problems, p => p.Message.Contains("gone.html", StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_image_is_reported()
    {
        var page = Html("a.html", "<img src=\"photo.jpg\" alt=\"\">");

        var problem = Assert.Single(Check(page));

        Assert.Contains("photo.jpg, which the site does not contain", problem.Message);
    }

    [Fact]
    public void Every_candidate_of_a_srcset_must_exist()
    {
        var page = Html("a.html", "<img src=\"a.jpg\" srcset=\"a.jpg 1x, a@2x.jpg 2x\" alt=\"\">");

        var problem = Assert.Single(Check(page, Binary("a.jpg")));

        Assert.Contains("a@2x.jpg", problem.Message);
    }

    [Fact]
    public void A_fragment_must_name_an_element_of_the_page_it_points_to()
    {
        var target = Html("b.html", "<h2 id=\"present\">在</h2>");
        var page = Html("a.html", "<a href=\"b.html#present\">好</a>\n<a href=\"b.html#absent\">坏</a>");

        var problem = Assert.Single(Check(page, target));

        Assert.Equal(LineOf(page, "#absent"), problem.Line);
        Assert.Equal("links to b.html#absent, but that page has no element with id \"absent\"", problem.Message);
    }

    [Fact]
    public void A_fragment_is_checked_when_its_page_arrives_after_the_link()
    {
        var target = Html("b.html", "<h2 id=\"present\">在</h2>");
        var page = Html("a.html", "<a href=\"b.html#absent\">坏</a>");

        var problem = Assert.Single(Check(target, page).Concat(Check(page, target)).Distinct());

        Assert.Equal("a.html", problem.File);
    }

    [Fact]
    public void A_fragment_on_the_same_page_must_name_one_of_its_ids()
    {
        var page = Html("a.html", "<main id=\"main\"><a href=\"#main\">顶</a> <a href=\"#nowhere\">无</a> <a href=\"#top\">页首</a> <a href=\"#\">空</a></main>");

        var problem = Assert.Single(Check(page));

        Assert.Contains("no element with id \"nowhere\"", problem.Message);
    }

    [Fact]
    public void A_link_to_a_folder_is_reported_because_file_urls_do_not_open_index_html()
    {
        var page = Html("2025/08/04/01/03.html", "<a href=\"../02/\">第02版</a>\n<a href=\"../02\">第02版</a>\n<a href=\"..\">本期</a>");
        var files = new[] { page, Html("2025/08/04/02/index.html", ""), Html("2025/08/04/index.html", "") };

        var problems = Check(files);

        Assert.Equal(3, problems.Length);
        Assert.All(problems, p => Assert.Contains("folder", p.Message));
        Assert.Contains(problems, p => p.Message.Contains("instead of its index.html file") && p.Line == LineOf(page, "\"../02/\""));
        Assert.Contains(problems, p => p.Message == "links to the folder 2025/08/04/02/ instead of its index.html file");
    }

    [Fact]
    public void An_absolute_path_link_is_reported_because_it_breaks_under_a_sub_path()
    {
        var page = Html("a.html", "<a href=\"/2025/08/04/index.html\">本期</a>");

        var problem = Assert.Single(Check(page, Html("2025/08/04/index.html", "")));

        Assert.Contains("absolute path", problem.Message);
    }

    [Fact]
    public void A_link_climbing_above_the_output_root_is_reported()
    {
        var page = Html("2025/index.html", "<a href=\"../../index.html\">外</a>");

        var problem = Assert.Single(Check(page));

        Assert.Contains("climbs above the site's root", problem.Message);
    }

    [Theory]
    [InlineData("<a href=\"https://www.example.com/\">外链</a>")]
    [InlineData("<a href=\"//www.example.com/\">外链</a>")]
    [InlineData("<script src=\"https://cdn.example.com/x.js\"></script>")]
    [InlineData("<img src=\"http://example.org/paper/a.jpg\" alt=\"\">")]
    [InlineData("<link rel=\"stylesheet\" href=\"https://fonts.example.com/css\">")]
    [InlineData("<a href=\"ftp://example.org/\">外链</a>")]
    public void An_absolute_link_outside_a_standard_place_links_outside_the_site(string markup)
    {
        var problem = Assert.Single(Check(Html("a.html", markup)));

        Assert.Contains("outside the site", problem.Message);
    }

    [Fact]
    public void The_404_page_may_link_absolutely_into_the_site_as_it_is_shown_at_any_missing_url()
    {
        var notFound = Html("404.html", $"<a href=\"{BaseUrl}/index.html\">最新一期</a> <a href=\"index.html\">首页</a>",
            $"<link rel=\"stylesheet\" href=\"{BaseUrl}/assets/site.css\">");

        Assert.Empty(Check(notFound, Html("index.html", ""), Raw("assets/site.css", "body { margin: 0; }")));
        // Into the site only, and to files it has; other pages keep to relative links.
        Assert.Contains(Check(notFound, Html("index.html", "")), p => p.File == "404.html" && p.Message.Contains("assets/site.css", StringComparison.Ordinal));
        Assert.Contains(Check(Html("404.html", "<a href=\"https://elsewhere.example/\">外</a>")), p => p.Message.Contains("outside the site's base URL", StringComparison.Ordinal));
        Assert.Contains(Check(Html("a/404.html", $"<a href=\"{BaseUrl}/index.html\">首页</a>"), Html("index.html", "")), p => p.Message.Contains("outside the site", StringComparison.Ordinal));
    }

    [Fact]
    public void Mailto_tel_and_data_urls_are_allowed()
    {
        var page = Html("a.html", "<a href=\"mailto:a@example.org\">信</a> <a href=\"tel:+86-573-1234\">电话</a> <img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\" alt=\"\">");

        Assert.Empty(Check(page));
    }

    [Fact]
    public void A_javascript_link_is_reported()
    {
        var problem = Assert.Single(Check(Html("a.html", "<a href=\"javascript:void(0)\">点</a>")));

        Assert.Contains("JavaScript", problem.Message);
    }

    [Fact]
    public void Canonical_alternate_and_open_graph_urls_may_be_absolute_when_they_point_into_the_site()
    {
        var head = $$"""
            <link rel="canonical" href="{{BaseUrl}}/a.html">
            <link rel="alternate" type="application/atom+xml" href="{{BaseUrl}}/feed.xml">
            <meta property="og:url" content="{{BaseUrl}}/a.html">
            <meta property="og:image" content="{{BaseUrl}}/a.jpg">
            <meta property="og:title" content="平湖新闻">
            <meta name="twitter:card" content="summary">
            <link rel="alternate" href="{{BaseUrl}}/">
            <script type="application/ld+json">{"@context":"https://schema.org","url":"https://anywhere.example/"}</script>
            """;

        Assert.Empty(Check(Html("a.html", "", head), Html("index.html", ""), Raw("feed.xml", "<feed/>"), Binary("a.jpg")));
    }

    [Fact]
    public void A_canonical_url_must_name_a_file_of_the_site()
    {
        var page = Html("a.html", "", $"<link rel=\"canonical\" href=\"{BaseUrl}/b.html\">");

        var problem = Assert.Single(Check(page));

        Assert.Equal("links to b.html, which the site does not contain", problem.Message);
    }

    [Fact]
    public void A_canonical_url_outside_the_base_url_is_reported()
    {
        var problem = Assert.Single(Check(Html("a.html", "", "<link rel=\"canonical\" href=\"https://other.example/a.html\">")));

        Assert.Contains("outside the site's base URL", problem.Message);
    }

    [Fact]
    public void Without_a_base_url_no_absolute_url_is_allowed()
    {
        var problem = Assert.Single(Check(baseUrl: null, Html("a.html", "", $"<link rel=\"canonical\" href=\"{BaseUrl}/a.html\">")));

        Assert.Contains("no base URL", problem.Message);
    }

    [Fact]
    public void A_stylesheet_url_to_a_missing_file_is_reported_at_its_line()
    {
        var css = Raw("assets/site.css", "body { margin: 0; }\n.mast { background: url(../img/mast.png) no-repeat; }\n");

        var problem = Assert.Single(Check(css));

        Assert.Equal(new SiteProblem("assets/site.css", 2, "links to img/mast.png, which the site does not contain"), problem);
    }

    [Fact]
    public void Stylesheet_urls_inside_a_page_are_checked_too()
    {
        var page = Html("a.html", "<div style=\"background: url('missing-1.png')\"></div>", "<style>\nh1 { background: url(missing-2.png) }\n</style>");

        var problems = Check(page);

        Assert.Equal(["missing-1.png", "missing-2.png"], problems.Select(p => p.Message.Split(' ')[2].TrimEnd(',')).Order());
        Assert.Contains(problems, p => p.Line == LineOf(page, "missing-2.png"));
    }

    [Fact]
    public void A_stylesheet_linking_a_web_font_service_links_outside_the_site()
    {
        var problem = Assert.Single(Check(Raw("site.css", "@import url(\"https://fonts.example.com/css?family=Noto\");")));

        Assert.Contains("outside the site", problem.Message);
    }

    [Fact]
    public void Xml_and_json_files_are_not_link_checked()
    {
        Assert.Empty(Check(Raw("feed.xml", "<a href=\"/nowhere\"/>"), Raw("2025/08/04/edition.json", "{\"url\":\"https://x.example/\"}")));
    }

    [Fact]
    public void Malformed_markup_is_reported_at_its_line()
    {
        var page = Html("a.html", "<div>\n<span>标题\n</div>\n</p>");

        var problems = Check(page);

        Assert.Contains(new SiteProblem("a.html", LineOf(page, "<span>"), "<span> is not closed before </div> on line " + LineOf(page, "</div>")), problems);
        Assert.Contains(new SiteProblem("a.html", LineOf(page, "</p>"), "</p> has no open <p> to close"), problems);
    }

    [Fact]
    public void A_full_check_adds_the_html5_parse_errors_angle_sharp_reports_with_their_lines()
    {
        var page = Html("a.html", "<p>一\n<p>二</p>\n<table><tr><td>格</td></tr></table>\n<b><i>粗斜</b></i>");
        var checker = new SiteChecker(null, PageValidation.Full);
        checker.Add(page);

        var problems = checker.Finish();

        Assert.Contains(problems, p => p.Message.StartsWith("HTML parse error", StringComparison.Ordinal) && p.Line == LineOf(page, "</b></i>"));
    }

    [Theory]
    [InlineData("<!DOCTYPE html>\n<html>\n<head><title>题</title></head><body></body></html>", "<html> has no lang attribute", 2)]
    [InlineData("<!DOCTYPE html>\n<html lang=\"\">\n<head><title>题</title></head><body></body></html>", "<html> has no lang attribute", 2)]
    [InlineData("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head></head><body></body></html>", "missing <title>", 0)]
    [InlineData("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head>\n<title> </title></head><body></body></html>", "<title> is empty", 3)]
    [InlineData("<html lang=\"zh-CN\"><head><title>题</title></head><body></body></html>", "missing <!DOCTYPE html>", 1)]
    [InlineData("<!DOCTYPE html PUBLIC \"-//W3C//DTD HTML 4.01//EN\">\n<html lang=\"zh-CN\"><head><title>题</title></head><body></body></html>", "the doctype is <!DOCTYPE html PUBLIC \"-//W3C//DTD HTML 4.01//EN\">, not <!DOCTYPE html>", 1)]
    public void A_page_needs_a_doctype_a_language_and_a_title(string html, string message, int line)
    {
        var problem = Assert.Single(Check(Raw("a.html", html)));

        Assert.Equal(new SiteProblem("a.html", line, message), problem);
    }

    [Fact]
    public void A_byte_order_mark_is_reported()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Document(""))).ToArray();

        var problem = Assert.Single(Check(new OutputFile("a.html", bytes)));

        Assert.Contains("byte-order mark", problem.Message);
    }

    [Fact]
    public void A_file_added_twice_is_reported()
    {
        var problem = Assert.Single(Check(Html("a.html", ""), Html("a.html", "")));

        Assert.Contains("twice", problem.Message);
    }

    [Fact]
    public void Problems_come_sorted_by_file_then_line()
    {
        var problems = Check(
            Html("b.html", "<a href=\"x2.html\">x</a>\n<a href=\"x1.html\">x</a>"),
            Html("a.html", "<a href=\"/abs.html\">x</a>\n<a href=\"x3.html\">x</a>"));

        Assert.Equal(problems.OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Line), problems);
        Assert.Equal(["a.html", "a.html", "b.html", "b.html"], problems.Select(p => p.File));
    }

    [Fact]
    public void Pages_added_from_many_threads_at_once_are_all_accounted_for()
    {
        const int count = 2_000;
        static OutputFile Article(int i) => Html($"a/{i}.html",
            $"<main id=\"main\"><a href=\"{(i + count - 1) % count}.html#main\">上一篇</a> <a href=\"{(i + 1) % count}.html\">下一篇</a> <a href=\"../index.html#n{i}\">索引</a></main>");
        var index = Html("index.html", string.Concat(Enumerable.Range(0, count).Select(i => $"<a id=\"n{i}\" href=\"a/{i}.html\">{i}</a>\n")));
        var checker = new SiteChecker(BaseUrl);

        Parallel.For(0, count + 2, i =>
        {
            if (i < count) checker.Add(Article(i));
            else if (i == count) checker.Add(index);
            else checker.Add(Html("a/broken.html", "<a href=\"gone.html\">无</a>"));
        });

        var problem = Assert.Single(checker.Finish());
        Assert.Equal("a/broken.html", problem.File);
    }
}
