using Site.Publishing.Check;

namespace Site.Publishing.Tests.Check;

public class LinkResolverTests
{
    private const string From = "2025/08/04/01/03.html";

    [Theory]
    [InlineData("04.html", "2025/08/04/01/04.html", null)]
    [InlineData("./04.html", "2025/08/04/01/04.html", null)]
    [InlineData("../02/index.html", "2025/08/04/02/index.html", null)]
    [InlineData("../../../../index.html", "index.html", null)]
    [InlineData("../02/../01/./04.html", "2025/08/04/01/04.html", null)]
    [InlineData("04.html?from=rss#p2", "2025/08/04/01/04.html", "p2")]
    [InlineData("03-1%402x.jpg", "2025/08/04/01/03-1@2x.jpg", null)]
    [InlineData("#%E6%AD%A3%E6%96%87", From, "正文")]
    [InlineData("  \n04.html ", "2025/08/04/01/04.html", null)]
    public void A_relative_url_resolves_from_the_file_it_is_in(string url, string path, string? fragment)
    {
        Assert.Equal(LinkTarget.File(path, fragment), LinkResolver.Resolve(From, url, LinkContext.Relative, null));
    }

    [Theory]
    [InlineData("")]
    [InlineData("#")]
    [InlineData("?page=2")]
    [InlineData("mailto:news@example.org")]
    [InlineData("TEL:12345")]
    [InlineData("data:image/png;base64,AAAA")]
    public void A_url_with_nothing_to_check_resolves_to_nothing(string url)
    {
        Assert.Equal(LinkTarget.Nothing, LinkResolver.Resolve(From, url, LinkContext.Relative, null));
    }

    [Theory]
    [InlineData("../../../../../x.html", "climbs above the site's root")]
    [InlineData("../02/../../../../../x.html", "climbs above the site's root")]
    [InlineData("../02/", "links to a folder instead of its index.html file")]
    [InlineData(".", "links to a folder instead of its index.html file")]
    [InlineData("../02/.", "links to a folder instead of its index.html file")]
    [InlineData("..\\02\\index.html", "contains a backslash")]
    [InlineData("/2025/08/04/index.html", "is an absolute path")]
    [InlineData("https://example.org/paper/index.html", "links outside the site")]
    public void A_url_breaking_the_sites_promise_is_a_problem(string url, string problem)
    {
        Assert.Contains(problem, LinkResolver.Resolve(From, url, LinkContext.Relative, "https://example.org/paper").Problem);
    }

    [Theory]
    [InlineData("https://example.org/paper/2025/08/04/index.html", "2025/08/04/index.html")]
    [InlineData("https://example.org/paper/2025/08/04/", "2025/08/04/index.html")]
    [InlineData("https://example.org/paper/", "index.html")]
    [InlineData("https://example.org/paper", "index.html")]
    public void An_absolute_url_under_the_base_url_resolves_to_its_file(string url, string path)
    {
        Assert.Equal(LinkTarget.File(path, null), LinkResolver.Resolve(From, url, LinkContext.StandardAbsolute, "https://example.org/paper/"));
    }
}
