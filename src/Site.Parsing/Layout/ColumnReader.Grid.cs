namespace Site.Parsing.Layout;

public static partial class ColumnReader
{
    /// <summary>A stretch's columns as a reader counts them: most rows of a block of running text hold one
    /// line of every column, so the number of pieces whose rows hold most of the stretch's pieces is the number
    /// of columns, and the k-th piece of such a full row is the k-th column's line however far the extractor
    /// pushed it. Null where such rows are fewer than three or than two in five of the rows of several pieces.</summary>
    /// <returns>Each column's edge (where its least pushed pieces in full rows start, the tenth of them from
    /// the left: a pushed piece only ever moves right) and, per row, whether it is full: as many pieces as
    /// columns, each starting between its column's edge and the next.</returns>
    private static (List<int> Edges, bool[] Full)? Grid(ReadOnlySpan<Cell[]> rows)
    {
        var units = new List<(int From, int To)>[rows.Length];
        var counts = new Dictionary<int, int>();
        var filled = 0;
        for (var r = 0; r < rows.Length; r++)
        {
            units[r] = Units(rows[r]);
            if (units[r].Count < 2) continue;
            filled++;
            counts[units[r].Count] = counts.GetValueOrDefault(units[r].Count) + 1;
        }
        if (counts.Count == 0) return null;
        var (columns, rowsFull) = counts.MaxBy(c => (c.Value * c.Key, c.Key));
        if (rowsFull < 3 || rowsFull * 10 < filled * 4) return null;

        var edges = new List<int>(columns);
        for (var k = 0; k < columns; k++)
        {
            var starts = new List<int>(rowsFull);
            for (var r = 0; r < rows.Length; r++)
                if (units[r].Count == columns) starts.Add(rows[r][units[r][k].From].Start);
            starts.Sort();
            edges.Add(starts[starts.Count / 10]);
            if (k > 0 && edges[k] - edges[k - 1] < MinPitch) return null;
        }

        var full = new bool[rows.Length];
        for (var r = 0; r < rows.Length; r++)
        {
            if (units[r].Count != columns) continue;
            full[r] = true;
            for (var k = 0; k < columns && full[r]; k++)
            {
                var start = rows[r][units[r][k].From].Start;
                full[r] = start >= edges[k] - Drift && (k + 1 == columns || start < edges[k + 1]);
            }
        }
        return (edges, full);
    }

    /// <summary>A row's pieces as lines: a run of glyphs set one space apart (a letter-spaced line, a byline's
    /// short words) is one piece; a long piece one space after a short one starts another.</summary>
    private static List<(int From, int To)> Units(Cell[] row)
    {
        var units = new List<(int From, int To)>();
        for (var i = 0; i < row.Length; i++)
        {
            var spaced = i > 0 && row[i].Start - row[i - 1].End <= 1 && IsGlyph(row[i - 1])
                && (IsGlyph(row[i]) || (i + 1 < row.Length && row[i + 1].Start - row[i].End <= 1 && IsGlyph(row[i + 1])));
            if (spaced) units[^1] = (units[^1].From, i + 1);
            else units.Add((i, i + 1));
        }
        return units;
    }

    /// <summary>One or two glyphs: a letter-spaced line's cell (a character, or one with its punctuation).</summary>
    private static bool IsGlyph(Cell cell) => cell.End - cell.Start <= 2;
}
