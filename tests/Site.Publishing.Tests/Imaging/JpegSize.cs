namespace Site.Publishing.Tests.Imaging;

/// <summary>A JPEG's size in pixels, from its frame header: enough to check what pdftoppm drew.</summary>
public static class JpegSize
{
    public static (int Width, int Height) Of(byte[] jpeg)
    {
        Assert.True(jpeg is [0xFF, 0xD8, ..], "not a JPEG");
        for (var i = 2; i + 9 < jpeg.Length;)
        {
            if (jpeg[i] != 0xFF) { i++; continue; }
            var marker = jpeg[i + 1];
            var length = (jpeg[i + 2] << 8) | jpeg[i + 3];
            // SOF0–SOF15 but DHT (C4), JPG (C8) and DAC (CC): baseline, progressive and the rest.
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
                return ((jpeg[i + 7] << 8) | jpeg[i + 8], (jpeg[i + 5] << 8) | jpeg[i + 6]);
            i += 2 + length;
        }
        throw new InvalidDataException("no frame header");
    }
}
