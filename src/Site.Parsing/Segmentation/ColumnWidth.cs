namespace Site.Parsing.Segmentation;

/// <summary>The width of the column each line was set in, read from the lines around it: a wrapped
/// column fills most of its lines to the same width, while headlines, bylines and a paragraph's last
/// line stop short of it (or, spanning several columns, run past it).</summary>
internal static class ColumnWidth
{
    private const int Window = 8;

    /// <summary>Fifty characters: wider lines are whole paragraphs, not a column's wrapped lines.</summary>
    private const int MaxColumn = 100;

    /// <summary>Lines this many half-em units short of the column still fill it: a line breaks a
    /// character early before punctuation that may not start a line, or before a figure.</summary>
    public const int Slack = 3;

    /// <summary>For each line, the widest width at least three lines near it reach (within
    /// <see cref="Slack"/>), or 0 where no width recurs (one paragraph a line, or a lone line). Lines
    /// of the line's own block are asked first: a block the extractor set apart is one column. Also
    /// says, for each block, whether its own lines share a width (a wrapped column rather than a stack
    /// of short display lines or one paragraph a line).</summary>
    public static (int[] Widths, bool[] Wrapped) Estimate(IReadOnlyList<int> widths, IReadOnlyList<int> block, int blocks)
    {
        var result = new int[widths.Count];
        var wrapped = new bool[blocks];
        Span<int> near = stackalloc int[2 * Window + 1];
        for (var i = 0; i < widths.Count; i++)
        {
            result[i] = Widest(widths, block, i, near, ownBlock: true);
            if (result[i] > 0) wrapped[block[i]] = true;
            else result[i] = Widest(widths, block, i, near, ownBlock: false);
        }
        return (result, wrapped);
    }

    private static int Widest(IReadOnlyList<int> widths, IReadOnlyList<int> block, int i, Span<int> near, bool ownBlock)
    {
        var n = 0;
        for (var j = Math.Max(0, i - Window); j <= Math.Min(widths.Count - 1, i + Window); j++)
        {
            if (ownBlock && block[j] != block[i]) continue;
            // Insertion, widest first: the window holds at most seventeen lines.
            var w = widths[j];
            var k = n++;
            while (k > 0 && near[k - 1] < w) { near[k] = near[k - 1]; k--; }
            near[k] = w;
        }
        // near is sorted widest first: the two after k lie within Slack of it when the third does.
        for (var k = 0; k + 2 < n; k++)
            if (near[k] - near[k + 2] <= Slack && near[k] is >= 8 and <= MaxColumn) return near[k];
        return 0;
    }
}
