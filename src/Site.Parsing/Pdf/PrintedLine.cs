using Site.Parsing.Model;

namespace Site.Parsing.Pdf;

/// <summary>A run of glyphs on one baseline with no gap wider than a column gutter: one printed line of
/// one column (or of a headline, a caption, a label).</summary>
internal sealed record PrintedLine(string Text, PageRegion Box, double Size)
{
    public double Left => Box.X;
    public double Right => Box.Right;
    public double Top => Box.Y;
    public double Bottom => Box.Bottom;
}
