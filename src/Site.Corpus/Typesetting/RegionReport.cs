using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Site.Parsing.Model;
using Site.Scoring;
using UglyToad.PdfPig;

namespace Site.Corpus.Typesetting;

/// <summary>
/// The score's region measure, for pages read from PDF: of the articles the scorer matches, the share whose
/// parsed regions cover their text (<see cref="CoverageScorer"/>: each gold line box at least 95 % inside the
/// union of the article's regions), and the articles that are not covered, with the lines they miss. A gold
/// typeset before the typesetter recorded line boxes is counted as such and not measured.
/// </summary>
public static class RegionReport
{
    /// <summary>Adds each parsed article's regions to its contract JSON, as <c>regions</c> (x, y, width, height).</summary>
    public static void AttachRegions(JsonNode predicted, ParsedIssue issue)
    {
        var articles = predicted["articles"]!.AsArray();
        for (var i = 0; i < articles.Count; i++)
            articles[i]!["regions"] = new JsonArray([.. issue.Articles[i].RegionsOrEmpty().Select(r => (JsonNode)new JsonObject
            {
                ["x"] = r.X, ["y"] = r.Y, ["width"] = r.Width, ["height"] = r.Height,
            })]);
    }

    /// <param name="page">The page as the report names it (split/file).</param>
    public static void Add(ScoreTable.Row row, string page, string pdf, JsonNode gold, JsonNode predicted)
    {
        var measured = CoverageScorer.Measure(gold, predicted);
        if (measured is null)
        {
            row.PagesWithoutBoxes++;
            return;
        }
        row.CoverageArticles += measured.Count;
        row.CoverageCovered += measured.Count(a => a.Covered);
        var misses = measured.Where(a => !a.Covered).ToList();
        if (misses.Count == 0) return;
        using var document = PdfDocument.Open(pdf);
        var letters = document.GetPage(1) is var p ? p.Letters.Select(l => (l.Value, X: l.BoundingBox.Centroid.X, Y: p.Height - l.BoundingBox.Centroid.Y)).ToList() : [];
        foreach (var a in misses)
        {
            var lines = string.Join("; ", a.Uncovered.Select(u => string.Create(CultureInfo.InvariantCulture,
                $"{u.Line.Part} {100 * u.Covered:0}% 「{TextIn(letters, u.Line.Box)}」")));
            row.NotCovered.Add(string.Create(CultureInfo.InvariantCulture,
                $"{page}: {a.Headline ?? "(no headline)"}: {a.Uncovered.Count} of {a.Lines} lines not covered: {lines}"));
        }
    }

    /// <summary>The printed text of a line box, for the report: letters whose centre lies in it, at most 16.</summary>
    private static string TextIn(List<(string Value, double X, double Y)> letters, Box box)
    {
        var text = string.Concat(letters.Where(l => l.X >= box.X && l.X <= box.Right && l.Y >= box.Y && l.Y <= box.Bottom).Select(l => l.Value)).Trim();
        return text.Length > 16 ? text[..16] + "…" : text;
    }

    public static string Markdown(IReadOnlyDictionary<(string Split, string Paper, string Extractor), ScoreTable.Row> rows)
    {
        var pdf = rows.Where(kv => kv.Key.Extractor == "pdf").ToList();
        if (pdf.Count == 0) return "";
        var sb = new StringBuilder("\n");
        var unmeasured = pdf.Sum(kv => kv.Value.PagesWithoutBoxes);
        if (unmeasured > 0)
            sb.Append(CultureInfo.InvariantCulture,
                $"Region coverage not measured on {unmeasured} of {pdf.Sum(kv => kv.Value.Pages - kv.Value.Failed)} PDF pages: their gold has no line boxes (typeset before the typesetter recorded them; typeset them again to measure).\n");
        var measured = pdf.Where(kv => kv.Value.CoverageArticles > 0).ToList();
        if (measured.Count == 0) return sb.ToString();
        sb.Append(CultureInfo.InvariantCulture, $"\nRegions cover the text (every line of the article at least {100 * RegionCoverage.Threshold:0}% inside its regions), matched articles of pages read from PDF:\n\n");
        sb.Append("| split | paper | matched articles | covered |\n|---|---|---:|---:|\n");
        foreach (var split in new[] { PagePlanner.Tune, PagePlanner.Heldout })
            foreach (var ((s, paper, _), r) in measured.Where(kv => kv.Key.Split == split))
                sb.Append(CultureInfo.InvariantCulture,
                    $"| {s} | {paper} | {r.CoverageArticles} | {r.CoverageCovered} ({100.0 * r.CoverageCovered / r.CoverageArticles:0.0}%) |\n");
        var notCovered = measured.SelectMany(kv => kv.Value.NotCovered).ToList();
        if (notCovered.Count > 0)
        {
            sb.Append("\nNot covered:\n\n");
            foreach (var line in notCovered) sb.Append("- ").Append(line).Append('\n');
        }
        return sb.ToString();
    }
}
