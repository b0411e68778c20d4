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
    public static (int[] Widths, bool[] Wrapped) Estimate(ReadOnlySpan<int> widths, ReadOnlySpan<int> block, int blocks)
    {
        var n = widths.Length;
        var result = new int[n];
        var wrapped = new bool[blocks];
        // Counts of the widths in the window around line i, over the whole page and over i's own block
        // (lines come block after block, so a block is one run of lines); wider than a column counts nowhere.
        Span<int> page = stackalloc int[MaxColumn + 1];
        Span<int> own = stackalloc int[MaxColumn + 1];
        page.Clear();
        own.Clear();
        int pageLo = 0, pageHi = -1, ownLo = 0, ownHi = -1, blockStart = 0, blockEnd = -1;
        for (var i = 0; i < n; i++)
        {
            if (i > blockEnd)
            {
                blockStart = i;
                blockEnd = i;
                while (blockEnd + 1 < n && block[blockEnd + 1] == block[i]) blockEnd++;
                own.Clear();
                ownLo = i;
                ownHi = i - 1;
            }
            Slide(widths, page, ref pageLo, ref pageHi, Math.Max(0, i - Window), Math.Min(n - 1, i + Window));
            Slide(widths, own, ref ownLo, ref ownHi, Math.Max(blockStart, i - Window), Math.Min(blockEnd, i + Window));
            result[i] = Widest(widths, own, ownLo, ownHi);
            if (result[i] > 0) wrapped[block[i]] = true;
            else result[i] = Widest(widths, page, pageLo, pageHi);
        }
        return (result, wrapped);
    }

    /// <summary>Moves a window's counts from lines lo..hi to lines from..to (both move forward only).</summary>
    private static void Slide(ReadOnlySpan<int> widths, Span<int> counts, ref int lo, ref int hi, int from, int to)
    {
        for (; hi < to; hi++) Count(counts, widths[hi + 1], 1);
        for (; lo < from; lo++) Count(counts, widths[lo], -1);
    }

    private static void Count(Span<int> counts, int width, int by)
    {
        if ((uint)width <= MaxColumn) counts[width] += by;
    }

    /// <summary>The widest width of the window (8 to 100) that at least three of its lines reach within
    /// <see cref="Slack"/>; 0 when there is none.</summary>
    private static int Widest(ReadOnlySpan<int> widths, ReadOnlySpan<int> counts, int lo, int hi)
    {
        var best = 0;
        for (var j = lo; j <= hi; j++)
        {
            var w = widths[j];
            if (w <= best || w is < 8 or > MaxColumn) continue;
            var near = 0;
            for (var d = 0; d <= Slack; d++) near += counts[w - d];
            if (near >= 3) best = w;
        }
        return best;
    }
}
