using System.Text;
using Site.Parsing.Model;

namespace Site.Parsing.Pdf;

/// <summary>Glyphs to printed lines: glyphs on one baseline, cut where the gap is wider than letter-spacing
/// (a column gutter is about an em, display type's letter-spacing under half of one).</summary>
internal static class LineBuilder
{
    /// <summary>A gap this many ems wide or wider separates two columns.</summary>
    private const double GutterEms = 0.7;
    /// <summary>A gap holding a space glyph is a gutter only when it is this wide.</summary>
    private const double SpacedGutterEms = 3;
    /// <summary>A gap this wide with no space glyph in it reads as a space (letter-spaced type, a gap before a figure).</summary>
    private const double SpaceEms = 0.3;

    /// <summary>A column's left edge is where at least this many lines start.</summary>
    private const int EdgeLines = 4;
    /// <summary>A line starting this close to an edge (in points) starts at it.</summary>
    private const double EdgeSlack = 1;
    /// <summary>Narrower white than a gutter still parts two columns at an edge: what is left where a figure
    /// or a quoted word ran over the column's end ("“618”" into the gutter).</summary>
    private const double EdgeGapEms = 0.15;
    /// <summary>Glyphs a run holds before it counts as a column's line.</summary>
    private const int EdgeRun = 6;

    public static List<PrintedLine> Build(List<Glyph> glyphs)
    {
        var runs = new List<List<Glyph>>();
        foreach (var row in Rows(glyphs))
        {
            row.Sort((a, b) => a.Left.CompareTo(b.Left));
            runs.AddRange(Runs(row, LetterSpaced(row)));
        }
        // Body type only: display type is letter-spaced, and its lines start anywhere.
        var body = MostCommonSize(glyphs.Where(g => !g.IsSpace));
        var edges = Edges(runs, body, g => g.Left, run => run.FirstOrDefault(g => !g.IsSpace));
        var ends = Edges(runs, body, g => g.Right, run => run.LastOrDefault(g => !g.IsSpace));
        var lines = new List<PrintedLine>();
        foreach (var run in runs)
            foreach (var part in AtEdges(run, edges, ends, body))
                Add(lines, part);
        lines.Sort((a, b) => a.Top != b.Top ? a.Top.CompareTo(b.Top) : a.Left.CompareTo(b.Left));
        return lines;
    }

    /// <summary>A row's glyphs cut into lines at gutters and changes of size.</summary>
    private static List<List<Glyph>> Runs(List<Glyph> row, bool[] spaced)
    {
        var runs = new List<List<Glyph>>();
        var run = new List<Glyph>();
        for (var i = 0; i < row.Count; i++)
        {
            var g = row[i];
            if (run.Count > 0 && Splits(run, g, spaced[i]))
            {
                runs.Add(run);
                run = [];
            }
            run.Add(g);
        }
        if (run.Count > 0) runs.Add(run);
        return runs;
    }

    /// <summary>A line cut again at any white where a column starts.</summary>
    private static IEnumerable<List<Glyph>> AtEdges(List<Glyph> line, List<double> edges, List<double> ends, double body)
    {
        var run = new List<Glyph>();
        for (var k = 0; k < line.Count; k++)
        {
            if (run.Count > 0 && StartsColumn(run, line, k, edges, ends, body))
            {
                yield return run;
                run = [];
            }
            run.Add(line[k]);
        }
        if (run.Count > 0) yield return run;
    }

    /// <summary>The left (or right) edges of the page's columns, as a reader sees them: x positions where
    /// many lines (cut at gutters alone) start (or end), one per cluster.</summary>
    private static List<double> Edges(List<List<Glyph>> runs, double body, Func<Glyph, double> x, Func<List<Glyph>, Glyph?> end)
    {
        var starts = new List<double>();
        foreach (var run in runs)
            if (end(run) is { } glyph && IsBody(glyph, body)) starts.Add(x(glyph));
        starts.Sort();
        var edges = new List<double>();
        for (var i = 0; i < starts.Count;)
        {
            var j = i;
            while (j + 1 < starts.Count && starts[j + 1] - starts[i] <= EdgeSlack) j++;
            if (j - i + 1 >= EdgeLines) edges.Add(starts[i]);
            i = j + 1;
        }
        return edges;
    }

    /// <summary>The type size most glyphs are set in.</summary>
    private static double MostCommonSize(IEnumerable<Glyph> glyphs) =>
        glyphs.GroupBy(g => Math.Round(g.Size, 1)).MaxBy(g => g.Count())?.Key ?? 0;

    private static bool IsBody(Glyph g, double body) => Math.Abs(g.Size - body) <= body * 0.05;

