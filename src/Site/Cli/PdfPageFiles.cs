using System.Globalization;
using Site.Parsing.Pdf;
using Site.Parsing;

namespace Site.Cli;

/// <summary>For <c>add</c>: a PDF of several pages becomes one temporary PDF per page (named for the
/// file and the page, so what add prints says where each came from); the folder goes when add is done.</summary>
internal sealed class PdfPageFiles : IDisposable
{
    private string? folder;
    private readonly Dictionary<string, string> shown = [];

    /// <summary>How to name <paramref name="path"/> to the maintainer: a page's PDF by the file it was cut from.</summary>
    public string Shown(string path) => shown.GetValueOrDefault(path, path);

    /// <summary>The file itself, or for a PDF of several pages the path of each page's own PDF.</summary>
    /// <exception cref="IssueFileException">The PDF cannot be read or cut.</exception>
    public IEnumerable<string> Expand(string path)
    {
        if (!File.Exists(path) || !path.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase)) return [path];
        var bytes = File.ReadAllBytes(path);
        try
        {
            var pages = PdfPages.Split(bytes);
            if (pages.Count < 2) return [path];
            folder ??= Directory.CreateTempSubdirectory("site-add-").FullName;
            var name = Path.GetFileNameWithoutExtension(path);
            return pages.Select((page, i) =>
            {
                var file = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"{name}, page {i + 1}.pdf"));
                File.WriteAllBytes(file, page);
                shown[file] = string.Create(CultureInfo.InvariantCulture, $"{path}, page {i + 1}");
                return file;
            }).ToList();
        }
        catch (PdfReadException e)
        {
            throw new IssueFileException(path, e.Message);
        }
    }

    public void Dispose()
    {
        if (folder is not null && Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }
}
