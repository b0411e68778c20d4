using System.Text.Json;

namespace Site.Tests.Site;

/// <summary>The sample site's search: an index of every article, one set of files per year, and a
/// search page every page links to.</summary>
[Trait("Speed", "Slow")]
public class SearchSiteTests(SampleSite site) : IClassFixture<SampleSite>
{
    private JsonElement Data(string path)
    {
        var js = site.Read(path);
        var start = js.IndexOf(',', StringComparison.Ordinal) + 1;
        return JsonDocument.Parse(js[start..^3]).RootElement.Clone();
    }

    [Fact]
    public void The_index_holds_every_article_once_under_its_unit()
    {
        // Past years are one unit each; the newest year (2025) is indexed by month, its newest month by
        // 旬 (the sample's newest edition, 4 August, is in 上旬).
        var units = Data("search/manifest.js").GetProperty("units").EnumerateArray().ToList();
        Assert.Equal(["2025-08-01", "2024", "2023", "2022"], units.Select(u => u.GetProperty("id").GetString()));
        Assert.Equal("2025年8月上旬", units[0].GetProperty("label").GetString());
        Assert.Equal(site.Report.Articles, units.Sum(u => u.GetProperty("documents").GetInt32()));

        var articles = site.Files("*.html").Where(f => System.Text.RegularExpressions.Regex.IsMatch(f, @"^\d{4}/\d\d/\d\d/\d\d/\d\d\.html$")).ToList();
        var indexed = site.Files("d*.js").Where(f => f.StartsWith("search/", StringComparison.Ordinal))
            .SelectMany(f => Data(f).EnumerateArray().Select(d => d[0].GetString()!)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(articles, indexed);
        foreach (var u in units)
        {
            var id = u.GetProperty("id").GetString();
            var shards = site.Files("p*.js").Count(f => f.StartsWith($"search/{id}/", StringComparison.Ordinal));
            Assert.Equal(u.GetProperty("shards").GetInt32(), shards);
        }
    }

    [Fact]
    public void Every_page_links_to_search_and_the_search_page_says_it_needs_javascript()
    {
        Assert.All(site.Files("*.html"), f =>
            Assert.Contains(">搜索</a></li>", site.Read(f), StringComparison.Ordinal));
        var page = site.Read("search/index.html");
        Assert.Contains("<noscript><p class=\"search-noscript\">搜索需要 JavaScript", page, StringComparison.Ordinal);
        Assert.Contains("<form role=\"search\" action=\"index.html\" method=\"get\"", page, StringComparison.Ordinal);
        Assert.Contains("<input type=\"search\" name=\"q\" id=\"q\"", page, StringComparison.Ordinal);
        Assert.Contains("<p id=\"search-status\"", page, StringComparison.Ordinal);
        Assert.Contains("<ol id=\"results\"", page, StringComparison.Ordinal);
        Assert.Contains("<script src=\"../assets/search.js\"></script>", page, StringComparison.Ordinal);
        Assert.Contains("searchRegister", site.Read("assets/search.js"), StringComparison.Ordinal);
    }

    [Fact]
    public void No_page_but_search_carries_a_script() =>
        // Structured data (JSON-LD) is a script element that runs nothing; it is not counted.
        Assert.Equal(["search/index.html"], site.Files("*.html").Where(f =>
            site.Read(f).Replace("<script type=\"application/ld+json\">", "", StringComparison.Ordinal).Contains("<script", StringComparison.Ordinal)));
}
