using System.Text;
using System.Text.Json.Nodes;

namespace Site.Scoring;

/// <summary>
/// A faithful port of shared/tools/score_parse.py, so tests can hold the parser to the same numbers
/// the lead sees. Every quirk is kept: the normalisation, bigram-Jaccard matching with Python's
/// tie-breaking, difflib's ratio, the six-character leak rule and str()-based edition comparison.
/// </summary>
public static class ParseScorer
{
    private static readonly string[] Roles = ["reporters", "correspondents", "photographers", "authors"];
    private static readonly string[] EditionKeys = ["date", "weekday", "lunarDate", "issueNumber", "editionName"];

    public static ParseScore Score(string goldJson, string predictedJson) =>
        Score(JsonNode.Parse(goldJson)!, JsonNode.Parse(predictedJson)!);

    public static ParseScore Score(JsonNode gold, JsonNode predicted)
    {
        var goldDoc = gold.AsObject();
        var predDoc = predicted.AsObject();
        var goldArticles = Articles(goldDoc);
        var predArticles = Articles(predDoc);
        var pairs = Match(goldArticles, predArticles);
        var n = pairs.Count;
        var p = predArticles.Count > 0 ? (double)n / predArticles.Count : 0.0;
        var r = goldArticles.Count > 0 ? (double)n / goldArticles.Count : 1.0;
        var f1 = p + r != 0 ? 2 * p * r / (p + r) : 0.0;

        double Rate(Func<Scored, Scored, bool> holds) =>
            n > 0 ? (double)pairs.Count(x => holds(goldArticles[x.Gold], predArticles[x.Pred])) / n : 0.0;

        var ratios = pairs.Select(x => SequenceMatcher.Ratio(goldArticles[x.Gold].Body, predArticles[x.Pred].Body)).ToList();
        // Python 3.11's sum(): plain left-to-right addition (3.12 switched to compensated summation).
        var ratioSum = 0.0;
        foreach (var ratio in ratios)
            ratioSum += ratio;
        var bodyRatio = n > 0 ? ratioSum / n : 0.0;
        var perfect = pairs.Zip(ratios).Count(x =>
        {
            var (g, q) = (goldArticles[x.First.Gold], predArticles[x.First.Pred]);
            return SameTitle(g, q) && SameNames(g, q) && SameKind(g, q) && SameParagraphCount(g, q) && x.Second >= 0.99;
        });

        var noise = List(goldDoc["noise"]).Select(x => Py.CodePoints(Norm(Text(x)))).Where(blk => blk.Length >= 4).ToList();
        var predText = Concat(predArticles);
        var goldText = Concat(goldArticles);
        var leaked = noise.Count(blk => Windows(blk).Any(w => Py.Count(predText, w) > Py.Count(goldText, w)));

        var goldEdition = goldDoc["edition"] as JsonObject;
        var predEdition = predDoc["edition"] as JsonObject;
        var editionFields = EditionKeys.Where(k => goldEdition?[k] is not null).ToList();
        var editionExact = editionFields.Count(k => Py.Str(goldEdition![k]) == Py.Str(predEdition?[k]));

        var matchedGold = pairs.Select(x => x.Gold).ToHashSet();
        var matchedPred = pairs.Select(x => x.Pred).ToHashSet();
        return new ParseScore(
            PerfectArticles: perfect,
            GoldArticles: goldArticles.Count,
            PredictedArticles: predArticles.Count,
            Matched: n,
            Precision: Py.Round3(p),
            Recall: Py.Round3(r),
            F1: Py.Round3(f1),
            TitleExact: Py.Round3(Rate(SameTitle)),
            HeadlineExact: Py.Round3(Rate((g, q) => Norm(Text(g.Json["headline"])) == Norm(Text(q.Json["headline"])))),
            BylineExact: Py.Round3(Rate(SameNames)),
            KindExact: Py.Round3(Rate(SameKind)),
            ParagraphCountExact: Py.Round3(Rate(SameParagraphCount)),
            BodySimilarity: Py.Round3(bodyRatio),
            NoiseBlocksLeaked: leaked,
            NoiseBlocksTotal: noise.Count,
            EditionFieldsExact: editionExact,
            EditionFieldsTotal: editionFields.Count,
            Missed: [.. goldArticles.Where((_, i) => !matchedGold.Contains(i)).Select(a => Text(a.Json["headline"]))],
            Spurious: [.. predArticles.Where((_, j) => !matchedPred.Contains(j)).Select(a => Text(a.Json["headline"]))]);
    }

    /// <summary>The articles <see cref="Score(JsonNode, JsonNode)"/> pairs: (index in the gold's articles, index in
    /// the prediction's), by the same matching.</summary>
    public static IReadOnlyList<(int Gold, int Pred)> Pairs(JsonNode gold, JsonNode predicted) =>
        Match(Articles(gold.AsObject()), Articles(predicted.AsObject()));

