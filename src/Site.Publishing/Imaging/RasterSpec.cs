using System.Globalization;
using Site.Parsing.Model;

namespace Site.Publishing.Imaging;

/// <summary>One image made from a PDF page: the whole page scaled to <see cref="Width"/> by
/// <see cref="Height"/> pixels, or, with a crop, the part of the page scaled to <see cref="PageWidth"/> by
/// <see cref="PageHeight"/> that starts at (<see cref="CropX"/>, <see cref="CropY"/>).</summary>
/// <remarks>Sizes are computed here from the printed page's size in points, never read back from the
/// image, so the view knows every image's size (its width and height attributes) without decoding it.</remarks>
public sealed record RasterSpec(int Page, int PageWidth, int PageHeight, int CropX, int CropY, int Width, int Height)
{
    /// <summary>JPEG quality 82: small files with no visible loss on print (docs/page-images.md).</summary>
    public const int JpegQuality = 82;

    /// <summary>Changes whenever what a spec makes changes (the drawing, the resampling, the encoder and its
    /// options): part of every file's key, so a new recipe gives every image a new name.</summary>
    public const string Recipe = "pdftoppm-ppm-skia-halves-mitchell-jpeg-q82-2";

    public bool IsCrop => Width != PageWidth || Height != PageHeight;

    /// <summary>The whole page, <paramref name="width"/> pixels wide.</summary>
    public static RasterSpec WholePage(PrintedPage printed, int width)
    {
        var height = Math.Max(1, (int)Math.Round(width * printed.Height / printed.Width, MidpointRounding.AwayFromZero));
        return new(printed.Page, width, height, 0, 0, width, height);
    }

    /// <summary>The part of the page <paramref name="region"/> covers, <paramref name="width"/> pixels wide
    /// (the page scaled so that it is); the region is clipped to the page.</summary>
    public static RasterSpec Crop(PrintedPage printed, PageRegion region, int width)
    {
        var x = Math.Clamp(region.X, 0, printed.Width);
        var y = Math.Clamp(region.Y, 0, printed.Height);
        var w = Math.Clamp(region.Right, x, printed.Width) - x;
        var h = Math.Clamp(region.Bottom, y, printed.Height) - y;
        if (w <= 0 || h <= 0) throw new ArgumentException("the region lies outside the page", nameof(region));
        var scale = width / w;
        static int Px(double v) => (int)Math.Round(v, MidpointRounding.AwayFromZero);
        var pageWidth = Math.Max(1, Px(printed.Width * scale));
        var pageHeight = Math.Max(1, Px(printed.Height * scale));
        var cropX = Math.Min(Px(x * scale), pageWidth - 1);
        var cropY = Math.Min(Px(y * scale), pageHeight - 1);
        return new(printed.Page, pageWidth, pageHeight, cropX, cropY,
            Math.Min(width, pageWidth - cropX), Math.Max(1, Math.Min(Px(h * scale), pageHeight - cropY)));
    }

    /// <summary>What tells this image from any other made from the same PDF: part of its file's name.</summary>
    public string Key => string.Create(CultureInfo.InvariantCulture,
        $"{Recipe}|{Page}|{PageWidth}x{PageHeight}|{CropX},{CropY},{Width}x{Height}");
}
