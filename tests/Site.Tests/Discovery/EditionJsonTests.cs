using System.Text.Json;
using System.Text.Json.Nodes;
using Site.Config;
using Site.Parsing.Output;
using Site.Testing;
using Site.Parsing;

namespace Site.Tests.Discovery;

/// <summary>Given the sample newspaper published at a base URL: each edition has a machine-readable twin,
/// edition.json, in the parse contract's terms plus URLs, and editions.json lists them all.</summary>
[Trait("Speed", "Slow")]
public sealed class EditionJsonTests(PublishedSite site) : IClassFixture<PublishedSite>
{
    private static readonly string[] UrlKeys = ["number", "url", "absoluteUrl"];
    /// <summary>Where a page read from PDF printed the article: beside the contract, not in it.</summary>
    private static readonly string[] PrintedKeys = ["regions", "pictures"];

    [Fact]
    public void Each_article_in_edition_json_is_the_parse_contracts_article_plus_its_url()
    {
        var rules = SiteConfigReader.Load(Path.Combine(Repo.Root, "input", "site.yml")).Parser;
        foreach (var folder in Directory.EnumerateDirectories(Path.Combine(Repo.Root, "input", "issues")).Order(StringComparer.Ordinal))
        {
            var date = Path.GetFileName(folder);
            var twin = JsonNode.Parse(site.Read($"{date.Replace('-', '/')}/edition.json"))!;
            var files = Directory.GetFiles(folder).Where(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".pdf", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal).ToList();
            Assert.Equal(files.Count, twin["pages"]!.AsArray().Count);
            for (var p = 0; p < files.Count; p++)
            {
                var contract = JsonNode.Parse(ContractJson.Write(IssueFile.Parse(files[p], rules)))!;
                // The contract's date is the one the masthead prints (null when it prints none); the twin's is the edition's.
                contract["edition"]!["date"] = date;
                if (p == 0) Assert.True(JsonNode.DeepEquals(contract["edition"], twin["edition"]), date);
                var page = twin["pages"]![p]!;
                Assert.Equal(Path.GetFileName(files[p]), (string?)page["source"]);
                var articles = page["articles"]!.AsArray();
                Assert.Equal(contract["articles"]!.AsArray().Count, articles.Count);
                for (var i = 0; i < articles.Count; i++)
                {
                    var article = articles[i]!.AsObject().DeepClone().AsObject();
                    foreach (var key in UrlKeys.Concat(PrintedKeys)) article.Remove(key);
                    Assert.True(JsonNode.DeepEquals(contract["articles"]![i], article), $"{date} page {p + 1} article {i}");
                }
            }
        }
    }

    [Fact]
    public void Numbered_articles_link_to_their_pages_and_teasers_and_weather_have_no_page_of_their_own()
    {
        foreach (var file in site.Files("edition.json"))
        {
            using var doc = site.Json(file);
            var root = doc.RootElement;
            Assert.Equal(file.Replace("edition.json", "index.html", StringComparison.Ordinal), root.GetProperty("url").GetString());
            Assert.True(site.Exists(root.GetProperty("url").GetString()!));
            foreach (var page in root.GetProperty("pages").EnumerateArray())
            {
                Assert.True(site.Exists(page.GetProperty("url").GetString()!));
                foreach (var article in page.GetProperty("articles").EnumerateArray())
                {
                    var kind = article.GetProperty("kind").GetString();
                    var url = article.GetProperty("url");
                    if (kind is "teaser" or "weather")
                    {
                        Assert.Equal(JsonValueKind.Null, url.ValueKind);
                        Assert.Equal(JsonValueKind.Null, article.GetProperty("number").ValueKind);
                        continue;
                    }
                    Assert.True(site.Exists(url.GetString()!), url.GetString());
                    Assert.Equal($"{PublishedSite.BaseUrl}/{url.GetString()}", article.GetProperty("absoluteUrl").GetString());
                    Assert.EndsWith($"/{article.GetProperty("number").GetInt32():00}.html", url.GetString(), StringComparison.Ordinal);
                }
            }
        }
        using var withWeather = site.Json("2024/08/22/edition.json");
        Assert.Contains(withWeather.RootElement.GetProperty("pages")[0].GetProperty("articles").EnumerateArray(),
            a => a.GetProperty("kind").GetString() is "weather" or "teaser");
    }

    [Fact]
    public void Editions_json_lists_every_edition_oldest_first_with_its_pages_and_article_count()
    {
        using var doc = site.Json("editions.json");
        var editions = doc.RootElement.GetProperty("editions").EnumerateArray().ToList();
        Assert.Equal(["2022-07-19", "2022-07-20", "2022-08-22", "2023-06-21", "2024-08-22", "2025-08-04"], editions.Select(e => e.GetProperty("date").GetString()));
        Assert.Equal("嘉兴日报·平湖版", doc.RootElement.GetProperty("title").GetString());
        foreach (var e in editions)
        {
            var folder = e.GetProperty("date").GetString()!.Replace('-', '/');
            Assert.Equal($"{folder}/index.html", e.GetProperty("url").GetString());
            Assert.Equal($"{PublishedSite.BaseUrl}/{folder}/index.html", e.GetProperty("absoluteUrl").GetString());
            Assert.Equal($"{folder}/edition.json", e.GetProperty("json").GetString());
            Assert.True(site.Exists(e.GetProperty("json").GetString()!));
            Assert.All(e.GetProperty("pages").EnumerateArray(), p => Assert.True(site.Exists(p.GetProperty("url").GetString()!)));
            var articlePages = site.Files("*.html").Count(f => f.StartsWith(folder + "/", StringComparison.Ordinal) && !f.EndsWith("index.html", StringComparison.Ordinal));
            Assert.Equal(articlePages, e.GetProperty("articles").GetInt32());
        }
        Assert.Equal(5723, editions[^1].GetProperty("issueNumber").GetInt32());
    }
}
