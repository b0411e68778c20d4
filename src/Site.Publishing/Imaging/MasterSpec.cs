using System.Globalization;
using Site.Parsing.Model;

namespace Site.Publishing.Imaging;

/// <summary>The one drawing of a PDF page that every image of it is made from: the whole page, <see cref="Width"/>
/// by <see cref="Height"/> pixels, drawn by pdftoppm as raw pixels (PPM, lossless).</summary>
/// <remarks>Poppler's cost is mostly interpreting the page (chromium's Type 3 CJK glyphs), about the same at
/// 400 px as at 1800: one drawing at the largest size any image needs, made smaller in the process, replaces a
/// pdftoppm run per image.</remarks>
public sealed record MasterSpec(int Page, int Width, int Height)
{
    /// <summary>The widest drawing made: twice the 版 view's widest image. A photo whose region is so narrow that
    /// its widest image needs more is enlarged from this drawing instead of the page drawn larger still (a region
    /// of 10 % of the page's width would need a page 12,800 px wide for its 1280 px image).</summary>
    public const int MaxWidth = 3600;

    /// <summary>The drawing wide enough for every image of <paramref name="specs"/> (all of one page), at most
    /// <see cref="MaxWidth"/>.</summary>
    public static MasterSpec For(PrintedPage printed, IEnumerable<RasterSpec> specs)
    {
        var widest = specs.Select(s => s.PageWidth).DefaultIfEmpty(1).Max();
        var width = Math.Min(widest, MaxWidth);
        var height = Math.Max(1, (int)Math.Round(width * printed.Height / printed.Width, MidpointRounding.AwayFromZero));
        return new(printed.Page, width, height);
    }

    /// <summary>pdftoppm's arguments for this drawing, written to <paramref name="outputStem"/> + ".ppm".</summary>
    public IReadOnlyList<string> Arguments(string pdfPath, string outputStem)
    {
        static string N(int v) => v.ToString(CultureInfo.InvariantCulture);
        return ["-f", N(Page), "-l", N(Page), "-singlefile", "-scale-to-x", N(Width), "-scale-to-y", N(Height), pdfPath, outputStem];
    }

    /// <summary>Part of the name of every image made from this drawing: the same spec cut from a larger drawing
    /// has other bytes.</summary>
    public string Key => string.Create(CultureInfo.InvariantCulture, $"{Page}|{Width}x{Height}");
}
