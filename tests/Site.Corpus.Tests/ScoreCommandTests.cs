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

    /// <summary>A committed typeset page read from its PDF (tune/pinghu-002, whose gold has line boxes), alone in
    /// the folder; returns its gold's path.</summary>
    private string WritePdfFixture()
    {
        var typeset = Path.Combine(Repo.Root, "tests", "Site.Parsing.Tests", "Typeset", "tune");
        var tune = Directory.CreateDirectory(Path.Combine(folder, "tune")).FullName;
        File.Copy(Path.Combine(typeset, "pinghu-002.pdf"), Path.Combine(tune, "pinghu-002.pdf"));
        var gold = Path.Combine(tune, "pinghu-002.gold.json");
        File.Copy(Path.Combine(typeset, "pinghu-002.gold.json"), gold);
        return gold;
    }

    private static System.Text.RegularExpressions.Match CoverageRow(string output) =>
        System.Text.RegularExpressions.Regex.Match(output, @"^\| tune \| pinghu \| (\d+) \| (\d+) \(\d+\.\d%\) \|$", System.Text.RegularExpressions.RegexOptions.Multiline);

    [Fact]
    public void Pdf_pages_report_how_many_matched_articles_their_regions_cover()
    {
        WritePdfFixture();
        var (code, output, err) = CorpusCommandLineTests.Run("score", folder);
        Assert.Equal(0, code);
        Assert.Empty(err);
        Assert.Contains("Regions cover the text (every line of the article at least 95% inside its regions)", output, StringComparison.Ordinal);
        var row = CoverageRow(output);
        Assert.True(row.Success, output);
        var matched = System.Text.RegularExpressions.Regex.Match(output, @"\| tune \| pinghu \| pdf \| 1 \| [\d.]+ \| \d+ of (\d+) \|");
        Assert.True(int.Parse(row.Groups[1].Value) > 0 && int.Parse(row.Groups[1].Value) <= int.Parse(matched.Groups[1].Value), output);
        Assert.DoesNotContain("not measured", output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_article_whose_regions_miss_a_line_is_listed_with_the_line()
    {
        var goldPath = WritePdfFixture();
        var before = CoverageRow(CorpusCommandLineTests.Run("score", folder).Out);
        // The first article's first line, moved to where nothing is printed: no region can cover it.
        var gold = JsonNode.Parse(File.ReadAllText(goldPath))!;
        var article = gold["articles"]!.AsArray().First(a => a!["headline"] is not null && a["boxes"]!.AsArray().Count > 0)!;
        var box = article["boxes"]!.AsArray()[0]!;
        (box["x"], box["y"]) = (1.0, 1.0);
        File.WriteAllText(goldPath, gold.ToJsonString());

        var (code, output, _) = CorpusCommandLineTests.Run("score", folder);

        Assert.Equal(0, code);
        var after = CoverageRow(output);
        Assert.Equal(before.Groups[1].Value, after.Groups[1].Value);
        Assert.True(int.Parse(after.Groups[2].Value) < int.Parse(before.Groups[2].Value), output);
        Assert.Contains($"- tune/pinghu-002.pdf: {article["headline"]!.GetValue<string>()}: ", output, StringComparison.Ordinal);
        Assert.Matches($@"{box["part"]!.GetValue<string>()} 0% 「」", output);
    }

    [Fact]
    public void Pdf_pages_whose_gold_has_no_boxes_are_said_to_be_not_measured()
    {
        var goldPath = WritePdfFixture();
        var gold = JsonNode.Parse(File.ReadAllText(goldPath))!;
        foreach (var a in gold["articles"]!.AsArray()) a!.AsObject().Remove("boxes");
        File.WriteAllText(goldPath, gold.ToJsonString());

        var (code, output, err) = CorpusCommandLineTests.Run("score", folder);

        Assert.Equal(0, code);
        Assert.Empty(err);
        Assert.Contains("Region coverage not measured on 1 of 1 PDF pages: their gold has no line boxes", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Regions cover the text", output, StringComparison.Ordinal);
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
