using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Site.Parsing.Model;
using Site.Parsing.Output;

namespace Site.Parsing.Tests.Output;

public sealed class ContractJsonTests
{
    private static readonly EditionInfo FullEdition = new(new DateOnly(2025, 8, 4), "星期一", "农历乙巳年闰六月十一", 5723, "平湖版");

    private static Article NewsArticle(string headline = "平湖电商发展强劲有力") => new(
        ArticleKind.News,
        Kicker: "引题",
        Headline: headline,
        Subheadline: "网络零售额突破百亿元,增幅嘉兴第一",
        new Byline(["林旭东"], ["吴慧婷"], ["王强"], ["言成声"]),
        Paragraphs: ["本报讯 近日,记者从市商务局了解到,", "第二段。"],
        Captions: ["图为直播现场。"],
        Truncated: true,
        Page: 2,
        Line: 17,
        BylineSource: ["记者 林旭东 通讯员 吴慧婷"],
        SeePage: 4);

    private static ParsedIssue Issue(EditionInfo edition, ImmutableArray<Article> articles, ImmutableArray<NoiseBlock> noise) =>
        new("000_09c8361cd52e4d86.txt", edition, articles, noise, [new ParseWarning(1, 1, "warned")], ["再叙山海深情"], PageCount: 2);

    private static ParsedIssue FullIssue() =>
        Issue(FullEdition, [NewsArticle()], [new NoiseBlock("平湖发布", 1, 3, NoiseReason.SiteRule), new NoiseBlock("扫一扫 看视频", 2, 40, NoiseReason.QrPrompt)]);

    [Fact]
    public void Keys_come_in_contract_order_with_contract_names_and_nothing_else()
    {
        using var doc = JsonDocument.Parse(ContractJson.Write(FullIssue()));
        var root = doc.RootElement;
        var article = root.GetProperty("articles")[0];

        Assert.Equal(["source", "edition", "articles", "noise"], Keys(root));
        Assert.Equal(["date", "weekday", "lunarDate", "issueNumber", "editionName"], Keys(root.GetProperty("edition")));
        Assert.Equal(
            ["kind", "kicker", "headline", "subheadline", "byline", "paragraphs", "captions", "truncated"],
            Keys(article));
        Assert.Equal(["reporters", "correspondents", "photographers", "authors"], Keys(article.GetProperty("byline")));
    }

    [Fact]
    public void Values_are_written_with_their_contract_types()
    {
        using var doc = JsonDocument.Parse(ContractJson.Write(FullIssue()));
        var root = doc.RootElement;
        var edition = root.GetProperty("edition");
        var article = root.GetProperty("articles")[0];

        Assert.Equal("000_09c8361cd52e4d86.txt", root.GetProperty("source").GetString());
        Assert.Equal("2025-08-04", edition.GetProperty("date").GetString());
        Assert.Equal("星期一", edition.GetProperty("weekday").GetString());
        Assert.Equal("农历乙巳年闰六月十一", edition.GetProperty("lunarDate").GetString());
        Assert.Equal(JsonValueKind.Number, edition.GetProperty("issueNumber").ValueKind);
        Assert.Equal(5723, edition.GetProperty("issueNumber").GetInt32());
        Assert.Equal("平湖版", edition.GetProperty("editionName").GetString());
        Assert.Equal("news", article.GetProperty("kind").GetString());
        Assert.Equal("引题", article.GetProperty("kicker").GetString());
        Assert.Equal(["林旭东"], Strings(article.GetProperty("byline").GetProperty("reporters")));
        Assert.Equal(["吴慧婷"], Strings(article.GetProperty("byline").GetProperty("correspondents")));
        Assert.Equal(["王强"], Strings(article.GetProperty("byline").GetProperty("photographers")));
        Assert.Equal(["言成声"], Strings(article.GetProperty("byline").GetProperty("authors")));
        Assert.Equal(["本报讯 近日,记者从市商务局了解到,", "第二段。"], Strings(article.GetProperty("paragraphs")));
        Assert.Equal(["图为直播现场。"], Strings(article.GetProperty("captions")));
        Assert.True(article.GetProperty("truncated").GetBoolean());
        Assert.Equal(["平湖发布", "扫一扫 看视频"], Strings(root.GetProperty("noise")));
    }

