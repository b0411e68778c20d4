using System.Runtime.InteropServices;
using SkiaSharp;

namespace Site.Publishing.Imaging;

/// <summary>Makes every image of a page from its one drawing: each scaled (and, for a photo, cut) in the
/// process with Skia and encoded as JPEG.</summary>
internal static class ImageCutter
{
    private static readonly SKJpegEncoderOptions Jpeg = new(RasterSpec.JpegQuality, SKJpegEncoderDownsample.Downsample420, SKJpegEncoderAlphaOption.Ignore);

    /// <param name="ppmFile">The drawing, as pdftoppm wrote it (a seekable stream).</param>
    /// <returns>Each spec's JPEG, in the order of <paramref name="specs"/>.</returns>
    /// <exception cref="InvalidDataException">The drawing is not a PPM of the master's size.</exception>
    public static byte[][] Cut(Stream ppmFile, MasterSpec master, IReadOnlyList<RasterSpec> specs)
    {
        var start = new byte[Math.Min(256, ppmFile.Length)];
        ppmFile.ReadExactly(start);
        var ppm = Ppm.Read(start, ppmFile.Length);
        if ((ppm.Width, ppm.Height) != (master.Width, master.Height))
            throw new InvalidDataException($"the drawing is {ppm.Width} × {ppm.Height} pixels, not the {master.Width} × {master.Height} asked for");
        ppmFile.Position = ppm.PixelOffset;
        using var bitmap = Pixels(ppmFile, ppm);
        var levels = new List<SKImage> { SKImage.FromBitmap(bitmap) };
        try
        {
            return specs.Select(spec => Cut(Level(levels, spec.PageWidth), spec)).ToArray();
        }
        finally
        {
            foreach (var level in levels) level.Dispose();
        }
    }

    /// <summary>The smallest of the drawing and its successive halves that is still at least as wide as the page
    /// the spec scales to (the drawing itself where the spec enlarges it); halves are made as first needed.</summary>
    private static SKImage Level(List<SKImage> levels, int pageWidth)
    {
        var at = 0;
        while (levels[at].Width >= 2 * pageWidth)
        {
            if (at + 1 == levels.Count) levels.Add(Halve(levels[at]));
            at++;
        }
        return levels[at];
    }

    /// <summary>The image at half its size, each pixel the mean of the two by two it covers (bilinear sampling
    /// halfway between four pixels' centres).</summary>
    private static SKImage Halve(SKImage image)
    {
        var (width, height) = ((image.Width + 1) / 2, (image.Height + 1) / 2);
        using var surface = Surface(width, height);
        surface.Canvas.Scale(width / (float)image.Width, height / (float)image.Height);
        surface.Canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.None));
        return surface.Snapshot();
    }

    /// <summary>The PPM's RGB samples as Skia's 32-bit pixels, read a row at a time (the file of a page drawn
    /// 3600 px wide is 56 MB).</summary>
    private static SKBitmap Pixels(Stream file, Ppm ppm)
    {
        var bitmap = new SKBitmap(new SKImageInfo(ppm.Width, ppm.Height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        var target = MemoryMarshal.Cast<byte, uint>(bitmap.GetPixelSpan());
        var row = new byte[ppm.Width * 3];
        for (var y = 0; y < ppm.Height; y++)
        {
            file.ReadExactly(row);
            var line = target.Slice(y * ppm.Width, ppm.Width);
            for (int i = 0, x = 0; x < line.Length; i += 3, x++)
                line[x] = row[i] | (uint)row[i + 1] << 8 | (uint)row[i + 2] << 16 | 0xFF000000u;
        }
        bitmap.SetImmutable();
        return bitmap;
    }

    /// <summary>The spec's image made from <paramref name="source"/> (the drawing or one of its halves) with
    /// Mitchell's cubic, which keeps strokes crisp for the last step of less than two (or as it is, at its own
    /// size); JPEG.</summary>
    private static byte[] Cut(SKImage source, RasterSpec spec)
    {
        // At the source's own size there is nothing to resample: its pixels are encoded as they are.
        if ((source.Width, source.Height) == (spec.PageWidth, spec.PageHeight))
        {
            using var whole = source.PeekPixels();
            using var part = whole.ExtractSubset(SKRectI.Create(spec.CropX, spec.CropY, spec.Width, spec.Height))
                             ?? throw new InvalidOperationException($"the cut {spec.Key} lies outside the drawing");
            return Encode(part);
        }
        // The source's pixels for one of the spec's page's: from 1 up to 2, or less than 1 where the spec enlarges.
        var scaleX = source.Width / (double)spec.PageWidth;
        var scaleY = source.Height / (double)spec.PageHeight;
        using var surface = Surface(spec.Width, spec.Height);
        var canvas = surface.Canvas;
        canvas.Scale((float)(1 / scaleX), (float)(1 / scaleY));
        canvas.Translate((float)(-spec.CropX * scaleX), (float)(-spec.CropY * scaleY));
        canvas.DrawImage(source, 0, 0, new SKSamplingOptions(SKCubicResampler.Mitchell));
        canvas.Flush();
        using var pixels = surface.PeekPixels();
        return Encode(pixels);
    }

    private static byte[] Encode(SKPixmap pixels)
    {
        using var data = pixels.Encode(Jpeg) ?? throw new InvalidOperationException("Skia could not encode a JPEG");
        return data.ToArray();
    }

    /// <summary>An opaque white surface of the size given.</summary>
    private static SKSurface Surface(int width, int height)
    {
        var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque))
                      ?? throw new InvalidOperationException($"Skia could not make a {width} × {height} image");
        surface.Canvas.Clear(SKColors.White);
        return surface;
    }
}
