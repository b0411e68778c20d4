namespace Site.Publishing.Imaging;

/// <summary>Where poppler's pdftoppm is, if anywhere: the one outside tool a PDF page's image needs. A build
/// without it still publishes (the 版 view without its image), so a missing tool is a null, not an error.</summary>
public static class Pdftoppm
{
    public const string NotInstalledNote =
        "pdftoppm is not installed, so PDF pages are published without their page images (a headline list and the PDF to download); install poppler-utils (Debian: apt-get install poppler-utils) and build again";

    /// <summary>The one line a build prints when it meets a PDF page and cannot draw it: what this machine lacks,
    /// pdftoppm or, with pdftoppm there, the image library's native part.</summary>
    public static string MissingNote =>
        Find() is not null && ImageLibrary.LoadError is { } error ? ImageLibrary.MissingNote(error) : NotInstalledNote;

    /// <summary>SITE_PDFTOPPM names the program; else pdftoppm on the PATH or in /usr/bin.</summary>
    public static string? Find() => Find(Environment.GetEnvironmentVariable);

    public static string? Find(Func<string, string?> variable)
    {
        if (variable("SITE_PDFTOPPM") is { Length: > 0 } given) return File.Exists(given) ? given : null;
        var folders = (variable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).Append("/usr/bin");
        return folders.Select(folder => Path.Combine(folder, "pdftoppm")).FirstOrDefault(File.Exists);
    }
}
