namespace Site.Publishing.Imaging;

/// <summary>Images already made, by name (their names are keyed by the PDF's bytes and the spec), in the build
/// cache's folder: an unchanged PDF is not drawn again. Without a cache folder nothing is kept.</summary>
/// <remarks>An image is written under a temporary name and moved into place, so an interrupted build leaves
/// no half-written image under a real name. Thread-safe: two threads keeping the same name write it twice,
/// harmlessly (the same bytes, the last move wins).</remarks>
public sealed class RenderedImageStore(string? folder)
{
    public string? Folder { get; } = folder;

    /// <summary>The image's bytes if the store holds it, else null.</summary>
    public byte[]? Find(string name)
    {
        if (Folder is null) return null;
        var path = Path.Combine(Folder, name);
        return File.Exists(path) ? File.ReadAllBytes(path) : null;
    }

    /// <summary>Keeps the image under its name (nothing without a folder).</summary>
    public void Keep(string name, byte[] image)
    {
        if (Folder is null) return;
        Directory.CreateDirectory(Folder);
        var temporary = Path.Combine(Folder, $"drawing-{Guid.NewGuid():N}.part");
        try
        {
            File.WriteAllBytes(temporary, image);
            File.Move(temporary, Path.Combine(Folder, name), overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
