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
    /// <summary>The blocks in reading order: the page's units (<see cref="Units"/>) cut as a whole, then the
    /// blocks inside each unit cut among themselves.</summary>
    public static List<PrintedBlock> Sort(IReadOnlyList<PrintedBlock> blocks, IReadOnlyList<Model.PageRegion> graphics, double body)
    {
        var ordered = new List<PrintedBlock>(blocks.Count);
        foreach (var unit in Cut(Units.Group(blocks, graphics, body), u => u.Box, rowsFirst: false))
            ordered.AddRange(unit.Blocks.Count == 1 ? unit.Blocks : Cut(unit.Blocks, b => b.Box, rowsFirst: true));
        return ordered;
    }

    /// <param name="rowsFirst">Inside a box a reader goes row by row (a 导读 item's title, then its pointer set
    /// to the right): any white band across is cut before a stripe down.</param>
    private static List<T> Cut<T>(List<T> items, Func<T, Model.PageRegion> box, bool rowsFirst)
    {
        var ordered = new List<T>(items.Count);
        Cut(items, box, rowsFirst, ordered);
        return ordered;
    }

    private static void Cut<T>(List<T> part, Func<T, Model.PageRegion> box, bool rowsFirst, List<T> ordered)
    {
        if (part.Count <= 1)
        {
            ordered.AddRange(part);
            return;
        }
        var across = Widest(part, b => box(b).Y, b => box(b).Bottom);
        var down = Widest(part, b => box(b).X, b => box(b).Right);
        // Ties go across: a band over the rest (a masthead, a spanning headline) is read first.
        if (across is { } h && (rowsFirst || down is not { } v0 || h.Width >= v0.Width))
        {
            Cut([.. part.Where(b => box(b).Y < h.At)], box, rowsFirst, ordered);
            Cut([.. part.Where(b => box(b).Y >= h.At)], box, rowsFirst, ordered);
        }
        else if (down is { } v)
        {
            Cut([.. part.Where(b => box(b).X < v.At)], box, rowsFirst, ordered);
            Cut([.. part.Where(b => box(b).X >= v.At)], box, rowsFirst, ordered);
        }
        else
        {
            // Overlapping blocks with no stripe between them: top to bottom, then left to right.
            ordered.AddRange(part.OrderBy(b => box(b).Y).ThenBy(b => box(b).X));
        }
    }

    /// <summary>The widest white stripe crossing the whole part along one axis: where it starts (the
    /// coordinate that splits the part) and how wide it is.</summary>
    private static (double At, double Width)? Widest<T>(List<T> part, Func<T, double> start, Func<T, double> end)
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
