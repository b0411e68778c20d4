namespace Site.Scoring;

/// <summary>
/// Do an article's parsed regions cover its text? Each line the typesetter set for the article (its gold line
/// boxes) must lie, by area, at least <see cref="Threshold"/> inside the union of the regions the parser gave
/// it. A line is measured against the union, not against each region, so an article cut into column parts is
/// covered however the cut falls.
/// </summary>
public static class RegionCoverage
{
    /// <summary>The share of a line's area that must lie inside the regions: a little slack for a region drawn
    /// around the glyphs, which can be tighter than the line box chromium reports.</summary>
    public const double Threshold = 0.95;

    /// <summary>The share of <paramref name="line"/>'s area inside the union of <paramref name="regions"/>
    /// (1 for a line of no area).</summary>
    public static double Covered(Box line, IReadOnlyList<Box> regions)
    {
        if (line.Area <= 0) return 1;
        var parts = regions.Select(line.Intersect).OfType<Box>().ToList();
        return Math.Min(1, UnionArea(parts) / line.Area);
    }

    /// <summary>The lines of an article that are not covered, each with the share of it that is.</summary>
    public static IReadOnlyList<(LineBox Line, double Covered)> Uncovered(IReadOnlyList<LineBox> lines, IReadOnlyList<Box> regions) =>
        [.. lines.Select(l => (Line: l, Covered: Covered(l.Box, regions))).Where(x => x.Covered < Threshold)];

    /// <summary>The area of a union of rectangles: the plane cut at every rectangle's left and right edge, and
    /// in each strip the covered y-intervals merged (exact, and quick for the few regions an article has).</summary>
    public static double UnionArea(IReadOnlyList<Box> boxes)
    {
        var xs = boxes.SelectMany(b => new[] { b.X, b.Right }).Distinct().Order().ToList();
        var area = 0.0;
        for (var i = 0; i + 1 < xs.Count; i++)
        {
            var (left, right) = (xs[i], xs[i + 1]);
            var spans = boxes.Where(b => b.X <= left && b.Right >= right && b.Height > 0)
                .Select(b => (Top: b.Y, Bottom: b.Bottom)).OrderBy(s => s.Top).ToList();
            var covered = 0.0;
            var (top, bottom) = (double.NegativeInfinity, double.NegativeInfinity);
            foreach (var s in spans)
            {
                if (s.Top > bottom)
                {
                    if (bottom > top) covered += bottom - top;
                    (top, bottom) = s;
                }
                else bottom = Math.Max(bottom, s.Bottom);
            }
            if (bottom > top) covered += bottom - top;
            area += covered * (right - left);
        }
        return area;
    }
}
