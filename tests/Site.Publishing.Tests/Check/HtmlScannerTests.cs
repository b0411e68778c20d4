using AngleSharp.Html.Parser;
using Site.Publishing.Check;
using static Site.Publishing.Tests.Check.Pages;

namespace Site.Publishing.Tests.Check;

public class HtmlScannerTests
{
    private static IEnumerable<string> Problems(string body, string head = "") =>
        HtmlScanner.Scan(Document(body, head)).Problems.Select(p => p.Message);

    [Fact]
    public void The_realistic_article_page_is_clean()
    {
        var page = HtmlScanner.Scan(ArticlePage.Html());

        Assert.Empty(page.Problems);
        Assert.Equal(["main"], page.Ids.ToArray());
        Assert.InRange(page.Links.Length, 40, 50);
    }

    /// <summary>AngleSharp is the oracle: the scanner must find the same URLs on the same lines as a full
    /// parse, on the realistic page and on markup that is awkward to scan.</summary>
    [Theory]
    [InlineData("article")]
    [InlineData("<a href=\"a.html?x=1&amp;y=2&#38;z=&#x33;\">实体</a>")]
    [InlineData("<a href=a.html title=x>无引号</a><a href='b.html'\ntitle=\"多行\"\n>单引号</a>")]
    [InlineData("<img src=\"a.jpg\" srcset=\"a.jpg 1x,b.jpg 2x, c.jpg 3x\" alt=\"\"><video poster=\"p.jpg\" src=\"v.mp4\"></video>")]
    [InlineData("<form action=\"search/index.html\"><button formaction=\"x.html\">搜</button></form><object data=\"o.svg\"></object>")]
    [InlineData("<script>var s = '<a href=\"not-a-link.html\">';</script><!-- <a href=\"commented.html\"> --><a HREF=\"upper.html\">大写</a>")]
    [InlineData("<svg><use href=\"icons.svg#search\"/><path d=\"M0 0\"/></svg><a href=\"after-svg.html\">后</a>")]
    [InlineData("<textarea><a href=\"inside-textarea.html\"></textarea><a href=\"  spaced.html  \">空白</a>")]
    public void The_scanner_finds_the_same_urls_as_angle_sharp(string body)
    {
        var html = body == "article" ? ArticlePage.Html() : Document(body);

        var scanned = HtmlScanner.Scan(html).Links.Select(l => (l.Url, l.Line));

        Assert.Equal(AngleSharpLinks(html).Order(), scanned.Order());
    }

    private static IEnumerable<(string Url, int Line)> AngleSharpLinks(string html)
    {
        var document = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true }).ParseDocument(html);
        foreach (var element in document.All)
        {
            var line = element.SourceReference?.Position.Line ?? 0;
            foreach (var attribute in element.Attributes)
            {
                if (attribute.Name is "href" or "src" or "poster" or "action" or "formaction" || attribute.Name == "data" && element.LocalName == "object")
                    yield return (attribute.Value, line);
                if (attribute.Name == "srcset")
                    foreach (var candidate in attribute.Value.Split(',')) yield return (candidate.Trim().Split(' ')[0], line);
                if (element.LocalName == "meta" && attribute.Name == "content" && attribute.Value.StartsWith("https://", StringComparison.Ordinal))
                    yield return (attribute.Value, line);
            }
        }
    }

    [Fact]
    public void Ids_and_anchor_names_are_collected_sorted()
    {
        var page = HtmlScanner.Scan(Document("<h2 id=\"b\">乙</h2><a name=\"c\"></a><p id=\"a\">甲</p>"));

        Assert.Equal(["a", "b", "c"], page.Ids.ToArray());
    }

    [Theory]
    [InlineData("<p>段落<div>块</div></p>", "<div> inside <p>")]
    [InlineData("<a href=\"a.html\">外<a href=\"b.html\">内</a></a>", "<a> inside another <a>")]
    [InlineData("<div/>", "<div/> does not close the element in HTML; write <div></div>")]
    [InlineData("<p>1 < 2</p>", "unescaped '<' in text (write &lt;)")]
    [InlineData("<p class=\"a\" class=\"b\">重</p>", "duplicate attribute class")]
    [InlineData("<p id=\"x\">一</p><p id=\"x\">二</p>", "duplicate id \"x\"")]
    [InlineData("<p class=\"a\"id=\"b\">挤</p>", "attributes need white space between them")]
    [InlineData("<ul><li>一<li>二</ul>", "<li> is not closed before </ul>")]
    [InlineData("<br></br>", "</br>: <br> is a void element and has no end tag")]
    [InlineData("<!-- 注释", "comment is never closed")]
    [InlineData("<base href=\"x/\">", "<base> changes how every relative link resolves")]
    [InlineData("<section><p>未闭合</section>", "<p> is not closed before </section>")]
    public void Markup_a_template_should_not_produce_is_reported(string body, string expected)
    {
        Assert.Contains(Problems(body), m => m.StartsWith(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("<svg viewBox=\"0 0 1 1\"><path d=\"M0 0\"/><circle r=\"1\"></circle></svg>")]
    [InlineData("<img src=\"data:,\" alt=\"\"><br><hr><input type=\"text\" disabled><wbr/>")]
    [InlineData("<script type=\"application/ld+json\">{\"url\": \"https://anywhere.example/</p>\"}</script>")]
    [InlineData("<p>AT&amp;T &lt;b&gt; 3 &gt; 2</p><pre>  代码\n</pre>")]
    [InlineData("<table><thead><tr><th>甲</th></tr></thead><tbody><tr><td><p>乙</p></td></tr></tbody></table>")]
    [InlineData("<p><button><div>按钮里的块</div></button></p>")]
    public void Well_formed_markup_passes(string body)
    {
        Assert.Empty(Problems(body));
    }

    /// <summary>HTML's names are case-insensitive: a hand-written theme's upper-case tags and attributes
    /// nest, close and link as their lower-case forms do.</summary>
    [Fact]
    public void Upper_case_names_are_read_as_lower_case()
    {
        Assert.Empty(Problems("<DIV Class=\"x\"><P>甲</p><Br><A HREF=\"#top\" ID=\"top\">乙</A></div>"));
        Assert.Equal(["<br> is a void element and has no end tag"], Problems("<BR></br>").Select(m => m[(m.IndexOf(':') + 2)..]).ToArray());
        Assert.Equal(["#top"], HtmlScanner.Scan(Document("<A HREF=\"#top\" id=\"top\">乙</A>")).Links.Select(l => l.Url));
    }

    [Fact]
    public void An_element_never_closed_is_reported_at_the_line_it_opened()
    {
        var html = Document("<main>\n<article>\n<p>正文</p>\n</main>");

        var problem = Assert.Single(HtmlScanner.Scan(html).Problems);

        Assert.Equal(LineOf(html, "<article>"), problem.Line);
    }

    [Fact]
    public void A_file_ending_inside_a_tag_is_reported()
    {
        Assert.Contains(HtmlScanner.Scan("<!DOCTYPE html><html lang=\"zh\"><head><title>题</title></head><body><a href=\"x").Problems,
            p => p.Message == "<a> is not closed with '>' before the end of the file");
    }
}
