using System.Globalization;
using System.Text.Json.Nodes;
using Site.Testing;

namespace Site.Scoring.Tests;

/// <summary>
/// Each expected score below is what <c>python3 shared/tools/score_parse.py GOLD PRED --json</c> printed for
/// the same gold and prediction, written as what differs from a perfect score. To check them against the script
/// again, run these tests with PARSE_SCORER_DUMP=/some/dir: every crafted prediction (and its gold) is then
/// written there as NAME.pred.json / NAME.gold.json.
/// </summary>
public sealed class ParseScorerTests
{
    private const string Gold000 = "000_09c8361cd52e4d86.json";
    private const string Gold002 = "002_7db74296a52279ee.json";
    private const string Gold004 = "004_1b195415e26a939e.json";

    [Theory]
    [InlineData(Gold000)]
    [InlineData(Gold002)]
    [InlineData(Gold004)]
    public void A_gold_file_scored_against_itself_is_perfect(string name)
    {
        var gold = LoadGold(name);

        var score = ParseScorer.Score(gold, gold.DeepClone());

        Assert.Equal(score.GoldArticles, score.PerfectArticles);
        Assert.Equal(score.GoldArticles, score.Matched);
        Assert.Equal((1.0, 1.0, 1.0), (score.Precision, score.Recall, score.F1));
        Assert.Equal(1.0, score.BodySimilarity);
        Assert.Equal(0, score.NoiseBlocksLeaked);
        Assert.Equal(score.EditionFieldsTotal, score.EditionFieldsExact);
        Assert.Empty(score.Missed);
        Assert.Empty(score.Spurious);
    }

