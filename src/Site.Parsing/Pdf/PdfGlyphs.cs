using UglyToad.PdfPig.Content;

namespace Site.Parsing.Pdf;

/// <summary>A PDF page's glyphs in page coordinates turned top-down (PDF's origin is the bottom-left).</summary>
internal static class PdfGlyphs
{
    /// <summary>The glyphs of <paramref name="page"/>, and how many had no Unicode text (a font without a
    /// ToUnicode map: such a page cannot be read, only shown).</summary>
    public static (List<Glyph> Glyphs, int Unmapped) Read(Page page)
    {
        var height = page.Height;
        var glyphs = new List<Glyph>(page.Letters.Count);
        var unmapped = 0;
        foreach (var letter in page.Letters)
        {
            var text = letter.Value;
            if (string.IsNullOrEmpty(text) || text.Any(c => c == '\uFFFD' || char.IsControl(c) || c >= '\uE000' && c <= '\uF8FF'))
            {
                unmapped++;
                continue;
            }
            text = Input.CjkVariants.Unify(text);
            var size = letter.PointSize > 0 ? letter.PointSize : letter.FontSize;
            if (size <= 0) size = 1;
            var baseline = height - letter.StartBaseLine.Y;
            var left = Math.Min(letter.StartBaseLine.X, letter.EndBaseLine.X);
            var right = Math.Max(letter.StartBaseLine.X, letter.EndBaseLine.X);
            if (right - left < size * 0.2 && !string.IsNullOrWhiteSpace(text)) right = left + letter.Width;
            // The em box: an ideograph fills it from about 0.88 em above the baseline to 0.12 em below.
            glyphs.Add(new Glyph(text, left, right, baseline - size * 0.88, baseline + size * 0.12, baseline, size));
        }
        return (glyphs, unmapped);
    }
}