    /// <summary>norm(): whitespace removed, half-width ,:;()!? made full-width, ■ dropped.</summary>
    public static string Norm(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return "";
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (Py.IsSpace(c) || c == '■')
                continue;
            sb.Append(c switch
            {
                ',' => '，',
                ':' => '：',
                ';' => '；',
                '(' => '（',
                ')' => '）',
                '!' => '！',
                '?' => '？',
                _ => c,
            });
        }
        return sb.ToString();
    }

    /// <summary>An article with what the script derives from it, computed once.</summary>
    private sealed class Scored(JsonObject json)
    {
        public JsonObject Json { get; } = json;
        public string Title { get; } = Norm(string.Concat(Text(json["kicker"]), Text(json["headline"]), Text(json["subheadline"])));
        public string Body => field ??= Norm(string.Concat(List(Json["paragraphs"]).Select(Text)));
        public int[] TitleBody => field ??= Py.CodePoints(Title + Body);
        public HashSet<long> Bigrams => field ??= BigramsOf(TitleBody);
        public int ParagraphCount => List(Json["paragraphs"]).Count;

        public HashSet<(string Role, string Name)> Names => field ??= Json["byline"] is JsonObject byline
            ? [.. Roles.SelectMany(role => List(byline[role]).Select(x => (role, Norm(Text(x)))))]
            : [];
    }

    private static bool SameTitle(Scored g, Scored q) => g.Title == q.Title;
    private static bool SameNames(Scored g, Scored q) => g.Names.SetEquals(q.Names);
    private static bool SameParagraphCount(Scored g, Scored q) => g.ParagraphCount == q.ParagraphCount;

    private static bool SameKind(Scored g, Scored q) => PyEquals(g.Json["kind"], q.Json["kind"]);

    // Python's == on two parsed JSON values, None (absent or null) included.
    private static bool PyEquals(JsonNode? a, JsonNode? b) => a is null ? b is null : b is not null && JsonNode.DeepEquals(a, b);

    /// <summary>match(): greedy one-to-one pairing on similarity ≥ 0.5, taking pairs in the order of
    /// Python's sorted((similarity, i, j), reverse=True), so ties go to the later gold, then later prediction.</summary>
    private static List<(int Gold, int Pred)> Match(List<Scored> gold, List<Scored> pred)
    {
        var candidates = new List<(double S, int I, int J)>();
        for (var i = 0; i < gold.Count; i++)
            for (var j = 0; j < pred.Count; j++)
                candidates.Add((Similarity(gold[i], pred[j]), i, j));
        candidates.Sort((x, y) => y.CompareTo(x));
        var (usedGold, usedPred, pairs) = (new HashSet<int>(), new HashSet<int>(), new List<(int, int)>());
        foreach (var (s, i, j) in candidates)
        {
            if (s < 0.5)
                break;
            if (usedGold.Contains(i) || usedPred.Contains(j))
                continue;
            usedGold.Add(i);
            usedPred.Add(j);
            pairs.Add((i, j));
        }
        return pairs;
    }

    /// <summary>Jaccard similarity of the title+body bigram sets.</summary>
    private static double Similarity(Scored g, Scored p)
    {
        var (small, large) = g.Bigrams.Count <= p.Bigrams.Count ? (g.Bigrams, p.Bigrams) : (p.Bigrams, g.Bigrams);
        var common = small.Count(large.Contains);
        var union = g.Bigrams.Count + p.Bigrams.Count - common;
        return (double)common / Math.Max(1, union);
    }

    // bigrams(): {s[i:i+2]} over code points, or {s} when s is shorter than two. A key packs the
    // two code points (each < 0x110000); a lone code point or the empty string gets a negative key.
    private static HashSet<long> BigramsOf(int[] s) => s.Length switch
    {
        0 => [long.MinValue],
        1 => [-1L - s[0]],
        _ => [.. Enumerable.Range(0, s.Length - 1).Select(i => (long)s[i] * 0x110000 + s[i + 1])],
    };

    // The noise block's six-code-point pieces: {blk[i:i+6] for i in range(0, max(1, len(blk) - 5))}.
    private static IEnumerable<int[]> Windows(int[] blk) =>
        Enumerable.Range(0, Math.Max(1, blk.Length - 5)).Select(i => blk[i..Math.Min(blk.Length, i + 6)]);

    private static int[] Concat(List<Scored> articles) => [.. articles.SelectMany(a => a.TitleBody)];

    private static List<Scored> Articles(JsonObject doc) => [.. List(doc["articles"]).Select(a => new Scored(a!.AsObject()))];

    // `x or []` for a JSON array that may be absent or null.
    private static IList<JsonNode?> List(JsonNode? node) => node is null ? [] : node.AsArray();

    private static string? Text(JsonNode? node) => node?.GetValue<string>();
}