    /// <summary>What the script printed for each crafted prediction, as the fields that differ from a
    /// perfect score of the same gold (<see cref="Perfect"/>).</summary>
    private static readonly Dictionary<string, ScorerCase> Cases = new[]
    {
        new ScorerCase("self", "Gold 004 against itself", () => Mutated(Gold004, _ => { }), Perfect(Gold004)),
        new ScorerCase("drop", "Dropping an article costs recall and lists it as missed",
            () => Mutated(Gold004, doc => Articles(doc).RemoveAt(1)),
            Perfect(Gold004) with { PerfectArticles = 4, PredictedArticles = 4, Matched = 4, Recall = 0.8, F1 = 0.889, Missed = ["百名师生入驻平湖乡村"] }),
        new ScorerCase("headline", "Changing a headline breaks title and headline but keeps the match",
            () => Mutated(Gold000, doc => Article(doc, 0)["headline"] = "平湖电商发展势头强劲"),
            Perfect(Gold000) with { PerfectArticles = 6, TitleExact = 0.857, HeadlineExact = 0.857 }),
        new ScorerCase("merge", "Merging two paragraphs only breaks the paragraph count",
            () => Mutated(Gold004, doc =>
            {
                var paragraphs = Article(doc, 0)["paragraphs"]!.AsArray();
                paragraphs[1] = (string)paragraphs[1]! + (string)paragraphs[2]!;
                paragraphs.RemoveAt(2);
            }),
            Perfect(Gold004) with { PerfectArticles = 4, ParagraphCountExact = 0.8 }),
        new ScorerCase("leak", "A noise block pasted into a body counts as leaked",
            () => Mutated(Gold002, doc =>
            {
                var paragraphs = Article(doc, 0)["paragraphs"]!.AsArray();
                paragraphs.Add((string)doc["noise"]![4]!);
                doc["noise"]!.AsArray().RemoveAt(4);
            }),
            Perfect(Gold002) with { PerfectArticles = 6, ParagraphCountExact = 0.857, BodySimilarity = 0.999, NoiseBlocksLeaked = 1 }),
        // The gold 004 body prints "2025年8月28日" once, and "2025年8" is also a piece of the masthead noise.
        new ScorerCase("date-same", "A noise piece the gold also prints does not leak at the same count",
            () => Mutated(Gold004, doc =>
            {
                var paragraphs = Article(doc, 2)["paragraphs"]!.AsArray();
                paragraphs[6] = ((string)paragraphs[6]!).Replace("2025年8月28日", "8月28日");
                Article(doc, 4)["paragraphs"]!.AsArray().Add("2025年8月");
            }),
            Perfect(Gold004) with { PerfectArticles = 4, ParagraphCountExact = 0.8, BodySimilarity = 0.999 }),
        new ScorerCase("date-more", "A noise piece the gold also prints leaks when predicted more often",
            () => Mutated(Gold004, doc => Article(doc, 4)["paragraphs"]!.AsArray().Add("2025年8月")),
            Perfect(Gold004) with { PerfectArticles = 4, ParagraphCountExact = 0.8, BodySimilarity = 0.999, NoiseBlocksLeaked = 1 }),
        new ScorerCase("byline", "Changing a byline breaks only the byline",
            () => Mutated(Gold004, doc =>
            {
                var byline = Article(doc, 1)["byline"]!;
                byline["correspondents"]!.AsArray().RemoveAt(1);
                byline["authors"]!.AsArray().Add("陈明远");
            }),
            Perfect(Gold004) with { PerfectArticles = 4, BylineExact = 0.8 }),
        new ScorerCase("body", "A changed body lowers similarity below perfect",
            () => Mutated(Gold000, doc =>
            {
                var paragraphs = Article(doc, 5)["paragraphs"]!.AsArray();
                for (var i = 0; i < paragraphs.Count; i++)
                    paragraphs[i] = ((string)paragraphs[i]!).Replace("的", "之");
                var first = (string)paragraphs[0]!;
                paragraphs[0] = first[..20] + first[30..];
            }),
            Perfect(Gold000) with { PerfectArticles = 6, BodySimilarity = 0.996 }),
        new ScorerCase("body-tiny", "A tiny body change stays above the perfect threshold",
            () => Mutated(Gold004, doc =>
            {
                var paragraphs = Article(doc, 0)["paragraphs"]!.AsArray();
                paragraphs[6] = ((string)paragraphs[6]!).Remove(10, 3);
            }),
            Perfect(Gold004)),
        new ScorerCase("normalised", "Whitespace and half-width punctuation do not count as differences",
            () => Mutated(Gold004, doc =>
            {
                var article = Article(doc, 2);
                article["kicker"] = "到2027年，实现30亿元　以上出口规模";
                article["headline"] = "■我市加力推动\u00a0跨境电商 高质量发展";
                var paragraphs = article["paragraphs"]!.AsArray();
                paragraphs[0] = " " + ((string)paragraphs[0]!).Replace("，", ",").Replace("：", ":") + "\n";
            }),
            Perfect(Gold004)),
        new ScorerCase("split", "Changing a kind and splitting an article adds a spurious one",
            () => Mutated(Gold002, doc =>
            {
                Article(doc, 6)["kind"] = "news";
                var first = Article(doc, 0);
                var tail = first.DeepClone().AsObject();
                var paragraphs = first["paragraphs"]!.AsArray();
                var tailParagraphs = tail["paragraphs"]!.AsArray();
                for (var i = 0; i < 4; i++)
                    tailParagraphs.RemoveAt(0);
                while (paragraphs.Count > 4)
                    paragraphs.RemoveAt(4);
                tail["headline"] = null;
                tail["subheadline"] = null;
                Articles(doc).Insert(1, tail);
            }),
            Perfect(Gold002) with
            {
                PerfectArticles = 5, PredictedArticles = 8, Precision = 0.875, F1 = 0.933, KindExact = 0.857,
                ParagraphCountExact = 0.857, BodySimilarity = 0.959, Spurious = [null],
            }),
        new ScorerCase("empty", "An empty prediction matches nothing",
            () => Mutated(Gold002, doc =>
            {
                doc["articles"] = new JsonArray();
                doc["edition"] = null;
            }),
            Perfect(Gold002) with
            {
                PerfectArticles = 0, PredictedArticles = 0, Matched = 0, Precision = 0, Recall = 0, F1 = 0, TitleExact = 0,
                HeadlineExact = 0, BylineExact = 0, KindExact = 0, ParagraphCountExact = 0, BodySimilarity = 0, EditionFieldsExact = 0,
                Missed = ["曹桥数字经济新引擎驱动新发展", "我市开展新闻发言人培训", "广陈文创产品获省银奖", "我市两家物流企业党组织获省级荣誉",
                          "“关键小事”释放的活力和张力", "让每一件提案都落地有声", "让现代社区成为百姓幸福家园"],
            }),
        new ScorerCase("edition", "Edition fields compare as Python str values",
            () => Mutated(Gold004, doc =>
            {
                var edition = doc["edition"]!.AsObject();
                edition["issueNumber"] = "5723";
                edition["date"] = null;
                edition.Remove("weekday");
                edition["editionName"] = "平湖版 ";
            }),
            Perfect(Gold004) with { EditionFieldsExact = 2 }),
        new ScorerCase("tie", "Equally similar candidates go to the later gold article",
            () => (JsonNode.Parse("""
                {"edition": {"issueNumber": 12, "date": "2025-01-02"},
                 "articles": [
                   {"kind": "news", "headline": "甲", "paragraphs": ["今天天气很好，我们去公园散步。"]},
                   {"kind": "news", "headline": "乙", "paragraphs": ["今天天气很好，我们去公园散步。"]}],
                 "noise": ["天气很好我们", "abc", "公　园"]}
                """)!, JsonNode.Parse("""
                {"edition": {"issueNumber": 12.0, "date": "2025-01-02"},
                 "articles": [{"kind": "news", "headline": "丙", "paragraphs": ["今天天气很好,我们去公园散步。"]}]}
                """)!),
            Perfect(articles: 2, noiseBlocks: 1, editionFields: 2) with
            {
                PerfectArticles = 0, PredictedArticles = 1, Matched = 1, Recall = 0.5, F1 = 0.667, TitleExact = 0, HeadlineExact = 0,
                EditionFieldsExact = 1, Missed = ["甲"],
            }),
        // Three code points but six UTF-16 units: too short to count as a noise block.
        new ScorerCase("astral", "Astral characters are compared as single code points",
            () => (JsonNode.Parse("""
                {"edition": {"issueNumber": 7},
                 "articles": [{"kind": "photo", "headline": "𠀀", "byline": {"photographers": ["王𠀁"]},
                               "paragraphs": ["𠀀平湖𠀁"]}],
                 "noise": ["𠀀𠀁𠀂"]}
                """)!, JsonNode.Parse("""
                {"articles": [{"kind": "photo", "headline": "𠀀", "byline": {"photographers": ["王 𠀁"]},
                               "paragraphs": ["𠀀平湖𠀁𠀂𠀃"]}]}
                """)!),
            Perfect(articles: 1, noiseBlocks: 0, editionFields: 1) with { PerfectArticles = 0, BodySimilarity = 0.8, EditionFieldsExact = 0 }),
    }.ToDictionary(c => c.Name);

