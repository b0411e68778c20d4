using System.Globalization;
using System.Text.Json.Nodes;
using Site.Scoring;

namespace Site.Parsing.Tests.Scoring;

/// <summary>
/// Each expected block below is what <c>python3 shared/tools/score_parse.py GOLD PRED --json</c> printed
/// for the same gold and prediction. To regenerate them, run these tests with PARSE_SCORER_DUMP=/some/dir:
/// every crafted prediction (and its gold) is then written there as NAME.pred.json / NAME.gold.json.
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

    [Fact]
    public void Gold_004_against_itself_scores_as_the_script_does() =>
        AssertScoresLikePython(Mutated(Gold004, "self", _ => { }), """
            {
              "perfect_articles": "5/5",
              "gold_articles": 5,
              "predicted_articles": 5,
              "matched": 5,
              "precision": 1.0,
              "recall": 1.0,
              "f1": 1.0,
              "title_exact": 1.0,
              "headline_exact": 1.0,
              "byline_exact": 1.0,
              "kind_exact": 1.0,
              "paragraph_count_exact": 1.0,
              "body_similarity": 1.0,
              "noise_blocks_leaked": "0/4",
              "edition_fields_exact": "5/5",
              "missed": [],
              "spurious": []
            }
            """);

    [Fact]
    public void Dropping_an_article_costs_recall_and_lists_it_as_missed() =>
        AssertScoresLikePython(Mutated(Gold004, "drop", doc => Articles(doc).RemoveAt(1)), """
            {
              "perfect_articles": "4/5",
              "gold_articles": 5,
              "predicted_articles": 4,
              "matched": 4,
              "precision": 1.0,
              "recall": 0.8,
              "f1": 0.889,
              "title_exact": 1.0,
              "headline_exact": 1.0,
              "byline_exact": 1.0,
              "kind_exact": 1.0,
              "paragraph_count_exact": 1.0,
              "body_similarity": 1.0,
              "noise_blocks_leaked": "0/4",
              "edition_fields_exact": "5/5",
              "missed": [
                "百名师生入驻平湖乡村"
              ],
              "spurious": []
            }
            """);

    [Fact]
    public void Changing_a_headline_breaks_title_and_headline_but_keeps_the_match() =>
        AssertScoresLikePython(Mutated(Gold000, "headline", doc => Article(doc, 0)["headline"] = "平湖电商发展势头强劲"), """
            {
              "perfect_articles": "6/7",
              "gold_articles": 7,
              "predicted_articles": 7,
              "matched": 7,
              "precision": 1.0,
              "recall": 1.0,
              "f1": 1.0,
              "title_exact": 0.857,
              "headline_exact": 0.857,
              "byline_exact": 1.0,
              "kind_exact": 1.0,
              "paragraph_count_exact": 1.0,
              "body_similarity": 1.0,
              "noise_blocks_leaked": "0/3",
              "edition_fields_exact": "0/0",
              "missed": [],
              "spurious": []
            }
            """);

    [Fact]
    public void Merging_two_paragraphs_only_breaks_the_paragraph_count() =>
        AssertScoresLikePython(Mutated(Gold004, "merge", doc =>
        {
            var paragraphs = Article(doc, 0)["paragraphs"]!.AsArray();
            paragraphs[1] = (string)paragraphs[1]! + (string)paragraphs[2]!;
            paragraphs.RemoveAt(2);
        }), """
            {
              "perfect_articles": "4/5",
              "gold_articles": 5,
              "predicted_articles": 5,
              "matched": 5,
              "precision": 1.0,
              "recall": 1.0,
              "f1": 1.0,
              "title_exact": 1.0,
              "headline_exact": 1.0,
              "byline_exact": 1.0,
              "kind_exact": 1.0,
              "paragraph_count_exact": 0.8,
              "body_similarity": 1.0,
              "noise_blocks_leaked": "0/4",
              "edition_fields_exact": "5/5",
              "missed": [],
              "spurious": []
            }
            """);

    [Fact]
    public void A_noise_block_pasted_into_a_body_counts_as_leaked() =>
        AssertScoresLikePython(Mutated(Gold002, "leak", doc =>
        {
            var paragraphs = Article(doc, 0)["paragraphs"]!.AsArray();
            paragraphs.Add((string)doc["noise"]![4]!);
            doc["noise"]!.AsArray().RemoveAt(4);
        }), """
            {
              "perfect_articles": "6/7",
              "gold_articles": 7,
              "predicted_articles": 7,
              "matched": 7,
              "precision": 1.0,
              "recall": 1.0,
              "f1": 1.0,
              "title_exact": 1.0,
              "headline_exact": 1.0,
              "byline_exact": 1.0,
              "kind_exact": 1.0,
              "paragraph_count_exact": 0.857,
              "body_similarity": 0.999,
              "noise_blocks_leaked": "1/6",
              "edition_fields_exact": "1/1",
              "missed": [],
              "spurious": []
            }
            """);

    // The gold 004 body prints "2025年8月28日" once, and "2025年8" is also a piece of the masthead noise.
    [Fact]
    public void A_noise_piece_the_gold_also_prints_does_not_leak_at_the_same_count() =>
        AssertScoresLikePython(Mutated(Gold004, "date-same", doc =>
        {
            var paragraphs = Article(doc, 2)["paragraphs"]!.AsArray();
            paragraphs[6] = ((string)paragraphs[6]!).Replace("2025年8月28日", "8月28日");
            Article(doc, 4)["paragraphs"]!.AsArray().Add("2025年8月");
        }), """
            {
              "perfect_articles": "4/5",
              "gold_articles": 5,
              "predicted_articles": 5,
              "matched": 5,
              "precision": 1.0,
              "recall": 1.0,
              "f1": 1.0,
              "title_exact": 1.0,
              "headline_exact": 1.0,
              "byline_exact": 1.0,
              "kind_exact": 1.0,
              "paragraph_count_exact": 0.8,
              "body_similarity": 0.999,
              "noise_blocks_leaked": "0/4",
              "edition_fields_exact": "5/5",
              "missed": [],
              "spurious": []
            }
            """);

    [Fact]
    public void A_noise_piece_the_gold_also_prints_leaks_when_predicted_more_often() =>
        AssertScoresLikePython(Mutated(Gold004, "date-more", doc => Article(doc, 4)["paragraphs"]!.AsArray().Add("2025年8月")), """
            {
              "perfect_articles": "4/5",
              "gold_articles": 5,
              "predicted_articles": 5,
              "matched": 5,
              "precision": 1.0,
              "recall": 1.0,
              "f1": 1.0,
              "title_exact": 1.0,
              "headline_exact": 1.0,
              "byline_exact": 1.0,
              "kind_exact": 1.0,
              "paragraph_count_exact": 0.8,
              "body_similarity": 0.999,
              "noise_blocks_leaked": "1/4",
              "edition_fields_exact": "5/5",
              "missed": [],
              "spurious": []
            }
            """);

    [Fact]
    public void Changing_a_byline_breaks_only_the_byline() =>
        AssertScoresLikePython(Mutated(Gold004, "byline", doc =>
        {
            var byline = Article(doc, 1)["byline"]!;
            byline["correspondents"]!.AsArray().RemoveAt(1);
            byline["authors"]!.AsArray().Add("陈明远");
        }), """
            {
              "perfect_articles": "4/5",
              "gold_articles": 5,
              "predicted_articles": 5,
              "matched": 5,
              "precision": 1.0,
              "recall": 1.0,
              "f1": 1.0,
              "title_exact": 1.0,
              "headline_exact": 1.0,
              "byline_exact": 0.8,
              "kind_exact": 1.0,
              "paragraph_count_exact": 1.0,
              "body_similarity": 1.0,
              "noise_blocks_leaked": "0/4",
              "edition_fields_exact": "5/5",
              "missed": [],
              "spurious": []
            }
            """);

    [Fact]
    public void A_changed_body_lowers_similarity_below_perfect() =>
        AssertScoresLikePython(Mutated(Gold000, "body", doc =>
        {
            var paragraphs = Article(doc, 5)["paragraphs"]!.AsArray();
            for (var i = 0; i < paragraphs.Count; i++)
                paragraphs[i] = ((string)paragraphs[i]!).Replace("的", "之");
            var first = (string)paragraphs[0]!;
            paragraphs[0] = first[..20] + first[30..];
        }), """
            {
              "perfect_articles": "6/7",
              "gold_articles": 7,
              "predicted_articles": 7,
              "matched": 7,
              "precision": 1.0,
              "recall": 1.0,
              "f1": 1.0,
              "title_exact": 1.0,
              "headline_exact": 1.0,
              "byline_exact": 1.0,
              "kind_exact": 1.0,
              "paragraph_count_exact": 1.0,
              "body_similarity": 0.996,
              "noise_blocks_leaked": "0/3",
              "edition_fields_exact": "0/0",
              "missed": [],
              "spurious": []
            }
            """);

    [Fact]
    public void A_tiny_body_change_stays_above_the_perfect_threshold() =>
        AssertScoresLikePython(Mutated(Gold004, "body-tiny", doc =>
        {
            var paragraphs = Article(doc, 0)["paragraphs"]!.AsArray();
            paragraphs[6] = ((string)paragraphs[6]!).Remove(10, 3);
        }), """
            {
              "perfect_articles": "5/5",
              "gold_articles": 5,
              "predicted_articles": 5,
              "matched": 5,
              "precision": 1.0,
              "recall": 1.0,
              "f1": 1.0,
              "title_exact": 1.0,
              "headline_exact": 1.0,
              "byline_exact": 1.0,
              "kind_exact": 1.0,
              "paragraph_count_exact": 1.0,
              "body_similarity": 1.0,
              "noise_blocks_leaked": "0/4",
              "edition_fields_exact": "5/5",
              "missed": [],
              "spurious": []
            }
            """);

    [Fact]
    public void Whitespace_and_half_width_punctuation_do_not_count_as_differences() =>
        AssertScoresLikePython(Mutated(Gold004, "normalised", doc =>
        {
            var article = Article(doc, 2);
            article["kicker"] = "到2027年，实现30亿元　以上出口规模";
            article["headline"] = "■我市加力推动\u00a0跨境电商 高质量发展";
            var paragraphs = article["paragraphs"]!.AsArray();
            paragraphs[0] = " " + ((string)paragraphs[0]!).Replace("，", ",").Replace("：", ":") + "\n";
        }), """
            {
              "perfect_articles": "5/5",
              "gold_articles": 5,
              "predicted_articles": 5,
              "matched": 5,
              "precision": 1.0,
              "recall": 1.0,
              "f1": 1.0,
              "title_exact": 1.0,
              "headline_exact": 1.0,
              "byline_exact": 1.0,
              "kind_exact": 1.0,
              "paragraph_count_exact": 1.0,
              "body_similarity": 1.0,
              "noise_blocks_leaked": "0/4",
              "edition_fields_exact": "5/5",
              "missed": [],
              "spurious": []
            }
            """);

    [Fact]
    public void Changing_a_kind_and_splitting_an_article_adds_a_spurious_one() =>
        AssertScoresLikePython(Mutated(Gold002, "split", doc =>
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
        }), """
            {
              "perfect_articles": "5/7",
              "gold_articles": 7,
              "predicted_articles": 8,
              "matched": 7,
              "precision": 0.875,
              "recall": 1.0,
              "f1": 0.933,
              "title_exact": 1.0,
              "headline_exact": 1.0,
              "byline_exact": 1.0,
              "kind_exact": 0.857,
              "paragraph_count_exact": 0.857,
              "body_similarity": 0.959,
              "noise_blocks_leaked": "0/6",
              "edition_fields_exact": "1/1",
              "missed": [],
              "spurious": [
                null
              ]
            }
            """);

    [Fact]
    public void An_empty_prediction_matches_nothing() =>
        AssertScoresLikePython(Mutated(Gold002, "empty", doc =>
        {
            doc["articles"] = new JsonArray();
            doc["edition"] = null;
        }), """
            {
              "perfect_articles": "0/7",
              "gold_articles": 7,
              "predicted_articles": 0,
              "matched": 0,
              "precision": 0.0,
              "recall": 0.0,
              "f1": 0.0,
              "title_exact": 0.0,
              "headline_exact": 0.0,
              "byline_exact": 0.0,
              "kind_exact": 0.0,
              "paragraph_count_exact": 0.0,
              "body_similarity": 0.0,
              "noise_blocks_leaked": "0/6",
              "edition_fields_exact": "0/1",
              "missed": [
                "曹桥数字经济新引擎驱动新发展",
                "我市开展新闻发言人培训",
                "广陈文创产品获省银奖",
                "我市两家物流企业党组织获省级荣誉",
                "“关键小事”释放的活力和张力",
                "让每一件提案都落地有声",
                "让现代社区成为百姓幸福家园"
              ],
              "spurious": []
            }
            """);

    [Fact]
    public void Edition_fields_compare_as_python_str_values() =>
        AssertScoresLikePython(Mutated(Gold004, "edition", doc =>
        {
            var edition = doc["edition"]!.AsObject();
            edition["issueNumber"] = "5723";
            edition["date"] = null;
            edition.Remove("weekday");
            edition["editionName"] = "平湖版 ";
        }), """
            {
              "perfect_articles": "5/5",
              "gold_articles": 5,
              "predicted_articles": 5,
              "matched": 5,
              "precision": 1.0,
              "recall": 1.0,
              "f1": 1.0,
              "title_exact": 1.0,
              "headline_exact": 1.0,
              "byline_exact": 1.0,
              "kind_exact": 1.0,
              "paragraph_count_exact": 1.0,
              "body_similarity": 1.0,
              "noise_blocks_leaked": "0/4",
              "edition_fields_exact": "2/5",
              "missed": [],
              "spurious": []
            }
            """);

    [Fact]
    public void Equally_similar_candidates_go_to_the_later_gold_article()
    {
        const string gold = """
            {"edition": {"issueNumber": 12, "date": "2025-01-02"},
             "articles": [
               {"kind": "news", "headline": "甲", "paragraphs": ["今天天气很好，我们去公园散步。"]},
               {"kind": "news", "headline": "乙", "paragraphs": ["今天天气很好，我们去公园散步。"]}],
             "noise": ["天气很好我们", "abc", "公　园"]}
            """;
        const string predicted = """
            {"edition": {"issueNumber": 12.0, "date": "2025-01-02"},
             "articles": [{"kind": "news", "headline": "丙", "paragraphs": ["今天天气很好,我们去公园散步。"]}]}
            """;
        AssertScoresLikePython(Scored("tie", JsonNode.Parse(gold)!, JsonNode.Parse(predicted)!), """
            {
              "perfect_articles": "0/2",
              "gold_articles": 2,
              "predicted_articles": 1,
              "matched": 1,
              "precision": 1.0,
              "recall": 0.5,
              "f1": 0.667,
              "title_exact": 0.0,
              "headline_exact": 0.0,
              "byline_exact": 1.0,
              "kind_exact": 1.0,
              "paragraph_count_exact": 1.0,
              "body_similarity": 1.0,
              "noise_blocks_leaked": "0/1",
              "edition_fields_exact": "1/2",
              "missed": [
                "甲"
              ],
              "spurious": []
            }
            """);
    }

    [Fact]
    public void Astral_characters_are_compared_as_single_code_points()
    {
        // Three code points but six UTF-16 units: too short to count as a noise block.
        const string gold = """
            {"edition": {"issueNumber": 7},
             "articles": [{"kind": "photo", "headline": "𠀀", "byline": {"photographers": ["王𠀁"]},
                           "paragraphs": ["𠀀平湖𠀁"]}],
             "noise": ["𠀀𠀁𠀂"]}
            """;
        const string predicted = """
            {"articles": [{"kind": "photo", "headline": "𠀀", "byline": {"photographers": ["王 𠀁"]},
                           "paragraphs": ["𠀀平湖𠀁𠀂𠀃"]}]}
            """;
        AssertScoresLikePython(Scored("astral", JsonNode.Parse(gold)!, JsonNode.Parse(predicted)!), """
            {
              "perfect_articles": "0/1",
              "gold_articles": 1,
              "predicted_articles": 1,
              "matched": 1,
              "precision": 1.0,
              "recall": 1.0,
              "f1": 1.0,
              "title_exact": 1.0,
              "headline_exact": 1.0,
              "byline_exact": 1.0,
              "kind_exact": 1.0,
              "paragraph_count_exact": 1.0,
              "body_similarity": 0.8,
              "noise_blocks_leaked": "0/0",
              "edition_fields_exact": "0/1",
              "missed": [],
              "spurious": []
            }
            """);
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
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Gold", name)))!;

    private static ParseScore Mutated(string goldName, string caseName, Action<JsonObject> mutate)
    {
        var gold = LoadGold(goldName);
        var predicted = gold.DeepClone();
        mutate(predicted.AsObject());
        return Scored(caseName, gold, predicted);
    }

    private static ParseScore Scored(string caseName, JsonNode gold, JsonNode predicted)
    {
        if (Environment.GetEnvironmentVariable("PARSE_SCORER_DUMP") is { Length: > 0 } dir)
        {
            Directory.CreateDirectory(dir);
            File.WriteAllText(Path.Combine(dir, caseName + ".gold.json"), gold.ToJsonString());
            File.WriteAllText(Path.Combine(dir, caseName + ".pred.json"), predicted.ToJsonString());
        }
        return ParseScorer.Score(gold, predicted);
    }

    /// <summary>Compares every field with the script's --json output, listing all differences at once.</summary>
    private static void AssertScoresLikePython(ParseScore score, string pythonJson)
    {
        var expected = JsonNode.Parse(pythonJson)!.AsObject();
        Assert.Equal(Describe(expected), Describe(Python(score)));
    }

    private static JsonObject Python(ParseScore s) => new()
    {
        ["perfect_articles"] = $"{s.PerfectArticles}/{s.GoldArticles}",
        ["gold_articles"] = s.GoldArticles,
        ["predicted_articles"] = s.PredictedArticles,
        ["matched"] = s.Matched,
        ["precision"] = s.Precision,
        ["recall"] = s.Recall,
        ["f1"] = s.F1,
        ["title_exact"] = s.TitleExact,
        ["headline_exact"] = s.HeadlineExact,
        ["byline_exact"] = s.BylineExact,
        ["kind_exact"] = s.KindExact,
        ["paragraph_count_exact"] = s.ParagraphCountExact,
        ["body_similarity"] = s.BodySimilarity,
        ["noise_blocks_leaked"] = $"{s.NoiseBlocksLeaked}/{s.NoiseBlocksTotal}",
        ["edition_fields_exact"] = $"{s.EditionFieldsExact}/{s.EditionFieldsTotal}",
        ["missed"] = new JsonArray([.. s.Missed.Select(h => (JsonNode?)h)]),
        ["spurious"] = new JsonArray([.. s.Spurious.Select(h => (JsonNode?)h)]),
    };

    // One "key = value" line per field, numbers compared as doubles so 1.0 and 1 agree.
    private static string Describe(JsonObject o) => string.Join("\n", o.Select(kv => $"{kv.Key} = {kv.Value switch
    {
        JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.Number =>
            double.Parse(v.ToJsonString(), CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture),
        JsonArray a => "[" + string.Join(", ", a.Select(x => x is null ? "null" : (string)x!)) + "]",
        null => "null",
        var v => (string)v!,
    }}"));
}
