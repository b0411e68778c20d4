using System.Collections.Immutable;

namespace Site.Parsing.Layout;

/// <summary>Reads text laid out by position (pdftotext <c>-layout</c>), where one text line holds a row of
/// the page and so a line of every column the row crosses, column by column instead of row by row.
/// A reader sees columns as the left edges where many lines start; the extractor only approximates
/// them, since it prints each CJK glyph as one cell and pushes a piece right when the piece before it
/// overran, so edges are found as dense clusters of start offsets, not exact ones.</summary>
public static partial class ColumnReader
{
    /// <summary>How far right of its column's edge a pushed piece may start.</summary>
    private const int Drift = 3;

    /// <summary>Two edges closer than this are one column's edge seen with drift.</summary>
    private const int MinPitch = 6;

    /// <summary>Whether a page's lines look laid out by position: several lines hold a run of three or
    /// more spaces between text, which a flowing extraction never prints.</summary>
    public static bool IsLaidOut(IReadOnlyList<string> lines)
    {
        var gapped = 0;
        foreach (var line in lines)
            if (HasInnerGap(line) && ++gapped >= 3) return true;
        return false;
    }

    /// <summary>The lines of one run of non-blank lines (untrimmed) in reading order: each stretch of
    /// rows that shares one set of column edges is read column by column, left to right. Rows that
    /// show no columns come back as they are, trimmed. Every piece of text is kept.</summary>
    public static ImmutableArray<string> Read(IReadOnlyList<string> rows)
    {
        var pieces = rows.Select(Cut).ToArray();
        var result = ImmutableArray.CreateBuilder<string>(rows.Count);
        var start = 0;
        foreach (var end in Stretches(pieces))
        {
            ReadStretch(pieces.AsSpan(start, end - start), rows, start, result);
            start = end;
        }
        return result.ToImmutable();
    }

    /// <summary>How many pieces a row holds, runs of text two or more spaces apart.</summary>
    internal static int Pieces(string row)
    {
        var pieces = 0;
        var text = row.AsSpan().Trim();
        for (var i = 0; i < text.Length; i++)
            if (text[i] != ' ' && (i == 0 || (text[i - 1] == ' ' && i >= 2 && text[i - 2] == ' '))) pieces++;
        return pieces;
    }

    private readonly record struct Cell(int Start, int End, string Text);

    private static bool HasInnerGap(string line)
    {
        var text = line.AsSpan().Trim();
        for (var i = 0; i + 2 < text.Length; i++)
            if (text[i] == ' ' && text[i + 1] == ' ' && text[i + 2] == ' ') return true;
        return false;
    }

    private static Cell[] Cut(string row)
    {
        var cells = new List<Cell>();
        var i = 0;
        while (i < row.Length)
        {
            while (i < row.Length && char.IsWhiteSpace(row[i])) i++;
            if (i == row.Length) break;
            var s = i;
            while (i < row.Length && !char.IsWhiteSpace(row[i])) i++;
            cells.Add(new Cell(s, i, row[s..i]));
        }
        return [.. cells];
    }

    /// <summary>Ends of the stretches of rows that share their column edges: a row of several columns' pieces
    /// most of which start where none of the three rows before it has a piece starts a new stretch (the
    /// articles above and below a page's horizontal divide are set on different grids).</summary>
    private static List<int> Stretches(Cell[][] rows)
    {
        var ends = new List<int>();
        var since = 0;
        for (var r = 0; r < rows.Length; r++)
        {
            if (r - since < 3) continue;
            var (starts, hits) = (0, 0);
            for (var i = 0; i < rows[r].Length; i++)
            {
                if (!MayStartColumn(rows[r], i)) continue;
                starts++;
                if (StartsNear(rows, r - 3, r, rows[r][i].Start)) hits++;
            }
            if (starts >= 2 && hits * 2 < starts) { ends.Add(r); since = r; }
        }
        ends.Add(rows.Length);
        return ends;
    }

    private static bool StartsNear(Cell[][] rows, int from, int to, int x)
    {
        for (var r = from; r < to; r++)
            foreach (var cell in rows[r])
                if (Math.Abs(cell.Start - x) <= Drift) return true;
        return false;
    }

    private static void ReadStretch(ReadOnlySpan<Cell[]> rows, IReadOnlyList<string> lines, int first,
        ImmutableArray<string>.Builder result)
    {
        var edges = rows.Length < 3 ? [] : Edges(rows);
        var grid = rows.Length < 3 ? null : Grid(rows);
        // The rows' count is trusted only where no edge the starts show stands a column or more right of its
        // last column: a box or a second article beside the article would otherwise be read into its columns.
        if (grid is { Edges: var cols } && edges.TrueForAll(e => e < 2 * cols[^1] - cols[^2]))
            edges = cols;
        else grid = null;
        if (edges.Count < 2)
        {
            for (var r = 0; r < rows.Length; r++)
                if (rows[r].Length > 0) result.Add(lines[first + r].Trim());
            return;
        }

        // Column −1 holds what starts left of every edge (a headline beside its body's first column).
        var columns = new SortedDictionary<int, List<string>>();
        for (var r = 0; r < rows.Length; r++)
        {
            var row = rows[r];
            if (grid is { Full: var full } && full[r])
            {
                var units = Units(row);
                for (var k = 0; k < units.Count; k++)
                {
                    if (!columns.TryGetValue(k, out var line)) columns[k] = line = [];
                    line.Add(Join(row, units[k].From, units[k].To));
                }
                continue;
            }
            var i = 0;
            while (i < row.Length)
            {
                var column = ColumnOf(edges, row, i);
                var j = i + 1;
                while (j < row.Length && ColumnOf(edges, row, j) == column) j++;
                if (!columns.TryGetValue(column, out var held)) columns[column] = held = [];
                held.Add(Join(row, i, j));
                i = j;
            }
        }
        foreach (var held in columns.Values) result.AddRange(held);
    }

