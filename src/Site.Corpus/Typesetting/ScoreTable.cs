using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Site.Parsing.Output;
using Site.Parsing.Rules;
using Site.Parsing;
using Site.Scoring;

namespace Site.Corpus.Typesetting;

/// <summary>
/// Parses every extracted page under a typeset folder with the current parser (default rules, as
/// <c>site parse FILE --json</c> does without a site.yml) and scores it against its gold with the port of
/// score_parse.py; sums per split × paper × extractor. Pages read from PDF are also measured for region
/// coverage (<see cref="RegionReport"/>), reported after the table.
/// </summary>
public static partial class ScoreTable
{
    /// <summary>One row: sums over its pages.</summary>
    public sealed class Row
    {
        public int Pages, Failed, Gold, Predicted, Matched, Perfect, TitleExact, BylineExact, NoiseLeaked, NoiseTotal, FurnitureHeadlines;

        /// <summary>Region coverage, for pages read from PDF: matched articles whose gold has line boxes, those of
        /// them whose regions cover every line, pages whose gold has no boxes, and each article not covered.</summary>
        public int CoverageArticles, CoverageCovered, PagesWithoutBoxes;

        public List<string> NotCovered { get; } = [];

        public double F1 => Matched == 0 ? 0 : 2.0 * Matched / (Gold + Predicted);
    }

    /// <summary>A page file name: &lt;paper&gt;-&lt;NNN&gt;.&lt;extractor&gt;.txt, or &lt;paper&gt;-&lt;NNN&gt;.pdf (the
    /// printed page itself, read by position: extractor "pdf").</summary>
    [GeneratedRegex(@"^(?<paper>[a-z]+)-(?<n>\d+)\.(?:(?<extractor>[a-z]+)\.txt|(?<extractor>pdf))$")]
    public static partial Regex PageFile();

    public static SortedDictionary<(string Split, string Paper, string Extractor), Row> Score(string folder)
    {
        var rows = new SortedDictionary<(string, string, string), Row>();
        foreach (var split in new[] { PagePlanner.Tune, PagePlanner.Heldout })
        {
            var dir = Path.Combine(folder, split);
            if (!Directory.Exists(dir)) continue;
            foreach (var file in Directory.GetFiles(dir).Order(StringComparer.Ordinal))
            {
                if (PageFile().Match(Path.GetFileName(file)) is not { Success: true } m) continue;
                var goldPath = Path.Combine(dir, $"{m.Groups["paper"].Value}-{m.Groups["n"].Value}.gold.json");
                if (!File.Exists(goldPath)) continue;
                var key = (split, m.Groups["paper"].Value, m.Groups["extractor"].Value);
                if (!rows.TryGetValue(key, out var row)) rows[key] = row = new Row();
                var gold = JsonNode.Parse(File.ReadAllText(goldPath))!;
                var predicted = Predict(file);
                Add(row, gold, predicted);
                if (key.Item3 == "pdf" && predicted is not null) RegionReport.Add(row, $"{split}/{Path.GetFileName(file)}", file, gold, predicted);
            }
        }
        return rows;
    }

    /// <summary>The parser's contract JSON for a file, or null when it refuses the file; for a PDF, each article
    /// also carries its <c>regions</c> (the contract leaves them out), for <see cref="RegionReport"/>.</summary>
    private static JsonNode? Predict(string file)
    {
        try
        {
            var issue = IssueFile.Parse(file, ParserRules.Default);
            var json = JsonNode.Parse(ContractJson.Write(issue))!;
            if (!issue.Printed.IsDefaultOrEmpty) RegionReport.AttachRegions(json, issue);
            return json;
        }
        catch (IssueFileException)
        {
            return null;
        }
    }

    public static void Add(Row row, JsonNode gold, JsonNode? predicted)
    {
        row.Pages++;
        var goldArticles = gold["articles"]!.AsArray().Count;
        if (predicted is null)
        {
            row.Failed++;
            row.Gold += goldArticles;
            return;
        }
        var s = ParseScorer.Score(gold, predicted);
        row.Gold += s.GoldArticles;
        row.Predicted += s.PredictedArticles;
        row.Matched += s.Matched;
        row.Perfect += s.PerfectArticles;
        row.TitleExact += (int)Math.Round(s.TitleExact * s.Matched);
        row.BylineExact += (int)Math.Round(s.BylineExact * s.Matched);
        row.NoiseLeaked += s.NoiseBlocksLeaked;
        row.NoiseTotal += s.NoiseBlocksTotal;
        row.FurnitureHeadlines += FurnitureHeadlines(gold, predicted);
    }

    /// <summary>Predicted headlines (or kickers, subheadlines) that are page furniture: their text lies inside
    /// a gold noise block and is no gold article's display line.</summary>
    public static int FurnitureHeadlines(JsonNode gold, JsonNode predicted)
    {
        var noise = gold["noise"]!.AsArray().Select(n => ParseScorer.Norm(n!.GetValue<string>())).ToList();
        var displayed = gold["articles"]!.AsArray()
            .SelectMany(a => new[] { "kicker", "headline", "subheadline" }.Select(k => a![k]?.GetValue<string>()))
            .Where(t => t is not null).Select(t => ParseScorer.Norm(t)).ToHashSet();
        var count = 0;
        foreach (var a in predicted["articles"]!.AsArray())
        {
            var lines = new[] { "kicker", "headline", "subheadline" }.Select(k => a![k]?.GetValue<string>()).Where(t => t is not null).Select(t => ParseScorer.Norm(t));
            if (lines.Any(t => t.Length >= 2 && !displayed.Any(d => d.Contains(t, StringComparison.Ordinal)) && noise.Any(n => n.Contains(t, StringComparison.Ordinal))))
                count++;
        }
        return count;
    }

    public static string Markdown(SortedDictionary<(string Split, string Paper, string Extractor), Row> rows)
    {
        static string Pct(int a, int b) => b == 0 ? "–" : string.Create(CultureInfo.InvariantCulture, $"{100.0 * a / b:0}%");
        var sb = new StringBuilder();
        sb.Append("| split | paper | extractor | pages | article F1 | perfect articles | exact titles | exact bylines | noise leaked | furniture as headline |\n");
        sb.Append("|---|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
        foreach (var split in new[] { PagePlanner.Tune, PagePlanner.Heldout })
            foreach (var ((s, paper, extractor), r) in rows.Where(kv => kv.Key.Split == split))
                sb.Append(string.Create(CultureInfo.InvariantCulture,
                    $"| {s} | {paper} | {extractor} | {r.Pages}{(r.Failed > 0 ? $" ({r.Failed} refused)" : "")} | {r.F1:0.00} | {r.Perfect} of {r.Gold} | {Pct(r.TitleExact, r.Matched)} | {Pct(r.BylineExact, r.Matched)} | {r.NoiseLeaked} of {r.NoiseTotal} | {r.FurnitureHeadlines} |\n"));
        return sb.Append(RegionReport.Markdown(rows)).ToString();
    }
}