    [Theory]
    [InlineData(ArticleKind.News, "news")]
    [InlineData(ArticleKind.Commentary, "commentary")]
    [InlineData(ArticleKind.Photo, "photo")]
    [InlineData(ArticleKind.Weather, "weather")]
    [InlineData(ArticleKind.Teaser, "teaser")]
    public void Each_kind_is_written_with_its_contract_name(ArticleKind kind, string name)
    {
        using var doc = JsonDocument.Parse(ContractJson.Write(Issue(FullEdition, [NewsArticle() with { Kind = kind }], [])));

        Assert.Equal(name, doc.RootElement.GetProperty("articles")[0].GetProperty("kind").GetString());
    }

    [Fact]
    public void Absent_values_are_written_as_null()
    {
        var weather = NewsArticle() with { Kind = ArticleKind.Weather, Kicker = null, Headline = null, Subheadline = null };

        using var doc = JsonDocument.Parse(ContractJson.Write(Issue(EditionInfo.Empty, [weather], [])));
        var edition = doc.RootElement.GetProperty("edition");
        var article = doc.RootElement.GetProperty("articles")[0];

        foreach (var key in new[] { "date", "weekday", "lunarDate", "issueNumber", "editionName" })
            Assert.Equal(JsonValueKind.Null, edition.GetProperty(key).ValueKind);
        foreach (var key in new[] { "kicker", "headline", "subheadline" })
            Assert.Equal(JsonValueKind.Null, article.GetProperty(key).ValueKind);
    }

    [Fact]
    public void Empty_collections_are_written_as_empty_arrays()
    {
        var bare = NewsArticle() with { Byline = Byline.Empty, Paragraphs = [], Captions = [] };

        var json = ContractJson.Write(Issue(EditionInfo.Empty, [bare], []));
        using var doc = JsonDocument.Parse(json);
        var article = doc.RootElement.GetProperty("articles")[0];

        Assert.Equal(0, doc.RootElement.GetProperty("noise").GetArrayLength());
        Assert.Equal(0, article.GetProperty("paragraphs").GetArrayLength());
        Assert.Equal(0, article.GetProperty("captions").GetArrayLength());
        foreach (var role in article.GetProperty("byline").EnumerateObject())
            Assert.Equal((JsonValueKind.Array, 0), (role.Value.ValueKind, role.Value.GetArrayLength()));
        Assert.Contains("\"noise\": []", json);
    }

    [Fact]
    public void An_issue_without_articles_has_an_empty_articles_array()
    {
        var json = ContractJson.Write(Issue(EditionInfo.Empty, [], []));

        Assert.Contains("\n  \"articles\": [],\n", json);
    }

    [Fact]
    public void Markup_quotes_backslashes_and_control_characters_survive_a_round_trip()
    {
        const string nasty = "<script>&\"'\\ a/b\n\t\r\b\f\u0001\u001f\u007f\u2028</script>";
        var issue = Issue(FullEdition, [NewsArticle(nasty) with { Paragraphs = [nasty] }], [new NoiseBlock(nasty, 1, 1, NoiseReason.StrayText)]);

        using var doc = JsonDocument.Parse(ContractJson.Write(issue));
        var article = doc.RootElement.GetProperty("articles")[0];

        Assert.Equal(nasty, article.GetProperty("headline").GetString());
        Assert.Equal(nasty, article.GetProperty("paragraphs")[0].GetString());
        Assert.Equal(nasty, doc.RootElement.GetProperty("noise")[0].GetString());
    }

    [Fact]
    public void Control_characters_are_escaped_the_way_python_json_escapes_them()
    {
        var json = ContractJson.Write(Issue(FullEdition, [NewsArticle("a\"b\\c\nd\u0001e<f>&g")], []));

        Assert.Contains("\"headline\": \"a\\\"b\\\\c\\nd\\u0001e<f>&g\",", json);
    }

    [Fact]
    public void Chinese_characters_are_not_escaped_even_outside_the_basic_plane()
    {
        var json = ContractJson.Write(Issue(FullEdition, [NewsArticle("平湖𠀀𬌗电商“发展”——强劲·有力")], []));

        Assert.Contains("\"headline\": \"平湖𠀀𬌗电商“发展”——强劲·有力\",", json);
        Assert.DoesNotContain("\\u", json);
    }

