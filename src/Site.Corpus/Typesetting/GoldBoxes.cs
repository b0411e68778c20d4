using System.Globalization;
using System.Text.RegularExpressions;
using Site.Scoring;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Actions;
using UglyToad.PdfPig.Annotations;

namespace Site.Corpus.Typesetting;

/// <summary>
/// Where the typesetter set each article's lines. The page's HTML marks every piece of an article's text with
/// the article's index and the part (<c>data-gold="3/body"</c>, <see cref="HtmlPage.Write"/>), and a script at
/// its end asks the layout for the box of every line each mark runs over (<c>getClientRects</c>) and lays an
/// empty link to <c>https://gold.invalid/&lt;article&gt;/&lt;part&gt;</c> over it; chromium prints each link as
/// an annotation with that box. Reading them back, each box is narrowed to the em boxes of the glyphs printed
/// in it: a line as printed, in PDF points from the page's top-left corner (the parser's regions' frame; PDF's own y
/// runs up from the bottom).
/// </summary>
/// <remarks>Links wrapped round the text itself would do without a script, but chromium misplaces the
/// annotations of links inside CSS multi-column text (every column after the first lands elsewhere on the
/// page); boxes measured by the layout and links of their own, outside the columns, land where the text is.
/// The marks and links change nothing in the text's layout: the pages' extracted text is the same byte for
/// byte with and without them.</remarks>
public static partial class GoldBoxes
{
    public const string Kicker = "kicker", Headline = "headline", Subheadline = "subheadline", Byline = "byline",
        Body = "body", Caption = "caption", Credit = "credit";

    public static string Mark(int article, string part) => string.Create(CultureInfo.InvariantCulture, $"{article}/{part}");

    /// <summary>Run as the page loads, before it is printed: CSS pixels and PDF points share the page's top-left
    /// corner (the sheet has no margin), so a link placed at a line's client rect prints over the line.</summary>
    public const string Script = """
        <script>
        for (const mark of [...document.querySelectorAll('[data-gold]')])
          for (const r of mark.getClientRects()) {
            const a = document.createElement('a');
            a.href = 'https://gold.invalid/' + mark.dataset.gold;
            a.style.cssText = `position: absolute; display: block; left: ${r.left + scrollX}px; top: ${r.top + scrollY}px; width: ${r.width}px; height: ${r.height}px`;
            document.body.appendChild(a);
          }
        </script>

        """;

    /// <summary>The links the script lays: the .invalid top-level domain is reserved never to resolve.</summary>
    [GeneratedRegex(@"^https://gold\.invalid/(?<article>\d+)/(?<part>[a-z]+)$")]
    private static partial Regex Link();

    /// <summary>The line boxes of the first page of a PDF printed from a marked page, by gold article index
    /// (an article with no line on that page is absent), in the order chromium printed them. A line box is
    /// the em boxes of the glyphs whose centre lies in the line's link; a link over no glyph (a fragment holding
    /// only a space) is left out.</summary>
    public static IReadOnlyDictionary<int, IReadOnlyList<LineBox>> Read(string pdfPath)
    {
        using var document = PdfDocument.Open(pdfPath);
        var page = document.GetPage(1);
        var height = page.Height;
        var glyphs = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).Select(l => EmBox(l, height)).ToList();
        var boxes = new SortedDictionary<int, List<LineBox>>();
        foreach (var annotation in page.GetAnnotations())
        {
            if (annotation.Type != AnnotationType.Link || annotation.Action is not UriAction { Uri: { } uri }) continue;
            if (Link().Match(uri) is not { Success: true } m) continue;
            var r = annotation.Rectangle;
            var line = new Box(r.Left, height - r.Top, r.Width, r.Height);
            var inside = glyphs.Where(g => g.X + g.Width / 2 is var x && x >= line.X && x <= line.Right
                                        && g.Y + g.Height / 2 is var y && y >= line.Y && y <= line.Bottom).ToList();
            if (inside.Count == 0) continue;
            var article = int.Parse(m.Groups["article"].Value, CultureInfo.InvariantCulture);
            if (!boxes.TryGetValue(article, out var list)) boxes[article] = list = [];
            list.Add(new LineBox(m.Groups["part"].Value, Round(Around(inside))));
        }
        return boxes.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<LineBox>)kv.Value);
    }

    /// <summary>A glyph's ideographic em box: from its origin to its advance, 0.88 em above the baseline to
    /// 0.12 em below (the em box CJK fonts such as Noto CJK design their ideographs in). Not its ink: PdfPig's
    /// outline boxes of the same ideographs came out up to 0.2 em below the baseline, which is no line's
    /// extent a reader would draw.</summary>
    private static Box EmBox(UglyToad.PdfPig.Content.Letter l, double pageHeight)
    {
        var size = l.PointSize > 0 ? l.PointSize : l.FontSize;
        var baseline = pageHeight - l.StartBaseLine.Y;
        var (left, right) = (Math.Min(l.StartBaseLine.X, l.EndBaseLine.X), Math.Max(l.StartBaseLine.X, l.EndBaseLine.X));
        if (right - left <= 0) right = left + l.Width;
        return new Box(left, baseline - 0.88 * size, right - left, size);
    }

    private static Box Around(List<Box> boxes)
    {
        var (left, top) = (boxes.Min(b => b.X), boxes.Min(b => b.Y));
        return new Box(left, top, boxes.Max(b => b.Right) - left, boxes.Max(b => b.Bottom) - top);
    }

    private static Box Round(Box b) => new(Math.Round(b.X, 2), Math.Round(b.Y, 2), Math.Round(b.Width, 2), Math.Round(b.Height, 2));
}
