using System.Text.Json.Nodes;

namespace Site.Scoring;

/// <summary>One matched article's coverage: its gold headline, how many lines the gold sets for it, and the
/// lines its parsed regions leave uncovered (each with the share that is covered).</summary>
public sealed record ArticleCoverage(int GoldIndex, string? Headline, int Lines, IReadOnlyList<(LineBox Line, double Covered)> Uncovered)
{
    public bool Covered => Uncovered.Count == 0;
}

/// <summary>
/// Region coverage of one page: for every article the scorer matches (<see cref="ParseScorer.Pairs"/>), do the
/// prediction's regions cover the gold's line boxes (<see cref="RegionCoverage"/>)? The gold carries its
/// lines as <c>boxes</c> on each article (<c>part</c>, <c>x</c>, <c>y</c>, <c>width</c>, <c>height</c>), the
/// prediction its regions as <c>regions</c> (<c>x</c>, <c>y</c>, <c>width</c>, <c>height</c>), both in PDF
/// points from the page's top-left corner.
/// </summary>
public static class CoverageScorer
{
    /// <summary>Whether the gold records where its articles' lines are (typesetting before it did, it did not).</summary>
    public static bool HasBoxes(JsonNode gold) =>
        gold["articles"] is JsonArray articles && articles.Any(a => a?["boxes"] is JsonArray);

    /// <returns>One entry per matched article, in the gold's order; null when the gold has no boxes.</returns>
    public static IReadOnlyList<ArticleCoverage>? Measure(JsonNode gold, JsonNode predicted)
    {
        if (!HasBoxes(gold)) return null;
        var goldArticles = gold["articles"]!.AsArray();
        var predArticles = predicted["articles"]!.AsArray();
        return
        [
            .. ParseScorer.Pairs(gold, predicted).OrderBy(p => p.Gold).Select(p =>
            {
                var article = goldArticles[p.Gold]!;
                var lines = Lines(article["boxes"]);
                var regions = Boxes(predArticles[p.Pred]!["regions"]);
                return new ArticleCoverage(p.Gold, article["headline"]?.GetValue<string>(), lines.Count, RegionCoverage.Uncovered(lines, regions));
            }),
        ];
    }

    private static List<LineBox> Lines(JsonNode? boxes) =>
        boxes is JsonArray a ? [.. a.Select(b => new LineBox(b!["part"]!.GetValue<string>(), BoxOf(b)))] : [];

    private static List<Box> Boxes(JsonNode? regions) =>
        regions is JsonArray a ? [.. a.Select(r => BoxOf(r!))] : [];

    private static Box BoxOf(JsonNode n) =>
        new(n["x"]!.GetValue<double>(), n["y"]!.GetValue<double>(), n["width"]!.GetValue<double>(), n["height"]!.GetValue<double>());
}
