using Site.Publishing.Check;

namespace Site.Publishing.Tests.Check;

public class CssUrlsTests
{
    private static List<FoundLink> Extract(string css)
    {
        var links = new List<FoundLink>();
        CssUrls.Extract(css, 1, links);
        return links;
    }

    [Fact]
    public void Urls_are_found_quoted_or_not_with_their_lines()
    {
        var links = Extract("a { background: url(a.png) }\nb { background: URL( \"b.png\" ) }\n@font-face { src: url('c.woff2') format('woff2') }\n@import \"d.css\";");

        Assert.Equal([new("a.png", 1, LinkContext.Relative), new("b.png", 2, LinkContext.Relative), new("c.woff2", 3, LinkContext.Relative), new("d.css", 4, LinkContext.Relative)], links);
    }

    [Fact]
    public void Comments_and_other_strings_hold_no_urls()
    {
        Assert.Empty(Extract("/* url(a.png) */ a::before { content: \"url(b.png)\" } .x-url(c) {}"));
    }
}