    private static bool StartsColumn(List<Glyph> run, List<Glyph> line, int k, List<double> edges, List<double> ends, double body)
    {
        var next = line[k];
        if (next.IsSpace || !IsBody(next, body) || !IsBody(run[^1], body) || run.Count < EdgeRun) return false;
        var ink = run[^1];
        if (next.Left - ink.Right < Math.Max(ink.Size, next.Size) * EdgeGapEms) return false;
        // Edges are the leftmost start of their cluster: a line starts at or a little right of one.
        if (!edges.Any(e => next.Left >= e - EdgeSlack * 0.5 && next.Left <= e + EdgeSlack * 1.5)) return false;
        // Words a space parts (记者 胡佳英) may start anywhere: after them, only a whole column's line starts
        // a column, run on without a space to where the column's lines end (a dateline's "（记者 郭立军）"
        // hung over its column's end, and the next column's line beside it).
        return !run.Any(g => g.IsSpace) || FillsToEnd(line, k, ends);
    }

    /// <summary>Whether the glyphs from <paramref name="k"/> to the line's end are one column's line: no
    /// space among them, and the last ending at a column's right edge.</summary>
    private static bool FillsToEnd(List<Glyph> line, int k, List<double> ends)
    {
        if (line.Count - k < EdgeRun) return false;
        for (var j = k; j < line.Count; j++) if (line[j].IsSpace) return false;
        var right = line[^1].Right;
        return ends.Any(e => Math.Abs(right - e) <= EdgeSlack);
    }

    /// <summary>Glyphs grouped by baseline: sorted top to bottom, a glyph joins the row whose baseline is
    /// within a fifth of its size.</summary>
    private static IEnumerable<List<Glyph>> Rows(List<Glyph> glyphs)
    {
        var sorted = glyphs.OrderBy(g => g.Baseline).ThenBy(g => g.Left).ToList();
        var row = new List<Glyph>();
        var baseline = double.NaN;
        foreach (var g in sorted)
        {
            if (row.Count > 0 && g.Baseline - baseline > g.Size * 0.2)
            {
                yield return row;
                row = [];
            }
            if (row.Count == 0) baseline = g.Baseline;
            row.Add(g);
        }
        if (row.Count > 0) yield return row;
    }

    /// <summary>For each glyph of a row, whether the white before it is letter-spacing: wide, and about as
    /// wide as the white before and after it (within a factor of two). A line of display type
    /// spread over a column's width ("广 陈 常 态 化 …") is evenly spaced, however wide; a gutter is white
    /// between glyphs set close.</summary>
    private static bool[] LetterSpaced(List<Glyph> row)
    {
        var result = new bool[row.Count];
        var ink = new List<int>(row.Count);
        for (var i = 0; i < row.Count; i++) if (!row[i].IsSpace) ink.Add(i);
        if (ink.Count < 3) return result;
        var gaps = new double[ink.Count];
        for (var k = 1; k < ink.Count; k++) gaps[k] = row[ink[k]].Left - row[ink[k - 1]].Right;
        bool Wide(int k) => k >= 1 && k < ink.Count && gaps[k] >= row[ink[k]].Size * SpaceEms;
        bool Like(int k, int other) => other < 1 || other >= ink.Count || Wide(other) && gaps[other] >= gaps[k] / 2 && gaps[other] <= gaps[k] * 2;
        for (var k = 1; k < ink.Count; k++)
            result[ink[k]] = Wide(k) && Like(k, k - 1) && Like(k, k + 1);
        return result;
    }

    private static bool Splits(List<Glyph> run, Glyph next, bool letterSpaced)
    {
        if (next.IsSpace) return false;
        var at = run.FindLastIndex(g => !g.IsSpace);
        if (at < 0) return false;
        var ink = run[at];
        var gap = next.Left - ink.Right;
        // A space glyph in the gap is a word space, which justification may stretch wide ("本报讯    昨天上"
        // in a narrow column); a gutter is white with nothing printed in it.
        var spaced = at < run.Count - 1;
        if (!letterSpaced && gap > Math.Max(ink.Size, next.Size) * (spaced ? SpacedGutterEms : GutterEms)) return true;
        // A change of type size on one baseline is another element (a label beside a headline).
        return Math.Abs(next.Size - ink.Size) > Math.Min(next.Size, ink.Size) * 0.15;
    }

    private static void Add(List<PrintedLine> lines, List<Glyph> run)
    {
        var ink = run.Where(g => !g.IsSpace).ToList();
        if (ink.Count == 0) return;
        var sb = new StringBuilder();
        Glyph? previous = null;
        foreach (var g in run)
        {
            if (previous is { } p && !g.IsSpace && !p.IsSpace && g.Left - p.Right > Math.Max(p.Size, g.Size) * SpaceEms) sb.Append(' ');
            sb.Append(g.IsSpace ? " " : g.Text);
            previous = g;
        }
        var left = ink.Min(g => g.Left);
        var right = ink.Max(g => g.Right);
        var top = ink.Min(g => g.Top);
        var bottom = ink.Max(g => g.Bottom);
        var size = MostCommonSize(ink);
        lines.Add(new PrintedLine(sb.ToString().Trim(), new PageRegion(left, top, right - left, bottom - top), size));
    }
}