    [Fact]
    public void A_lone_surrogate_is_kept_as_an_escape_instead_of_being_lost()
    {
        var bytes = ContractJson.WriteUtf8(Issue(FullEdition, [NewsArticle("坏\ud800字")], []));

        using var doc = JsonDocument.Parse(bytes);
        Assert.Contains("\"headline\": \"坏\\ud800字\",", Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public void Utf8_output_has_no_byte_order_mark_and_matches_the_string()
    {
        var issue = FullIssue();

        var bytes = ContractJson.WriteUtf8(issue);

        Assert.Equal((byte)'{', bytes[0]);
        Assert.Equal(ContractJson.Write(issue), new UTF8Encoding(false, true).GetString(bytes));
    }

    [Fact]
    public void Lines_end_with_lf_only_and_the_text_ends_with_a_single_newline()
    {
        var json = ContractJson.Write(FullIssue());

        Assert.DoesNotContain('\r', json);
        Assert.EndsWith("}\n", json);
        Assert.False(json.EndsWith("\n\n", StringComparison.Ordinal));
    }

    [Fact]
    public void Nesting_is_indented_with_two_spaces()
    {
        var json = ContractJson.Write(FullIssue());

        Assert.StartsWith("{\n  \"source\": \"000_09c8361cd52e4d86.txt\",\n  \"edition\": {\n    \"date\": \"2025-08-04\",", json);
        Assert.Contains("\n      \"byline\": {\n        \"reporters\": [\n          \"林旭东\"\n        ],\n", json);
    }

    [Fact]
    public void The_output_does_not_depend_on_the_current_culture()
    {
        var expected = ContractJson.Write(FullIssue());
        var original = CultureInfo.CurrentCulture;
        var odd = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        odd.DateTimeFormat.DateSeparator = ".";
        odd.DateTimeFormat.ShortDatePattern = "dd.MM.yyyy";
        odd.NumberFormat.NegativeSign = "~";
        odd.NumberFormat.NumberGroupSeparator = "'";
        odd.NumberFormat.NumberDecimalSeparator = ",";
        try
        {
            CultureInfo.CurrentCulture = odd;

            var json = ContractJson.Write(FullIssue());

            Assert.Equal(expected, json);
            Assert.Contains("\"date\": \"2025-08-04\",", json);
            Assert.Contains("\"issueNumber\": 5723,", json);
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }

    [Fact]
    public void Dates_are_zero_padded_iso_dates()
    {
        var json = ContractJson.Write(Issue(FullEdition with { Date = new DateOnly(987, 1, 2) }, [], []));

        Assert.Contains("\"date\": \"0987-01-02\",", json);
    }

    // The gold files were written by json.dumps(ensure_ascii=False, indent=2); without their
    // annotators' "notes" key they are exactly what the writer must print for the same issue.
    [Theory]
    [InlineData("000_09c8361cd52e4d86.json")]
    [InlineData("002_7db74296a52279ee.json")]
    [InlineData("004_1b195415e26a939e.json")]
    public void Writing_a_gold_issue_reproduces_the_gold_file_without_its_notes(string name)
    {
        var goldText = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Gold", name));
        var expected = Regex.Replace(goldText, ",\n *\"notes\": [^\n]*", "");

        Assert.Equal(expected, ContractJson.Write(ReadGold(goldText)));
    }

    private static ParsedIssue ReadGold(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        var e = root.GetProperty("edition");
        var edition = new EditionInfo(
            Text(e, "date") is { } date ? DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
            Text(e, "weekday"),
            Text(e, "lunarDate"),
            e.GetProperty("issueNumber").ValueKind == JsonValueKind.Null ? null : e.GetProperty("issueNumber").GetInt32(),
            Text(e, "editionName"));
        var articles = root.GetProperty("articles").EnumerateArray().Select(a =>
        {
            var b = a.GetProperty("byline");
            return new Article(
                Enum.Parse<ArticleKind>(a.GetProperty("kind").GetString()!, ignoreCase: true),
                Text(a, "kicker"),
                Text(a, "headline"),
                Text(a, "subheadline"),
                new Byline(Strings(b, "reporters"), Strings(b, "correspondents"), Strings(b, "photographers"), Strings(b, "authors")),
                Strings(a, "paragraphs"),
                Strings(a, "captions"),
                a.GetProperty("truncated").GetBoolean(),
                Page: 1,
                Line: 1,
                BylineSource: []);
        });
        var noise = root.GetProperty("noise").EnumerateArray().Select(n => new NoiseBlock(n.GetString()!, 1, 1, NoiseReason.StrayText));
        return new ParsedIssue(root.GetProperty("source").GetString()!, edition, [.. articles], [.. noise], [], [], PageCount: 1);
    }

    private static string? Text(JsonElement o, string key) => o.GetProperty(key).GetString();

    private static ImmutableArray<string> Strings(JsonElement o, string key) => [.. Strings(o.GetProperty(key))];

    private static IEnumerable<string> Strings(JsonElement array) => array.EnumerateArray().Select(x => x.GetString()!);

    private static IEnumerable<string> Keys(JsonElement o) => o.EnumerateObject().Select(p => p.Name);
}
