namespace Site.Publishing.Imaging;

/// <summary>Every image of one PDF page from one drawing: pdftoppm draws the page once, as large as the largest
/// image needs, and each image is made from that in the process.</summary>
public sealed class PageDrawer(PageRenderer renderer)
{
    /// <returns>Each spec's JPEG, in the order of <paramref name="specs"/>.</returns>
    /// <exception cref="BoundedProcessException">pdftoppm failed or overran.</exception>
    /// <exception cref="InvalidDataException">pdftoppm wrote something else than the drawing asked for.</exception>
    public byte[][] Draw(string pdfPath, MasterSpec master, IReadOnlyList<RasterSpec> specs)
    {
        var folder = Directory.CreateTempSubdirectory("site-page-drawing-").FullName;
        try
        {
            var target = Path.Combine(folder, "page.ppm");
            renderer.Render(pdfPath, master, target);
            using var drawing = File.OpenRead(target);
            return ImageCutter.Cut(drawing, master, specs);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
