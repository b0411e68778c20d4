using Site.Parsing.Model;

namespace Site.Parsing.Pdf;

/// <summary>One printed character: its text, its box in points from the page's top-left corner, the
/// baseline it stands on and its type size. Spaces are glyphs too (a PDF writes them as such).</summary>
internal readonly record struct Glyph(string Text, double Left, double Right, double Top, double Bottom, double Baseline, double Size)
{
    public bool IsSpace => string.IsNullOrWhiteSpace(Text);
}

/// <summary>A run of glyphs on one baseline with no gap wider than a column gutter: one printed line of
/// one column (or of a headline, a caption, a label).</summary>
internal sealed record PrintedLine(string Text, PageRegion Box, double Size)
{
    public double Left => Box.X;
    public double Right => Box.Right;
    public double Top => Box.Y;
    public double Bottom => Box.Bottom;
}

/// <summary>Lines of one type size stacked in one column: a stretch of a body column, a headline, a
/// caption. <paramref name="ParagraphStarts"/> marks the lines indented as a paragraph's first;
/// <paramref name="Picture"/> is the photo a caption block stands under.</summary>
internal sealed record PrintedBlock(IReadOnlyList<PrintedLine> Lines, IReadOnlyList<bool> ParagraphStarts, PageRegion Box, double Size,
    PageRegion? Picture = null);
