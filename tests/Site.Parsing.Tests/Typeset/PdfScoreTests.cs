using System.Text.Json.Nodes;
using Site.Parsing.Output;
using Site.Parsing.Rules;
using Site.Testing;
using Site.Parsing;
using Site.Scoring;

namespace Site.Parsing.Tests.Typeset;

/// <summary>
/// The typeset pages whose PDF is committed beside their extractions (one per split and paper; a page's PDF
/// is half a megabyte), read by position as a PDF page filed in input/issues would be.
/// </summary>
[Trait("Speed", "Slow")]
public sealed class PdfScoreTests
{
    /// <summary>
    /// Floors per split over its PDFs: what the PDF reader scored on the evening of 2026-12-07 (tune F1
    /// 0.96, 12 of 14 perfect, bylines 0.92; held out F1 0.89, 8 of 12 perfect, bylines 0.83) less 0.02,
    /// rounded down. Raise them as the reader improves.
    /// </summary>
    private static readonly Dictionary<string, TypesetScoreTests.Floor> Floors = new()
    {
        ["tune"] = new(F1: 0.94, Perfect: 0.83, Bylines: 0.90),
        ["heldout"] = new(F1: 0.86, Perfect: 0.64, Bylines: 0.81),
    };

    private static readonly string Folder = Path.Combine(Repo.Root, "tests", "Site.Parsing.Tests", "Typeset");

    [Theory]
    [InlineData("tune")]
    [InlineData("heldout")]
    public void Pages_read_from_pdf_hold_their_floors(string split)
    {
        var pdfs = Directory.GetFiles(Path.Combine(Folder, split), "*.pdf").Order(StringComparer.Ordinal).ToList();
        Assert.True(pdfs.Count >= 3, $"{split}: {pdfs.Count} PDFs");
        var (gold, predicted, matched, perfect, bylines) = (0, 0, 0, 0, 0.0);
        foreach (var pdf in pdfs)
        {
            var goldJson = JsonNode.Parse(File.ReadAllText(Path.ChangeExtension(pdf, ".gold.json")))!;
            var issue = IssueFile.Parse(pdf, ParserRules.Default);
            var s = ParseScorer.Score(goldJson, JsonNode.Parse(ContractJson.Write(issue))!);
            (gold, predicted, matched, perfect) = (gold + s.GoldArticles, predicted + s.PredictedArticles, matched + s.Matched, perfect + s.PerfectArticles);
            bylines += s.BylineExact * s.Matched;
        }
        var f1 = matched == 0 ? 0 : 2.0 * matched / (gold + predicted);
        var byline = matched == 0 ? 0 : bylines / matched;
        var floor = Floors[split];
        var got = $"{split}: F1 {f1:0.000}, perfect {perfect} of {gold}, bylines {byline:0.000}";
        Assert.True(f1 >= floor.F1, $"{got}; floor F1 {floor.F1}");
        Assert.True((double)perfect / gold >= floor.Perfect, $"{got}; floor perfect {floor.Perfect}");
        Assert.True(byline >= floor.Bylines, $"{got}; floor bylines {floor.Bylines}");
    }

    [Fact]
    public void Photo_news_read_from_a_pdf_knows_its_photo_and_covers_it()
    {
        var photos = 0;
        foreach (var pdf in Directory.GetFiles(Folder, "*.pdf", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            foreach (var a in IssueFile.Parse(pdf, ParserRules.Default).Articles.Where(a => a.Kind == Model.ArticleKind.Photo))
            {
                photos++;
                var picture = Assert.Single(a.PicturesOrEmpty());
                Assert.Contains(picture, a.RegionsOrEmpty());
                Assert.True(picture.Width > 50 && picture.Height > 50, $"{Path.GetFileName(pdf)}: {a.Headline}: {picture}");
            }
        Assert.True(photos >= 2, $"{photos} photo news in the committed PDFs");
    }

    [Fact]
    public void Every_article_read_from_a_pdf_has_a_region_on_its_page()
    {
        foreach (var pdf in Directory.GetFiles(Folder, "*.pdf", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var issue = IssueFile.Parse(pdf, ParserRules.Default);
            var page = issue.Printed[0];
            foreach (var a in issue.Articles)
            {
                var what = $"{Path.GetFileName(pdf)}: {a.Headline ?? a.Paragraphs.FirstOrDefault()}";
                Assert.True(a.RegionsOrEmpty().Length > 0, what + " has no region");
                Assert.All(a.RegionsOrEmpty(), r => Assert.True(r.Width > 0 && r.Height > 0 && r.X >= 0 && r.Y >= 0
                    && r.Right <= page.Width && r.Bottom <= page.Height, $"{what}: {r}"));
            }
        }
    }
}
