using System.Text;
using Site.Parsing.Model;

namespace Site.Parsing.Pdf;

/// <summary>A PDF's pages as the raw text the parser reads, and where each line of that text was printed.</summary>
/// <param name="Text">Blocks in reading order, a blank line between blocks and before each indented paragraph
/// start, which also begins with two ideographic spaces (a Chinese text file's paragraph indent), a form feed
/// between pages: the shape of a clean extraction, which the parser reads best.</param>
/// <param name="Lines">For each 1-based line of <paramref name="Text"/> (index 0 is line 1), the printed line
/// its block and the photo the block is the caption of, or null for a blank line.</param>
internal sealed record PageText(string Text, IReadOnlyList<(int Page, int Block, PrintedLine Line, PageRegion? Picture)?> Lines)
{
    public static PageText Compose(IReadOnlyList<IReadOnlyList<PrintedBlock>> pages)
    {
        var sb = new StringBuilder();
        var lines = new List<(int, int, PrintedLine, PageRegion?)?>();
        for (var p = 0; p < pages.Count; p++)
        {
            if (p > 0) sb.Append('\f');
            var blocks = pages[p];
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
                }
            }
        }
        return new PageText(sb.ToString(), lines);
    }

    private const string Indent = "\u3000\u3000";

    private static void Blank(StringBuilder sb, List<(int, int, PrintedLine, PageRegion?)?> lines)
    {
        sb.Append('\n');
        lines.Add(null);
    }
}
