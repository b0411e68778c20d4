namespace Site.Parsing.Pdf;

/// <summary>One printed character: its text, its box in points from the page's top-left corner, the
/// baseline it stands on and its type size. Spaces are glyphs too (a PDF writes them as such).</summary>
internal readonly record struct Glyph(string Text, double Left, double Right, double Top, double Bottom, double Baseline, double Size)
{
    public bool IsSpace => string.IsNullOrWhiteSpace(Text);
}
