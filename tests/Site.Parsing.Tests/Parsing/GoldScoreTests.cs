using Site.Parsing.Output;
using Site.Scoring;
using Site.Testing;

namespace Site.Parsing.Tests.Parsing;

/// <summary>The parser against the hand-made gold parses, scored as shared/tools/score_parse.py scores
/// them (ported to C# in Scoring/). The bar: every article found and no spurious one, no noise leaked
/// into an article, every edition field right, and at least 90% of articles perfect.</summary>
public class GoldScoreTests
{
    public static TheoryData<string> GoldSeeds => new(
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Gold"), "*.json").Select(Path.GetFileNameWithoutExtension).Order()!);

    [Theory]
    [MemberData(nameof(GoldSeeds))]
    public void The_parse_of_a_gold_seed_meets_the_bar(string seed)
    {
        var gold = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Gold", seed + ".json"));
        var text = File.ReadAllText(Path.Combine(Repo.Root, "seeds", seed + ".txt"));
        var predicted = ContractJson.Write(IssueParser.Parse(text, seed + ".txt", Repo.Rules));

        var score = ParseScorer.Score(gold, predicted);

        Assert.True(score.F1 == 1.0, $"article F1 {score.F1}; missed: {string.Join(" / ", score.Missed)}; spurious: {string.Join(" / ", score.Spurious)}");
        Assert.Equal(0, score.NoiseBlocksLeaked);
        Assert.Equal(score.EditionFieldsTotal, score.EditionFieldsExact);
        Assert.True(score.PerfectArticles >= 0.9 * score.GoldArticles,
            $"{score.PerfectArticles}/{score.GoldArticles} perfect articles (titles {score.TitleExact}, bylines {score.BylineExact}, kinds {score.KindExact}, paragraph counts {score.ParagraphCountExact}, body {score.BodySimilarity})");
    }
}
