using Site.Parsing.Model;
using Site.Parsing.Text;

namespace Site.Parsing.Pdf;

/// <summary>
/// Headlines by their type size: a block set clearly larger than the page's body type is display type, and its
/// lines are one headline its column wrapped ("跑出“加速度” 拼" / "抢下半场"), so they are read as one line.
/// A kicker or a subheadline is set in another size and stands in a block of its own.
/// </summary>
internal static class DisplayType
{
    /// <summary>How much larger than the body a block's type must be to be display type.</summary>
    public const double Ratio = 1.2;

    /// <summary>The size most of <paramref name="lines"/> are set in: over a page's blocks, its body type.</summary>
    public static double MostLinesSize(IEnumerable<PrintedLine> lines) =>
        lines.GroupBy(l => l.Size).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();

    /// <param name="body">The page's body type size (<see cref="MostLinesSize"/> of all its lines).</param>
    public static List<PrintedBlock> JoinWrapped(List<PrintedBlock> blocks, double body)
    {
        return [.. blocks.Select(b => b.Lines.Count > 1 && Wrapped(b) && (b.Size >= body * Ratio || Sub(b, body)) ? Joined(b) : b)];
    }

    /// <summary>A subheadline or kicker its column wrapped: a line or two more, set in a size of its own (not the
    /// body's), that ends no sentence.</summary>
    private static bool Sub(PrintedBlock block, double body) =>
        block.Lines.Count <= 3 && Math.Abs(block.Size - body) > body * 0.03 && !TextShape.EndsSentence(block.Lines[^1].Text);

    /// <summary>Every line but the last fills the block's width, as a column wraps a line too long for it; lines
    /// set apart on purpose (a folio over a headline, phrases stacked) leave room at their end.</summary>
    private static bool Wrapped(PrintedBlock block)
    {
        for (var i = 0; i + 1 < block.Lines.Count; i++)
        {
            var room = block.Box.Right - block.Lines[i].Right;
            if (room > block.Size * 1.2 && !LatinWordCarried(room, block.Lines[i + 1].Text, block.Size)) return false;
        }
        return true;
    }

    /// <summary>Whether the next line opens with a Latin word too wide for the room a line left at its end: a
    /// column breaks no word, so the line stops short ("德电信产业" over "MobilCom创办人…").</summary>
    internal static bool LatinWordCarried(double room, string next, double size)
    {
        var letters = 0;
        foreach (var c in next)
        {
            // Letter-spaced display type comes with a space between letters ("M o b i l C o m").
            if (c == ' ') continue;
            if (!Chars.IsAsciiAlnum(c)) break;
            letters++;
        }
        // A Latin letter is at most an em wide, letter-spaced as a justified headline may set it.
        return letters >= 3 && room < letters * size;
    }

    private static PrintedBlock Joined(PrintedBlock block)
    {
        var text = Spacing.JoinWrapped([.. block.Lines.Select(l => l.Text)]);
        var line = new PrintedLine(text, block.Box, block.Size);
        return block with { Lines = [line], ParagraphStarts = [false] };
    }
}
