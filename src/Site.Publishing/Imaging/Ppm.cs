using System.Text;

namespace Site.Publishing.Imaging;

/// <summary>A binary PPM (P6, 8 bits a sample), as pdftoppm writes it: where its pixels start and how many.</summary>
public sealed record Ppm(int Width, int Height, int PixelOffset)
{
    /// <param name="file">The file's start, its header whole.</param>
    /// <param name="length">The file's length.</param>
    /// <exception cref="InvalidDataException">Not a P6 file of 8-bit samples, or shorter than its header says.</exception>
    public static Ppm Read(ReadOnlySpan<byte> file, long length)
    {
        var at = 0;
        if (Token(file, ref at) != "P6") throw new InvalidDataException("not a binary PPM (P6)");
        var width = Number(file, ref at);
        var height = Number(file, ref at);
        var max = Number(file, ref at);
        if (max != 255) throw new InvalidDataException($"a PPM of {max} levels; 255 expected");
        // One whitespace byte separates the header from the pixels.
        var offset = at + 1;
        if ((long)width * height * 3 > length - offset)
            throw new InvalidDataException($"the PPM is shorter than its {width} × {height} pixels");
        return new(width, height, offset);
    }

    private static int Number(ReadOnlySpan<byte> file, ref int at) =>
        int.TryParse(Token(file, ref at), out var n) && n > 0 ? n : throw new InvalidDataException("a PPM header without its sizes");

    /// <summary>The next header token, past whitespace and # comments; <paramref name="at"/> is left on the byte after it.</summary>
    private static string Token(ReadOnlySpan<byte> file, ref int at)
    {
        while (at < file.Length && (IsSpace(file[at]) || file[at] == '#'))
        {
            if (file[at] == '#') while (at < file.Length && file[at] != '\n') at++;
            else at++;
        }
        var start = at;
        while (at < file.Length && !IsSpace(file[at]) && at - start < 16) at++;
        return Encoding.ASCII.GetString(file[start..at]);
    }

    private static bool IsSpace(byte b) => b is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t';
}
