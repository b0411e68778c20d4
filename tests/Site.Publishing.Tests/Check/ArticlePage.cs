using System.Globalization;
using System.Text;

namespace Site.Publishing.Tests.Check;

/// <summary>A realistic article page of the digital edition (about 6 KB, about 40 links), as the default
/// theme lays one out at 2025/08/04/01/03.html: masthead, page navigation, hgroup, byline, body, photo,
/// the page's other articles, pager, footer.</summary>
public static class ArticlePage
{
    public const string Path = "2025/08/04/01/03.html";

    public static string Html(string baseUrl = "https://example.org/paper")
    {
        var sb = new StringBuilder();
        void Line(string s) => sb.Append(s).Append('\n');
        Line("<!DOCTYPE html>");
        Line("<html lang=\"zh-CN\">");
        Line("<head>");
        Line("<meta charset=\"utf-8\">");
        Line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        Line("<title>平湖全力推进新质生产力发展 - 嘉兴日报·平湖版 2025年8月4日</title>");
        Line("<link rel=\"stylesheet\" href=\"../../../../assets/site.css\">");
        Line("<link rel=\"stylesheet\" href=\"../../../../assets/print.css\" media=\"print\">");
        Line($"<link rel=\"canonical\" href=\"{baseUrl}/2025/08/04/01/03.html\">");
        Line("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"../../../../feed.xml\" title=\"嘉兴日报·平湖版\">");
        Line("<meta property=\"og:title\" content=\"平湖全力推进新质生产力发展\">");
        Line($"<meta property=\"og:url\" content=\"{baseUrl}/2025/08/04/01/03.html\">");
        Line("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"平湖全力推进新质生产力发展\"}</script>");
        Line("</head>");
        Line("<body>");
        Line("<header class=\"masthead\"><a href=\"../../../../index.html\">嘉兴日报·平湖版</a>");
        Line("<p class=\"dateline\">2025年8月4日 星期一 农历乙巳年闰六月十一 总第1234期</p>");
        Line("<nav aria-label=\"版面\"><ul>");
        for (var i = 1; i <= 8; i++) Line(Invariant($"<li><a href=\"../{i:00}/index.html\">第{i:00}版 要闻</a></li>"));
        Line("</ul></nav></header>");
        Line("<main id=\"main\">");
        Line("<article>");
        Line("<hgroup><p class=\"kicker\">聚焦高质量发展</p><h1>平湖全力推进新质生产力发展</h1><p class=\"subtitle\">科技创新引领产业升级</p></hgroup>");
        Line("<p class=\"byline\">■记者 <a href=\"../../../../people/p0123456789/index.html\">张三</a> 通讯员 李四</p>");
        for (var i = 0; i < 9; i++)
            Line("<p>近日，平湖市召开全市经济工作会议，会议强调要坚持稳中求进工作总基调，完整、准确、全面贯彻新发展理念，加快构建新发展格局，着力推动高质量发展，计划建设2栋厂房，全力以赴拼经济、促发展。</p>");
        Line("<figure><img src=\"03-1.jpg\" alt=\"平湖经济开发区\" width=\"600\" height=\"400\"><figcaption>■摄影 王五</figcaption></figure>");
        Line("</article>");
        Line("<aside><h2>本版其他文章</h2><ul>");
        for (var i = 1; i <= 12; i++) Line(Invariant($"<li><a href=\"{i:00}.html\">本版文章标题第{i}篇 平湖新闻</a></li>"));
        Line("</ul></aside>");
        Line("<nav class=\"pager\"><a href=\"02.html\" rel=\"prev\">上一篇</a> <a href=\"04.html\" rel=\"next\">下一篇</a> <a href=\"#main\">返回顶部</a></nav>");
        Line("</main>");
        Line("<footer><ul>");
        foreach (var s in new[] { "archive", "sections", "people", "search" }) Line($"<li><a href=\"../../../../{s}/index.html\">{s}</a></li>");
        for (var i = 0; i < 6; i++) Line(Invariant($"<li><a href=\"../../../../sections/s{i}/index.html\">栏目{i}</a></li>"));
        Line("</ul><p>© 嘉兴日报社 版权所有</p></footer>");
        Line("</body>");
        Line("</html>");
        return sb.ToString();
    }

    /// <summary>Every file the article page links to, so a checker given them all finds nothing missing.</summary>
    public static IEnumerable<string> Targets()
    {
        yield return "assets/site.css";
        yield return "assets/print.css";
        yield return "feed.xml";
        yield return "index.html";
        for (var i = 1; i <= 8; i++) yield return Invariant($"2025/08/04/{i:00}/index.html");
        yield return "people/p0123456789/index.html";
        yield return "2025/08/04/01/03-1.jpg";
        for (var i = 1; i <= 12; i++) if (i != 3) yield return Invariant($"2025/08/04/01/{i:00}.html");
        foreach (var s in new[] { "archive", "sections", "people", "search" }) yield return $"{s}/index.html";
        for (var i = 0; i < 6; i++) yield return Invariant($"sections/s{i}/index.html");
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
