namespace Site.Publishing.Imaging;

/// <summary>Images already drawn, by name (their names are keyed by the PDF's bytes and the spec), in the
/// build cache's folder: an unchanged PDF is not drawn again. Without a cache folder, images are drawn into
/// a temporary folder and read from there once.</summary>
/// <remarks>An image is drawn under a temporary name and moved into place, so an interrupted build leaves
/// no half-written image under a real name. Thread-safe: two threads asking for the same name draw it twice,
/// harmlessly (the same bytes, the last move wins).</remarks>
public sealed class RenderedImageStore(string? folder)
{
    public string? Folder { get; } = folder;

    /// <summary>The image's bytes: from the store, or drawn by <paramref name="draw"/> into the path it is given.</summary>
    public byte[] GetOrDraw(string name, Action<string> draw)
    {
        var folder = Folder ?? Directory.CreateTempSubdirectory("site-page-images-").FullName;
        try
        {
            var path = Path.Combine(folder, name);
            if (Folder is not null && File.Exists(path)) return File.ReadAllBytes(path);
            Directory.CreateDirectory(folder);
            var temporary = Path.Combine(folder, $"drawing-{Guid.NewGuid():N}.jpg");
            try
            {
                draw(temporary);
                File.Move(temporary, path, overwrite: true);
            }
            finally
            {
                File.Delete(temporary);
            }
            return File.ReadAllBytes(path);
        }
        finally
        {
            if (Folder is null) Directory.Delete(folder, recursive: true);
        }
    }
}
