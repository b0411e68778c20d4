namespace Site.Publishing.Imaging;

/// <summary>Draws a PDF page to a PPM file with poppler's pdftoppm, bounded by a timeout.</summary>
public sealed class PageRenderer(string pdftoppm, TimeSpan? timeout = null)
{
    /// <summary>Far beyond the second a newspaper page takes at its widest drawing.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(120);

    public string Program { get; } = pdftoppm;

    public TimeSpan Timeout { get; } = timeout ?? DefaultTimeout;

    /// <summary>Writes the drawing <paramref name="spec"/> describes to <paramref name="target"/> (a .ppm path).</summary>
    /// <exception cref="BoundedProcessException">pdftoppm failed, overran, or wrote nothing.</exception>
    public void Render(string pdfPath, MasterSpec spec, string target)
    {
        if (!target.EndsWith(".ppm", StringComparison.Ordinal)) throw new ArgumentException("the target must be a .ppm file", nameof(target));
        var stem = target[..^".ppm".Length];
        BoundedProcess.Run(Program, spec.Arguments(pdfPath, stem), Timeout);
        if (!File.Exists(target)) throw new BoundedProcessException($"pdftoppm wrote no image for page {spec.Page} of {pdfPath}");
    }
}
