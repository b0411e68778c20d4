using System.Collections.Immutable;
using Site.Parsing.Model;
using Site.Parsing.Rules;
using UglyToad.PdfPig;

namespace Site.Parsing.Pdf;

/// <summary>A PDF that cannot be read as text; the message names the page.</summary>
public sealed class PdfReadException(string problem) : Exception(problem);

/// <summary>
/// Parses a PDF's pages: glyphs with their positions become printed lines, blocks and a reading order
/// (<see cref="ReadingOrder"/>), composed as clean raw text for the one parser; each article then gets the
/// regions where it was printed and the issue each page's size.
/// </summary>
public static class PdfIssue
{
    /// <summary>Share of a page's glyphs that may lack Unicode text before the page is refused.</summary>
    private const double UnmappedShare = 0.02;

    /// <exception cref="PdfReadException">Not a PDF, encrypted, or a page with no text layer or glyphs
    /// without Unicode text (the message names the page).</exception>
    public static ParsedIssue Parse(byte[] pdf, string source, ParserRules rules)
    {
        var (text, printed, blank) = Read(pdf);
        var issue = IssueParser.Parse(text.Text, source, rules, text.DisplayLines, text.LabelLines);
        var warnings = issue.Warnings.AddRange(blank.Select(p => new ParseWarning(p, 1, $"page {p} of the PDF is blank")));
        return issue with { Articles = RegionMapper.Attach(issue.Articles, text), Printed = printed, Warnings = warnings };
    }

    /// <summary>The text the parser reads for <paramref name="pdf"/>: its blocks in reading order.</summary>
    /// <exception cref="PdfReadException">As <see cref="Parse"/>.</exception>
    public static string ReadText(byte[] pdf) => Read(pdf).Text.Text;

    internal static (PageText Text, ImmutableArray<PrintedPage> Printed, List<int> Blank) Read(byte[] pdf)
    {
        PdfDocument document;
        try
        {
            document = PdfDocument.Open(pdf);
        }
        catch (Exception e)
        {
            throw new PdfReadException($"not a readable PDF ({e.Message})");
        }
        using (document)
        {
            var pages = new List<(IReadOnlyList<PrintedBlock>, double)>();
            var printed = ImmutableArray.CreateBuilder<PrintedPage>();
            var blank = new List<int>();
            foreach (var page in document.GetPages())
            {
                var (glyphs, unmapped) = PdfGlyphs.Read(page);
                printed.Add(new PrintedPage(page.Number, Math.Round(page.Width, 1), Math.Round(page.Height, 1)));
                var ink = glyphs.Count(g => !g.IsSpace);
                if (ink == 0 && unmapped == 0 && !page.GetImages().Any())
                {
                    // A page left empty (a layout that overflowed by nothing): nothing to read, nothing lost.
                    blank.Add(page.Number);
                    pages.Add(([], 0));
                    continue;
                }
                if (ink == 0)
                    throw new PdfReadException(unmapped > 0
                        ? $"page {page.Number}: its {unmapped} glyphs map to no Unicode text (fonts without a ToUnicode map); export the PDF with text"
                        : $"page {page.Number}: no text layer (a scanned page?); only PDFs with text can be parsed");
                if (unmapped > (glyphs.Count + unmapped) * UnmappedShare)
                    throw new PdfReadException($"page {page.Number}: {unmapped} of {glyphs.Count + unmapped} glyphs map to no Unicode text; export the PDF with text");
                var (boxes, rules) = PageGraphics.Read(page);
                var blocks = BlockBuilder.Build(LineBuilder.Build(glyphs), rules);
                var body = DisplayType.MostLinesSize(blocks.SelectMany(b => b.Lines));
                pages.Add((DisplayType.JoinWrapped(ReadingOrder.Sort(blocks, boxes, body), body), body));
            }
            if (blank.Count == pages.Count) throw new PdfReadException("every page is blank: no text to parse");
            return (PageText.Compose(pages), printed.ToImmutable(), blank);
        }
    }
}
