using System.Text;
using Site.Publishing.Imaging;
using SkiaSharp;

namespace Site.Publishing.Tests.Imaging;

/// <summary>Images made from a page's drawing, on drawings made here: where a cut comes from, how making smaller
/// treats fine detail, enlarging.</summary>
public sealed class ImageCutterTests
{
    /// <summary>A PPM whose pixel (x, y) has the grey level <paramref name="grey"/> gives.</summary>
    private static byte[] Drawing(int width, int height, Func<int, int, byte> grey)
    {
        var header = Encoding.ASCII.GetBytes($"P6\n{width} {height}\n255\n");
        var file = new byte[header.Length + width * height * 3];
        header.CopyTo(file, 0);
        for (var y = 0; y < height; y++)
        for (var x = 0; x < width; x++)
            file.AsSpan(header.Length + (y * width + x) * 3, 3).Fill(grey(x, y));
        return file;
    }

    /// <summary>The darkest and lightest grey of a JPEG (red, the JPEG's colours being grey here).</summary>
    private static (int Min, int Max) Range(byte[] jpeg)
    {
        using var bitmap = SKBitmap.Decode(jpeg);
        var reds = Enumerable.Range(0, bitmap.Height).SelectMany(y => Enumerable.Range(0, bitmap.Width).Select(x => (int)bitmap.GetPixel(x, y).Red)).ToList();
        return (reds.Min(), reds.Max());
    }

    [Fact]
    public void A_crop_is_cut_from_its_place_on_the_page()
    {
        // A page black on the left half, white on the right, drawn 400 × 200.
        var drawing = Drawing(400, 200, (x, _) => x < 200 ? (byte)0 : (byte)255);
        var master = new MasterSpec(1, 400, 200);
        // The page at 200 × 100: the left quarter and the right quarter, each 40 × 60.
        RasterSpec left = new(1, 200, 100, 10, 20, 40, 60), right = new(1, 200, 100, 150, 20, 40, 60);
        var images = ImageCutter.Cut(new MemoryStream(drawing), master, [left, right]);
        Assert.Equal([(40, 60), (40, 60)], images.Select(JpegSize.Of));
        Assert.True(Range(images[0]).Max < 16, $"the left cut has {Range(images[0])}");
        Assert.True(Range(images[1]).Min > 239, $"the right cut has {Range(images[1])}");
    }

    [Fact]
    public void A_crop_at_the_drawings_own_size_is_cut_from_its_place_without_resampling()
    {
        var drawing = Drawing(400, 200, (x, _) => x < 200 ? (byte)0 : (byte)255);
        RasterSpec left = new(1, 400, 200, 150, 20, 40, 60), right = new(1, 400, 200, 200, 20, 40, 60), whole = new(1, 400, 200, 0, 0, 400, 200);
        var images = ImageCutter.Cut(new MemoryStream(drawing), new MasterSpec(1, 400, 200), [left, right, whole]);
        Assert.Equal([(40, 60), (40, 60), (400, 200)], images.Select(JpegSize.Of));
        Assert.True(Range(images[0]).Max < 16, $"the left cut has {Range(images[0])}");
        Assert.True(Range(images[1]).Min > 239, $"the right cut has {Range(images[1])}");
    }

    [Fact]
    public void Made_three_times_smaller_lines_a_pixel_wide_become_an_even_grey_not_stripes()
    {
        // Black and white columns a pixel wide: sampled at every third pixel they would come out as stripes.
        var drawing = Drawing(600, 300, (x, _) => x % 2 == 0 ? (byte)0 : (byte)255);
        var spec = new RasterSpec(1, 200, 100, 0, 0, 200, 100);
        var (min, max) = Range(ImageCutter.Cut(new MemoryStream(drawing), new MasterSpec(1, 600, 300), [spec])[0]);
        Assert.True(max - min < 24 && min > 100 && max < 155, $"greys from {min} to {max}");
    }

    [Fact]
    public void A_cut_that_needs_more_pixels_than_the_drawing_has_is_enlarged_from_it()
    {
        var drawing = Drawing(100, 100, (_, _) => 255);
        var spec = new RasterSpec(1, 400, 400, 100, 100, 200, 120);
        Assert.Equal((200, 120), JpegSize.Of(ImageCutter.Cut(new MemoryStream(drawing), new MasterSpec(1, 100, 100), [spec])[0]));
    }

    [Fact]
    public void A_drawing_of_another_size_than_asked_is_refused()
    {
        var drawing = Drawing(10, 10, (_, _) => 0);
        Assert.Throws<InvalidDataException>(() => ImageCutter.Cut(new MemoryStream(drawing), new MasterSpec(1, 20, 10), [new RasterSpec(1, 10, 5, 0, 0, 10, 5)]));
    }
}
