using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Site.Publishing.Discovery;

namespace Site.Tests.Discovery;

/// <summary>Given the sample newspaper published at a base URL, its feeds follow their specifications and
/// carry the newest editions' articles, with dates from the editions and ids that never change.</summary>
[Trait("Speed", "Slow")]
public sealed partial class FeedTests(PublishedSite site) : IClassFixture<PublishedSite>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";

    /// <summary>The article pages of the newest three editions, in edition order (newest first), then page and number.</summary>
    private List<string> NewestArticles() =>
        site.Files("*.html").Where(f => ArticlePath().IsMatch(f))
            .GroupBy(f => f[..10]).OrderByDescending(g => g.Key, StringComparer.Ordinal).Take(SiteDiscovery.FeedEditions)
            .SelectMany(g => g.Order(StringComparer.Ordinal)).ToList();

    [Fact]
    public void The_atom_feed_validates_against_the_atom_schema_and_the_rules_of_rfc_4287()
    {
        SchemaValidation.AssertValid(site.Path("feed.xml"), "atom.xsd", "xml.xsd");
        Assert.Empty(FeedRules.Atom4287(site.Xml("feed.xml")));
    }

    [Fact]
    public void The_atom_checks_refuse_an_entry_without_an_id_and_a_date_without_an_offset()
    {
        var bad = System.IO.Path.Combine(site.Output, "..", "bad-feed.xml");
        File.WriteAllText(bad, """
            <feed xmlns="http://www.w3.org/2005/Atom">
              <id>https://example.org/feed.xml</id><title>t</title><updated>2025-08-04T06:00:00</updated>
              <entry><title>a</title><updated>2025-08-04T06:00:00+08:00</updated><link href="https://example.org/a.html"/></entry>
            </feed>
            """);
        Assert.Single(SchemaValidation.Problems(bad, "atom.xsd", "xml.xsd"));
        Assert.Equal(2, FeedRules.Atom4287(XDocument.Load(bad)).Count);   // no id; no author anywhere
    }

    [Fact]
    public void Every_section_and_kind_listing_has_a_valid_atom_feed_of_its_newest_articles()
    {
        var listings = site.Files("index.html").Where(f => f.StartsWith("sections/", StringComparison.Ordinal) && f.Count(c => c == '/') == 2).ToList();
        Assert.Contains("sections/commentary/index.html", listings);
        Assert.Contains("sections/yaowen/index.html", listings);
        foreach (var listing in listings)
        {
            var feed = listing.Replace("index.html", "feed.xml", StringComparison.Ordinal);
            SchemaValidation.AssertValid(site.Path(feed), "atom.xsd", "xml.xsd");
            var doc = site.Xml(feed);
            Assert.Empty(FeedRules.Atom4287(doc));
            var entries = doc.Root!.Elements(Atom + "entry").Select(e => PublishedSite.Local((string)e.Element(Atom + "id")!)).ToList();
            // The listing's first page shows its articles newest first: the feed takes the first N of them.
            var listed = Regex.Matches(site.Read(listing), "class=\"headline\"><a href=\"((?:\\.\\./)+\\d{4}/\\d{2}/\\d{2}/\\d{2}/\\d{2}\\.html)\"")
                .Select(m => m.Groups[1].Value.Replace("../", "", StringComparison.Ordinal)).Distinct().ToList();
            Assert.Equal(listed.Take(SiteDiscovery.ListingFeedEntries), entries);
            Assert.Contains($"href=\"{PublishedSite.BaseUrl}/{feed}\"", site.Read(listing), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_rss_feed_validates_against_rss_2_0_and_has_its_required_elements()
    {
        SchemaValidation.AssertValid(site.Path("rss.xml"), "rss2.xsd", "dc.xsd", "atom-link.xsd");
        Assert.Empty(FeedRules.Rss20(site.Xml("rss.xml")));
    }

    [Fact]
    public void The_feeds_carry_every_article_of_the_newest_three_editions_with_their_page_urls_as_ids()
    {
        var expected = NewestArticles().Select(p => $"{PublishedSite.BaseUrl}/{p}").ToList();
        Assert.Equal(3, expected.Select(u => u[..(PublishedSite.BaseUrl.Length + 11)]).Distinct().Count());
        var atom = site.Xml("feed.xml").Root!.Elements(Atom + "entry").ToList();
        Assert.Equal(expected, atom.Select(e => (string)e.Element(Atom + "id")!));
        Assert.Equal(expected, atom.Select(e => (string)e.Element(Atom + "link")!.Attribute("href")!));
        var rss = site.Xml("rss.xml").Root!.Element("channel")!.Elements("item").ToList();
        Assert.Equal(expected, rss.Select(i => (string)i.Element("guid")!));
        Assert.All(rss, i => Assert.Equal("true", (string)i.Element("guid")!.Attribute("isPermaLink")!));
        using var json = site.Json("feed.json");
        Assert.Equal(expected, json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()));
    }

    [Fact]
    public void An_entry_has_the_pages_title_its_excerpt_its_people_by_role_and_its_page_name()
    {
        const string url = PublishedSite.BaseUrl + "/2025/08/04/01/02.html";
        var entry = site.Xml("feed.xml").Root!.Elements(Atom + "entry").Single(e => (string)e.Element(Atom + "id")! == url);
        Assert.Equal("百名师生入驻平湖乡村", (string)entry.Element(Atom + "title")!);
        Assert.Contains("<title>百名师生入驻平湖乡村 · 2025年8月4日 · 嘉兴日报·平湖版</title>", site.Read("2025/08/04/01/02.html"), StringComparison.Ordinal);
        Assert.StartsWith("本报讯 8月1日下午，第五届全国大学生乡村振兴大赛", (string)entry.Element(Atom + "summary")!, StringComparison.Ordinal);
        Assert.Equal(["荣怡婷"], entry.Elements(Atom + "author").Select(a => (string)a.Element(Atom + "name")!));
        Assert.Equal(["纪海云", "陈明远"], entry.Elements(Atom + "contributor").Select(a => (string)a.Element(Atom + "name")!));
        Assert.Equal("要闻", (string)entry.Element(Atom + "category")!.Attribute("term")!);

        var item = site.Xml("rss.xml").Descendants("item").Single(i => (string)i.Element("link")! == url);
        Assert.Equal(["荣怡婷", "纪海云", "陈明远"], item.Elements(Dc + "creator").Select(c => (string)c));
        Assert.Equal("要闻", (string)item.Element("category")!);
    }

    [Fact]
    public void Every_date_is_the_editions_date_at_six_in_the_morning_china_time()
    {
        var atom = site.Xml("feed.xml").Root!;
        Assert.Equal("2025-08-04T06:00:00+08:00", (string)atom.Element(Atom + "updated")!);
        foreach (var entry in atom.Elements(Atom + "entry"))
        {
            var date = PublishedSite.Local((string)entry.Element(Atom + "id")!)[..10].Replace('/', '-');
            Assert.Equal($"{date}T06:00:00+08:00", (string)entry.Element(Atom + "published")!);
            Assert.Equal($"{date}T06:00:00+08:00", (string)entry.Element(Atom + "updated")!);
        }
        var channel = site.Xml("rss.xml").Root!.Element("channel")!;
        Assert.Equal("Mon, 04 Aug 2025 06:00:00 +0800", (string)channel.Element("lastBuildDate")!);
        foreach (var item in channel.Elements("item"))
        {
            var date = DateOnly.ParseExact(PublishedSite.Local((string)item.Element("link")!)[..10], "yyyy/MM/dd", CultureInfo.InvariantCulture);
            Assert.Equal(PublicationTime.Of(date), DateTimeOffset.ParseExact(((string)item.Element("pubDate")!).Replace(" +0800", " +08:00", StringComparison.Ordinal),
                "ddd, dd MMM yyyy HH:mm:ss zzz", CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void The_json_feed_keeps_every_must_of_json_feed_1_1()
    {
        using var doc = site.Json("feed.json");
        var feed = doc.RootElement;
        // version: the URL of version 1.1; title: required.
        Assert.Equal("https://jsonfeed.org/version/1.1", feed.GetProperty("version").GetString());
        Assert.False(string.IsNullOrWhiteSpace(feed.GetProperty("title").GetString()));
        // home_page_url and feed_url, when present, are URLs; feed_url is where the feed is.
        Assert.Equal(PublishedSite.BaseUrl + "/feed.json", feed.GetProperty("feed_url").GetString());
        Assert.True(site.Exists(PublishedSite.Local(feed.GetProperty("home_page_url").GetString()!)));
        var items = feed.GetProperty("items");
        Assert.Equal(JsonValueKind.Array, items.ValueKind);
        Assert.NotEqual(0, items.GetArrayLength());
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items.EnumerateArray())
        {
            // id: required, a string, unique within the feed.
            Assert.Equal(JsonValueKind.String, item.GetProperty("id").ValueKind);
            Assert.True(ids.Add(item.GetProperty("id").GetString()!));
            // content_html or content_text: one or both must be present.
            Assert.True(item.TryGetProperty("content_text", out var text) && text.ValueKind == JsonValueKind.String
                || item.TryGetProperty("content_html", out var html) && html.ValueKind == JsonValueKind.String);
            // dates in RFC 3339 format.
            Assert.Matches(Rfc3339(), item.GetProperty("date_published").GetString()!);
            Assert.True(site.Exists(PublishedSite.Local(item.GetProperty("url").GetString()!)));
            // authors: an array of objects, each with at least one of name, url, avatar.
            if (item.TryGetProperty("authors", out var authors))
                Assert.All(authors.EnumerateArray(), a => Assert.False(string.IsNullOrWhiteSpace(a.GetProperty("name").GetString())));
            if (item.TryGetProperty("tags", out var tags))
                Assert.All(tags.EnumerateArray(), t => Assert.Equal(JsonValueKind.String, t.ValueKind));
        }
        // The feed's own authors likewise.
        Assert.All(feed.GetProperty("authors").EnumerateArray(), a => Assert.False(string.IsNullOrWhiteSpace(a.GetProperty("name").GetString())));
    }

    [Fact]
    public void Every_page_announces_the_three_feeds_in_its_head()
    {
        foreach (var page in new[] { "index.html", "2025/08/04/01/01.html", "archive/index.html", "people/index.html", "404.html" })
        {
            var html = site.Read(page);
            Assert.Contains($"<link rel=\"alternate\" type=\"application/atom+xml\" href=\"{PublishedSite.BaseUrl}/feed.xml\"", html, StringComparison.Ordinal);
            Assert.Contains($"<link rel=\"alternate\" type=\"application/rss+xml\" href=\"{PublishedSite.BaseUrl}/rss.xml\"", html, StringComparison.Ordinal);
            Assert.Contains($"<link rel=\"alternate\" type=\"application/feed+json\" href=\"{PublishedSite.BaseUrl}/feed.json\"", html, StringComparison.Ordinal);
        }
    }

    [GeneratedRegex(@"^\d{4}/\d{2}/\d{2}/\d{2}/\d{2}\.html$")]
    private static partial Regex ArticlePath();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+\-]\d{2}:\d{2})$")]
    private static partial Regex Rfc3339();
}
