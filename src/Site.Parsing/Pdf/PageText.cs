using System.Text;
using Site.Parsing.Model;

namespace Site.Parsing.Pdf;

/// <summary>A PDF's pages as the raw text the parser reads, and where each line of that text was printed.</summary>
/// <param name="Text">Blocks in reading order, a blank line between blocks and before each indented paragraph
/// start, which also begins with two ideographic spaces (a Chinese text file's paragraph indent), a form feed
/// between pages: the shape of a clean extraction, which the parser reads best.</param>
/// <param name="Lines">For each line of <paramref name="Text"/> in order (blank ones included), the printed line
/// its block and the photo the block is the caption of, or null for a blank line; entry i is the line the parser
/// numbers <see cref="LineNumber"/>(i).</param>
/// <param name="DisplayLines">The line numbers of the lines set in display type, clearly larger than their
/// page's body: what the type says and the text alone cannot.</param>
/// <param name="LabelLines">The line numbers of the lines a box holds on their own (a column label on a dark
/// ground): set apart by the box, which the text does not show.</param>
internal sealed record PageText(string Text, IReadOnlyList<(int Page, int Block, PrintedLine Line, PageRegion? Picture)?> Lines,
    IReadOnlySet<int> DisplayLines, IReadOnlySet<int> LabelLines)
{
    /// <param name="pages">Each page's blocks in reading order and its body type size.</param>
    public static PageText Compose(IReadOnlyList<(IReadOnlyList<PrintedBlock> Blocks, double Body)> pages)
    {
        var sb = new StringBuilder();
        var lines = new List<(int, int, PrintedLine, PageRegion?)?>();
        var display = new HashSet<int>();
        var labels = new HashSet<int>();
        for (var p = 0; p < pages.Count; p++)
        {
            if (p > 0) sb.Append('\f');
            var (blocks, body) = pages[p];
            for (var b = 0; b < blocks.Count; b++)
            {
                if (b > 0) Blank(sb, lines);
                var block = blocks[b];
                for (var i = 0; i < block.Lines.Count; i++)
                {
                    if (block.ParagraphStarts[i])
                    {
                        if (i > 0) Blank(sb, lines);
                        sb.Append(Indent);
                    }
                    sb.Append(block.Lines[i].Text).Append('\n');
                    lines.Add((p + 1, b, block.Lines[i], block.Picture));
                    if (body > 0 && block.Size >= body * DisplayType.Ratio) display.Add(LineNumber(lines.Count - 1));
                    if (block.Boxed) labels.Add(LineNumber(lines.Count - 1));
                }
            }
        }
        return new PageText(sb.ToString(), lines, display, labels);
    }

    /// <summary>The parser's number of the line at entry <paramref name="index"/> of <see cref="Lines"/>: every
    /// line of the text, blank ones included, has an entry, and a form feed starts no line.</summary>
    public static int LineNumber(int index) => index + 1;

    private const string Indent = "\u3000\u3000";

    private static void Blank(StringBuilder sb, List<(int, int, PrintedLine, PageRegion?)?> lines)
    {
        sb.Append('\n');
        lines.Add(null);
    }
}
