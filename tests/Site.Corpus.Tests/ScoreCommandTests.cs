using System.Text.Json.Nodes;
using Site.Parsing;
using Site.Parsing.Input;
using Site.Parsing.Output;
using Site.Parsing.Rules;
using Site.Testing;

namespace Site.Corpus.Tests;

/// <summary>`site-corpus score DIR` on a tiny typeset folder: it pairs each page file with its gold, parses it
/// with the default rules, and prints one row per split × paper × extractor.</summary>
public sealed class ScoreCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("site-corpus-score-").FullName;

    /// <summary>tune/pinghu-001: a seed page whose gold is what the parser makes of it with the default rules, so
    /// it scores perfect whatever the parser's heuristics are; heldout/pinghu-001: an empty page the parser
    /// refuses, with a gold of one article; tune/pinghu-002.raw.txt: a page with no gold, which is not scored.</summary>
    private void WriteFixture()
    {
        var tune = Directory.CreateDirectory(Path.Combine(folder, "tune")).FullName;
        var heldout = Directory.CreateDirectory(Path.Combine(folder, "heldout")).FullName;
        var page = Path.Combine(tune, "pinghu-001.plain.txt");
        File.WriteAllText(page, Repo.Seed("004"));
        File.WriteAllText(Path.Combine(tune, "pinghu-001.gold.json"), ContractJson.Write(IssueFile.Parse(page, ParserRules.Default)));
        File.WriteAllText(Path.Combine(tune, "pinghu-002.raw.txt"), Repo.Seed("002"));
        File.WriteAllBytes(Path.Combine(heldout, "pinghu-001.plain.txt"), []);
        File.WriteAllText(Path.Combine(heldout, "pinghu-001.gold.json"), new JsonObject
        {
            ["edition"] = null,
            ["articles"] = new JsonArray(new JsonObject { ["kind"] = "news", ["headline"] = "一篇文章", ["paragraphs"] = new JsonArray("正文。") }),
            ["noise"] = new JsonArray(),
        }.ToJsonString());
    }

    private int GoldArticles => JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "tune", "pinghu-001.gold.json")))!["articles"]!.AsArray().Count;

    [Fact]
    public void Each_split_paper_and_extractor_is_a_row_of_the_table()
    {
        WriteFixture();
        var (code, output, err) = CorpusCommandLineTests.Run("score", folder);
        Assert.Equal(0, code);
        Assert.Empty(err);
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal(4, lines.Length);
        Assert.Equal("| split | paper | extractor | pages | article F1 | perfect articles | exact titles | exact bylines | noise leaked | furniture as headline |", lines[0]);
        Assert.Matches($@"^\| tune \| pinghu \| plain \| 1 \| 1\.00 \| {GoldArticles} of {GoldArticles} \| 100% \| 100% \| 0 of \d+ \| 0 \|$", lines[2]);
        Assert.Equal("| heldout | pinghu | plain | 1 (1 refused) | 0.00 | 0 of 1 | – | – | 0 of 0 | 0 |", lines[3]);
    }

    [Fact]
    public void A_prediction_that_misses_an_article_scores_below_perfect()
    {
        WriteFixture();
        var goldPath = Path.Combine(folder, "tune", "pinghu-001.gold.json");
        var gold = JsonNode.Parse(File.ReadAllText(goldPath))!;
        var articles = gold["articles"]!.AsArray();
        articles.Add(articles[0]!.DeepClone());
        articles[^1]!["headline"] = "解析器没有读到的文章";
        File.WriteAllText(goldPath, gold.ToJsonString());

        var (code, output, _) = CorpusCommandLineTests.Run("score", folder);

        Assert.Equal(0, code);
        var n = articles.Count;
        Assert.Contains($"| tune | pinghu | plain | 1 | {2.0 * (n - 1) / (2 * n - 1):0.00} | {n - 1} of {n} | 100% | 100% |", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_without_pages_that_have_gold_is_bad_usage()
    {
        Directory.CreateDirectory(Path.Combine(folder, "tune"));
        File.WriteAllText(Path.Combine(folder, "tune", "pinghu-001.plain.txt"), Repo.Seed("004"));
        var (code, output, err) = CorpusCommandLineTests.Run("score", folder);
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.StartsWith($"error: {folder} holds no tune/ or heldout/ pages with gold\n", err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_path_that_is_not_a_folder_is_bad_usage()
    {
        var missing = Path.Combine(folder, "nowhere");
        var (code, _, err) = CorpusCommandLineTests.Run("score", missing);
        Assert.Equal(2, code);
        Assert.StartsWith($"error: {missing} is not a folder\n", err, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
