using System.Text.Json.Nodes;
using Site.Corpus.Typesetting;
using Site.Scoring;
using Site.Testing;
using UglyToad.PdfPig;

namespace Site.Corpus.Tests;

/// <summary>The line boxes the typesetter records in the gold (<see cref="GoldBoxes"/>), on the committed typeset
/// PDFs: read again from each PDF they are the gold's, and each box holds text, most of it its article's text of
/// its part (a box misplaced on the page holds another's, or none).</summary>
public sealed class GoldBoxesTests
{
    private static readonly string Folder = Path.Combine(Repo.Root, "tests", "Site.Parsing.Tests", "Typeset");

    public static TheoryData<string> Pdfs() =>
        [.. Directory.GetFiles(Folder, "*.pdf", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(p => Path.GetRelativePath(Folder, p))];

    [Theory]
    [MemberData(nameof(Pdfs))]
    public void The_gold_boxes_are_those_the_pdf_holds(string pdf)
    {
        var gold = JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, Path.ChangeExtension(pdf, ".gold.json"))))!;
        var read = GoldBoxes.Read(Path.Combine(Folder, pdf));
        var articles = gold["articles"]!.AsArray();
        Assert.Equal(articles.Count, read.Count);
        for (var i = 0; i < articles.Count; i++)
        {
            var boxes = articles[i]!["boxes"]!.AsArray()
                .Select(b => new LineBox(b!["part"]!.GetValue<string>(), new Box(b["x"]!.GetValue<double>(), b["y"]!.GetValue<double>(), b["width"]!.GetValue<double>(), b["height"]!.GetValue<double>())));
            Assert.Equal(read[i], boxes);
        }
    }

    [Theory]
    [MemberData(nameof(Pdfs))]
    public void Each_box_holds_the_text_of_its_article_and_part(string pdf)
    {
        var gold = JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, Path.ChangeExtension(pdf, ".gold.json"))))!;
        using var document = PdfDocument.Open(Path.Combine(Folder, pdf));
        var page = document.GetPage(1);
        var letters = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value))
            .Select(l => (Text: Input(l.Value), X: l.BoundingBox.Centroid.X, Y: page.Height - l.BoundingBox.Centroid.Y)).ToList();
        var lines = 0;
        foreach (var article in gold["articles"]!.AsArray())
        {
            var text = new Dictionary<string, string>
            {
                [GoldBoxes.Kicker] = Compact(article!["kicker"]?.GetValue<string>()),
                [GoldBoxes.Headline] = Compact(article["headline"]?.GetValue<string>()),
                [GoldBoxes.Subheadline] = Compact(article["subheadline"]?.GetValue<string>()),
                // A signature the paper prints at the body's end, （龙瑞秀）, is a name in the gold's byline.
                [GoldBoxes.Body] = Compact(string.Concat(article["paragraphs"]!.AsArray().Select(p => p!.GetValue<string>()))
                    + "（" + string.Concat(article["byline"]!.AsObject().SelectMany(r => r.Value!.AsArray().Select(n => n!.GetValue<string>()))) + "）"),
            };
            foreach (var box in article["boxes"]!.AsArray())
            {
                var part = box!["part"]!.GetValue<string>();
                var (x, y, w, h) = (box["x"]!.GetValue<double>(), box["y"]!.GetValue<double>(), box["width"]!.GetValue<double>(), box["height"]!.GetValue<double>());
                var inside = Compact(string.Concat(letters.Where(l => l.X >= x && l.X <= x + w && l.Y >= y && l.Y <= y + h).Select(l => l.Text)));
                Assert.False(inside.Length == 0, $"{pdf}: a {part} box of {article["headline"]} holds no text");
                lines++;
                // A byline, a photo's credit and a caption (its credit at its end, as the paper prints it) are printed
                // lines the gold keeps otherwise: as names only, or without the credit.
                if (part is GoldBoxes.Byline or GoldBoxes.Credit or GoldBoxes.Caption) continue;
                // Most of the line is its part's text: not all, as a glyph can map to another code point than the
                // text's (㬵 printed for 胶), which is the extractors' business, not the boxes'.
                var bigrams = Enumerable.Range(0, Math.Max(1, inside.Length - 1)).Select(k => inside.Substring(k, Math.Min(2, inside.Length - k))).ToList();
                var found = bigrams.Count(b => text[part].Contains(b, StringComparison.Ordinal));
                Assert.True(found * 2 >= bigrams.Count, $"{pdf}: {part} box of {article["headline"]} holds 「{inside}」, not in 「{text[part]}」");
            }
        }
        Assert.True(lines > 20, $"{pdf}: {lines} line boxes");
    }

    private static string Input(string text) => Parsing.Input.CjkVariants.Unify(text);

    private static string Compact(string? text) => ParseScorer.Norm(Input(text ?? ""));
}
