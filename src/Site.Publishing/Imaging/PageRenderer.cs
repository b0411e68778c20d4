namespace Site.Publishing.Imaging;

/// <summary>Draws a PDF page (or part of one) to a JPEG file with poppler's pdftoppm, bounded by a timeout.</summary>
public sealed class PageRenderer(string pdftoppm, TimeSpan? timeout = null)
{
    /// <summary>Far beyond the second a newspaper page takes at 1800 px.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(120);

    public string Program { get; } = pdftoppm;

    public TimeSpan Timeout { get; } = timeout ?? DefaultTimeout;

    /// <summary>Writes the image <paramref name="spec"/> describes to <paramref name="target"/> (a .jpg path).</summary>
    /// <exception cref="BoundedProcessException">pdftoppm failed, overran, or wrote nothing.</exception>
    public void Render(string pdfPath, RasterSpec spec, string target)
    {
        if (!target.EndsWith(".jpg", StringComparison.Ordinal)) throw new ArgumentException("the target must be a .jpg file", nameof(target));
        var stem = target[..^".jpg".Length];
        BoundedProcess.Run(Program, spec.Arguments(pdfPath, stem), Timeout);
        if (!File.Exists(target)) throw new BoundedProcessException($"pdftoppm wrote no image for page {spec.Page} of {pdfPath}");
    }
}
