using Site.Parsing.Model;

namespace Site.Parsing.Pdf;

/// <summary>Printed lines to blocks: a line continues the block above it when it is set in the same size,
/// stands in the same column (overlapping it, starting at its left edge or an indent from it, or centred
/// under it), follows at the block's leading and no rule is printed between them.</summary>
internal static class BlockBuilder
{
    public static List<PrintedBlock> Build(List<PrintedLine> lines, IReadOnlyList<PageRegion> rules)
    {
        var open = new List<List<PrintedLine>>();
        foreach (var line in lines)
        {
            List<PrintedLine>? best = null;
            var bestGap = double.MaxValue;
            foreach (var block in open)
            {
                var last = block[^1];
                var gap = line.Top - last.Bottom;
                if (gap < -line.Size * 0.3 || gap > Leading(block, line.Size)) continue;
                if (Math.Abs(line.Size - last.Size) > Math.Min(line.Size, last.Size) * 0.08) continue;
                if (!SameColumn(block, line)) continue;
                // A rule printed between two lines parts them (a folio over the first headline, a box's edge).
                if (rules.Any(r => r.Y >= last.Bottom - 1 && r.Bottom <= line.Top + 1 && r.X < line.Right && r.Right > line.Left)) continue;
                if (gap < bestGap) (best, bestGap) = (block, gap);
            }
            if (best is null) open.Add([line]);
            else best.Add(line);
        }
        return [.. open.Select(Finish)];
    }

    /// <summary>The widest gap a block's next line may leave: the gap its lines keep so far, with room to
    /// spare, or most of an em for a block's second line.</summary>
    private static double Leading(List<PrintedLine> block, double size)
    {
        if (block.Count < 2) return size * 0.9;
        var gaps = new List<double>(block.Count - 1);
        for (var i = 1; i < block.Count; i++) gaps.Add(block[i].Top - block[i - 1].Bottom);
        gaps.Sort();
        return Math.Max(gaps[gaps.Count / 2] + size * 0.35, size * 0.2);
    }

    private static bool SameColumn(List<PrintedLine> block, PrintedLine line)
    {
        var left = block.Min(l => l.Left);
        var right = block.Max(l => l.Right);
        var overlap = Math.Min(right, line.Right) - Math.Max(left, line.Left);
        if (overlap < Math.Min(right - left, line.Right - line.Left) * 0.5) return false;
        // A line reaching past the block's right edge is another column's, unless the line over it stopped short
        // of a Latin word too wide to fit at its end.
        if (line.Right > right + line.Size * 1.5 && !DisplayType.LatinWordCarried(line.Right - block[^1].Right, line.Text, line.Size)) return false;
        var indent = line.Left - left;
        // A block of one line may be a paragraph's indented first line: the next starts left of it.
        var outdent = block.Count == 1 ? 2.6 : 0.5;
        if (indent >= -line.Size * outdent && indent <= line.Size * 2.6) return true;
        var last = block[^1];
        return Math.Abs((line.Left + line.Right) / 2 - (last.Left + last.Right) / 2) < line.Size;
    }

    private static PrintedBlock Finish(List<PrintedLine> lines)
    {
        var box = PageRegion.Around(lines.Select(l => l.Box));
        var left = box.X;
        var size = DisplayType.MostLinesSize(lines);
        // A paragraph's first line is indented (two ems in Chinese type) from the column's left edge;
        // a centred block (a headline) has no such edge, so only a block most of whose lines are flush reads it.
        bool Flush(PrintedLine l) => l.Left - left < size * 0.5;
        bool Indented(PrintedLine l) => l.Left - left >= size * 1.5 && l.Left - left <= size * 2.6;
        var flush = lines.Count(Flush);
        var edgeShown = flush * 2 > lines.Count;
        // The first line is judged by the lines under it: a two-line paragraph has one flush line.
        var firstJudged = lines.Count > 1 && (edgeShown || lines.Skip(1).Count(Flush) * 2 > lines.Count - 1);
        var starts = lines.Select((l, i) => (i > 0 ? edgeShown : firstJudged) && Indented(l)).ToList();
        return new PrintedBlock(lines, starts, box, size);
    }
}
