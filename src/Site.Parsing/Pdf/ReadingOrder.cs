namespace Site.Parsing.Pdf;

/// <summary>
/// Blocks in reading order by recursive XY-cut: a newspaper page is cut into rectangles by clear
/// white stripes (between modules, between a headline and the columns under it, between columns), and a
/// reader takes the parts of a horizontal cut top to bottom and those of a vertical cut left to right. At each
/// step the widest stripe across the whole part is cut first: the white between two articles is wider than
/// between a headline and its body or between the columns of one article.
/// </summary>
internal static class ReadingOrder
{
    public static List<PrintedBlock> Sort(IReadOnlyList<PrintedBlock> blocks)
    {
        var ordered = new List<PrintedBlock>(blocks.Count);
        Cut(blocks.ToList(), ordered);
        return ordered;
    }

    private static void Cut(List<PrintedBlock> part, List<PrintedBlock> ordered)
    {
        if (part.Count <= 1)
        {
            ordered.AddRange(part);
            return;
        }
        var across = Widest(part, b => b.Box.Y, b => b.Box.Bottom);
        var down = Widest(part, b => b.Box.X, b => b.Box.Right);
        // Ties go across: a band over the rest (a masthead, a spanning headline) is read first.
        if (across is { } h && (down is not { } v0 || h.Width >= v0.Width))
        {
            Cut([.. part.Where(b => b.Box.Y < h.At)], ordered);
            Cut([.. part.Where(b => b.Box.Y >= h.At)], ordered);
        }
        else if (down is { } v)
        {
            Cut([.. part.Where(b => b.Box.X < v.At)], ordered);
            Cut([.. part.Where(b => b.Box.X >= v.At)], ordered);
        }
        else
        {
            // Overlapping blocks with no stripe between them: top to bottom, then left to right.
            ordered.AddRange(part.OrderBy(b => b.Box.Y).ThenBy(b => b.Box.X));
        }
    }

    /// <summary>The widest white stripe crossing the whole part along one axis: where it starts (the
    /// coordinate that splits the part) and how wide it is.</summary>
    private static (double At, double Width)? Widest(List<PrintedBlock> part, Func<PrintedBlock, double> start, Func<PrintedBlock, double> end)
    {
        (double At, double Width)? best = null;
        var sorted = part.OrderBy(start).ToList();
        var reach = end(sorted[0]);
        for (var i = 1; i < sorted.Count; i++)
        {
            var s = start(sorted[i]);
            if (s > reach)
            {
                var width = s - reach;
                if (best is not { } b || width > b.Width) best = (s, width);
            }
            reach = Math.Max(reach, end(sorted[i]));
        }
        return best;
    }
}
