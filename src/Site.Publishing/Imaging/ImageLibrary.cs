using SkiaSharp;

namespace Site.Publishing.Imaging;

/// <summary>Whether SkiaSharp's native library (libSkiaSharp.so, which makes the images from a page's drawing)
/// loads on this machine. It needs fontconfig (Debian: libfontconfig1), which poppler-utils also needs, so a
/// machine with pdftoppm has it; where it does not load, PDF pages are published without images, as without
/// pdftoppm, and the build says why.</summary>
public static class ImageLibrary
{
    private static readonly Lazy<string?> Probe = new(() =>
    {
        try
        {
            using var bitmap = new SKBitmap(1, 1);
            return null;
        }
        catch (Exception e) when (e is DllNotFoundException or TypeInitializationException or BadImageFormatException or EntryPointNotFoundException)
        {
            return Reason(e.GetBaseException().Message);
        }
    });

    /// <summary>The line of a load failure's message that says why: .NET lists every path it tried, and the one
    /// where the library is names what went wrong there (a missing dependency, a damaged file).</summary>
    internal static string Reason(string message)
    {
        var lines = message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.FirstOrDefault(line => line.Contains("libSkiaSharp.so: ", StringComparison.Ordinal)
                                            && !line.EndsWith("libSkiaSharp.so: cannot open shared object file: No such file or directory", StringComparison.Ordinal))
               ?? lines.FirstOrDefault() ?? message;
    }

    /// <summary>Why the library does not load here; null where it does. Asked once, on first use.</summary>
    public static string? LoadError => Probe.Value;

    /// <summary>The one line a build prints when the library does not load.</summary>
    public static string MissingNote(string error) =>
        $"the image library SkiaSharp could not load its native part, libSkiaSharp.so ({error}), so PDF pages are published without their page images (a headline list and the PDF to download); install libfontconfig1 (Debian: apt-get install libfontconfig1) and build again";
}
