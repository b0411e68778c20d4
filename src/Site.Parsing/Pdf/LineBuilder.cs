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

    public static List<PrintedLine> Build(List<Glyph> glyphs)
    {
        var lines = new List<PrintedLine>();
        foreach (var row in Rows(glyphs))
        {
            row.Sort((a, b) => a.Left.CompareTo(b.Left));
            var spaced = LetterSpaced(row);
            var run = new List<Glyph>();
            for (var i = 0; i < row.Count; i++)
            {
                var g = row[i];
                if (run.Count > 0 && Splits(run, g, spaced[i]))
                {
                    Add(lines, run);
                    run = [];
                }
                run.Add(g);
            }
            Add(lines, run);
        }
        lines.Sort((a, b) => a.Top != b.Top ? a.Top.CompareTo(b.Top) : a.Left.CompareTo(b.Left));
        return lines;
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
        var size = ink.GroupBy(g => Math.Round(g.Size, 1)).OrderByDescending(g => g.Count()).First().Key;
        lines.Add(new PrintedLine(sb.ToString().Trim(), new PageRegion(left, top, right - left, bottom - top), size));
    }
}