    /// <summary>Whether a piece may begin a column's line: it begins the row, stands after a gap, or follows
    /// a run as long as a narrow column's line. The words of a byline or a letter-spaced headline, one
    /// space after a short word, never mark a column's edge.</summary>
    private static bool MayStartColumn(Cell[] row, int i) =>
        i == 0 || row[i].Start - row[i - 1].End > 1 || row[i - 1].End - row[i - 1].Start >= MinPitch;

    private static bool IsWord(Cell[] row, int i) =>
        row[i].End - row[i].Start < MinPitch && i + 1 < row.Length && row[i + 1].Start - row[i].End <= 1;

    private static string Join(Cell[] row, int from, int to) =>
        to - from == 1 ? row[from].Text : string.Join(' ', row[from..to].Select(c => c.Text));

    /// <summary>The column of a row's piece: the rightmost edge at or left of where it starts. A piece
    /// printed one space after the piece before it may have been pushed right, never left, so it must
    /// reach its edge, and it starts a column after a piece that fills its column, or half of it
    /// when it is not itself a short word with another pushed piece after it (a column's line is one
    /// unbroken run of Chinese; short runs one space apart are one byline's, dateline's or headline's
    /// words), or when it is itself as long as a column's line (after 本报讯 and a lead's first words).
    /// A piece after a wider gap stands where the page has it, give or take the rounding.</summary>
    private static int ColumnOf(List<int> edges, Cell[] row, int i)
    {
        var pushed = i > 0 && row[i].Start - row[i - 1].End <= 1;
        var reach = row[i].Start + (pushed ? 2 : Drift);
        var column = -1;
        for (var k = 0; k < edges.Count && edges[k] <= reach; k++) column = k;
        if (pushed && column > 0)
        {
            var before = ColumnOf(edges, row, i - 1);
            if (before >= 0 && before < column)
            {
                var pitch = (double)(edges[before + 1] - edges[before]);
                var fill = (row[i - 1].End - row[i - 1].Start) / pitch;
                var own = (row[i].End - row[i].Start) / pitch;
                if (own < 0.8 && (fill < 0.5 || (fill < 0.8 && IsWord(row, i)))) return before;
            }
        }
        return column;
    }

    /// <summary>Column edges: offsets where at least a quarter of the rows (and two) start a piece,
    /// counting starts a little either side; then, where a piece would share a column with a piece
    /// before it on its row that itself fills most of a column's width, its start is an edge too
    /// (a column whose every line was pushed right never gathers enough starts in one place). The glyphs
    /// of a letter-spaced line, each a cell of its own, mark no edge however far they reach.</summary>
    private static List<int> Edges(ReadOnlySpan<Cell[]> rows)
    {
        var width = 0;
        foreach (var row in rows) foreach (var c in row) width = Math.Max(width, c.Start + 1);
        var starts = new int[width + 4];
        var multi = 0;
        foreach (var row in rows)
        {
            if (row.Length >= 2) multi++;
            for (var i = 0; i < row.Length; i++)
                if (MayStartColumn(row, i)) starts[row[i].Start]++;
        }
        if (multi < 2) return [];

        var density = new int[width + 2];
        for (var x = 0; x < density.Length; x++)
            for (var d = -2; d <= 2; d++)
                if (x + d >= 0) density[x] += starts[x + d];

        var need = Math.Max(2, rows.Length / 4.0);
        var order = Enumerable.Range(0, density.Length).Where(x => density[x] >= need)
            .OrderByDescending(x => density[x]).ThenBy(x => x);
        var edges = new List<int>();
        foreach (var x in order)
            if (edges.TrueForAll(e => Math.Abs(x - e) >= MinPitch)) edges.Add(x);
        for (var k = 0; k < edges.Count; k++)
        {
            var x = edges[k];
            for (var y = Math.Max(0, x - 2); y <= x + 2; y++)
                if (starts[y] > 0) { edges[k] = y; break; }
        }
        edges.Sort();
        if (edges.Count < 2) return edges;

        var pitches = edges.Zip(edges.Skip(1), (a, b) => b - a - 1).Order().ToArray();
        var typical = pitches[pitches.Length / 2];
        var extra = new SortedSet<int>();
        foreach (var row in rows)
            for (var i = 1; i < row.Length; i++)
            {
                var column = ColumnOf(edges, row, i);
                if (column >= 0 && column == ColumnOf(edges, row, i - 1)
                    && row[i - 1].End - row[i - 1].Start >= 0.7 * typical)
                    extra.Add(row[i].Start);
            }
        int? last = null;
        foreach (var x in extra)
        {
            if (last is null || x - last > 1) edges.Add(x);
            last = x;
        }
        edges.Sort();
        return edges;
    }
}