    public static TheoryData<string, string> CaseNames()
    {
        var rows = new TheoryData<string, string>();
        foreach (var c in Cases.Values) rows.Add(c.Name, c.What);
        return rows;
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void A_crafted_prediction_scores_as_the_script_does(string name, string what)
    {
        _ = what; // shown in the test's name
        var scorerCase = Cases[name];
        var (gold, predicted) = scorerCase.Make();
        Dump(name, gold, predicted);
        Assert.Equal(Describe(scorerCase.Expected), Describe(ParseScorer.Score(gold, predicted)));
    }

    [Theory]
    [InlineData("", "", 1.0)]
    [InlineData("abc", "", 0.0)]
    [InlineData("abcd", "bcde", 0.75)]
    [InlineData("abxcd", "abcd", 0.8888888888888888)]
    [InlineData("qabxcd", "abycdf", 0.6666666666666666)]
    [InlineData("aaaaabbbbbaaaaa", "bbbbbaaaaabbbbb", 0.6666666666666666)]
    [InlineData("平湖电商发展强劲有力", "平湖电商发展强劲", 0.8888888888888888)]
    [InlineData("本报讯 近日,记者从市商务局了解到", "本报讯近日，记者从市商务局获悉", 0.75)]
    [InlineData("的的的的一的的", "一的的的的的", 0.7692307692307693)]
    [InlineData("𠀀平湖𠀁", "平湖𠀀𠀁", 0.75)]
    public void Sequence_matcher_ratio_equals_difflib(string a, string b, double expected) =>
        Assert.Equal(expected, SequenceMatcher.Ratio(a, b));

    [Theory]
    [InlineData(Gold004, 0, Gold004, 2, 0.06344920688491394)]
    [InlineData(Gold004, 0, Gold000, 0, 0.051094890510948905)]
    public void Sequence_matcher_ratio_equals_difflib_without_autojunk_on_long_bodies(
        string goldA, int articleA, string goldB, int articleB, double expected) =>
        Assert.Equal(expected, SequenceMatcher.Ratio(Body(goldA, articleA), Body(goldB, articleB)));

    [Fact]
    public void Sequence_matcher_ratio_equals_difflib_on_a_reversed_and_a_rotated_body()
    {
        var body = Body(Gold004, 0);

        Assert.Equal(0.015088449531737774, SequenceMatcher.Ratio(body, new string(body.Reverse().ToArray())));
        Assert.Equal(0.9479708636836629, SequenceMatcher.Ratio(body, body[100..] + body[..100]));
    }

    [Theory]
    [InlineData(0.0625, 0.062)]
    [InlineData(0.0635, 0.064)]
    [InlineData(0.8885, 0.888)]
    [InlineData(2.0 / 3, 0.667)]
    [InlineData(0.9995, 1.0)]
    [InlineData(0.99951, 1.0)]
    [InlineData(1.0, 1.0)]
    [InlineData(0.0004999, 0.0)]
    public void Rounding_to_three_places_matches_python_round(double x, double expected) =>
        Assert.Equal(expected, Py.Round3(x));

    [Theory]
    [InlineData("5723", "5723")]
    [InlineData("5723.0", "5723.0")]
    [InlineData("1e16", "1e+16")]
    [InlineData("1.5e16", "1.5e+16")]
    [InlineData("1e15", "1000000000000000.0")]
    [InlineData("0.0001", "0.0001")]
    [InlineData("0.00001", "1e-05")]
    [InlineData("-2.50", "-2.5")]
    [InlineData("123456789012345678901234567890", "123456789012345678901234567890")]
    [InlineData("true", "True")]
    [InlineData("null", "None")]
    [InlineData("\"星期一\"", "星期一")]
    public void Edition_values_print_as_python_str_does(string json, string expected) =>
        Assert.Equal(expected, Py.Str(JsonNode.Parse(json)));

    [Fact]
    public void Normalisation_drops_python_whitespace_and_the_marker_and_widens_punctuation() =>
        Assert.Equal("本报讯近日，记者：（一）！？；", ParseScorer.Norm(" ■本报讯\u3000近日,\u2028记者\u001c:(一)!?;\t\n"));

    private static string Body(string gold, int article) =>
        ParseScorer.Norm(string.Concat(Article(LoadGold(gold).AsObject(), article)["paragraphs"]!.AsArray().Select(p => (string)p!)));

    private static JsonArray Articles(JsonObject doc) => doc["articles"]!.AsArray();

    private static JsonObject Article(JsonObject doc, int index) => Articles(doc)[index]!.AsObject();

    private static JsonNode LoadGold(string name) =>
        JsonNode.Parse(File.ReadAllText(Repo.Gold(name)))!;

    /// <summary>The gold, and a prediction made from a copy of it.</summary>
    private static (JsonNode Gold, JsonNode Predicted) Mutated(string goldName, Action<JsonObject> mutate)
    {
        var gold = LoadGold(goldName);
        var predicted = gold.DeepClone();
        mutate(predicted.AsObject());
        return (gold, predicted);
    }

    /// <summary>The score of a prediction equal to the gold: every article matched and perfect, no noise leaked,
    /// every edition field exact.</summary>
    private static ParseScore Perfect(int articles, int noiseBlocks, int editionFields) => new(
        PerfectArticles: articles, GoldArticles: articles, PredictedArticles: articles, Matched: articles,
        Precision: 1, Recall: 1, F1: 1, TitleExact: 1, HeadlineExact: 1, BylineExact: 1, KindExact: 1, ParagraphCountExact: 1,
        BodySimilarity: 1, NoiseBlocksLeaked: 0, NoiseBlocksTotal: noiseBlocks, EditionFieldsExact: editionFields,
        EditionFieldsTotal: editionFields, Missed: [], Spurious: []);

    /// <summary>Gold 000: seven articles, three noise blocks, no edition fields; 002: seven, six, one; 004: five, four, five.</summary>
    private static ParseScore Perfect(string gold) => gold switch
    {
        Gold000 => Perfect(articles: 7, noiseBlocks: 3, editionFields: 0),
        Gold002 => Perfect(articles: 7, noiseBlocks: 6, editionFields: 1),
        Gold004 => Perfect(articles: 5, noiseBlocks: 4, editionFields: 5),
        _ => throw new ArgumentOutOfRangeException(nameof(gold), gold, null),
    };

    private static void Dump(string name, JsonNode gold, JsonNode predicted)
    {
        if (Environment.GetEnvironmentVariable("PARSE_SCORER_DUMP") is not { Length: > 0 } dir) return;
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, name + ".gold.json"), gold.ToJsonString());
        File.WriteAllText(Path.Combine(dir, name + ".pred.json"), predicted.ToJsonString());
    }

    /// <summary>One line per field in the script's --json names and shapes, so a failure lists every difference
    /// at once.</summary>
    private static string Describe(ParseScore s) => string.Join("\n",
        $"perfect_articles = {s.PerfectArticles}/{s.GoldArticles}",
        $"gold_articles = {s.GoldArticles}",
        $"predicted_articles = {s.PredictedArticles}",
        $"matched = {s.Matched}",
        Rate("precision", s.Precision),
        Rate("recall", s.Recall),
        Rate("f1", s.F1),
        Rate("title_exact", s.TitleExact),
        Rate("headline_exact", s.HeadlineExact),
        Rate("byline_exact", s.BylineExact),
        Rate("kind_exact", s.KindExact),
        Rate("paragraph_count_exact", s.ParagraphCountExact),
        Rate("body_similarity", s.BodySimilarity),
        $"noise_blocks_leaked = {s.NoiseBlocksLeaked}/{s.NoiseBlocksTotal}",
        $"edition_fields_exact = {s.EditionFieldsExact}/{s.EditionFieldsTotal}",
        $"missed = [{string.Join(", ", s.Missed.Select(h => h ?? "null"))}]",
        $"spurious = [{string.Join(", ", s.Spurious.Select(h => h ?? "null"))}]");

    private static string Rate(string name, double value) => $"{name} = {value.ToString("R", CultureInfo.InvariantCulture)}";

    /// <summary>A prediction scored against its gold, and what the script printed for the pair.</summary>
    private sealed record ScorerCase(string Name, string What, Func<(JsonNode Gold, JsonNode Predicted)> Make, ParseScore Expected);
}
