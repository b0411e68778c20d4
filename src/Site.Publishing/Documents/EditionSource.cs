using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.ExceptionServices;
using System.Text.RegularExpressions;

namespace Site.Publishing.Documents;

/// <summary>One edition's raw files as they lie in input/issues: a folder named for the date holding
/// one file per page (01.txt, 02.txt, …, or the printed pages themselves, 01.pdf, …), or one file named for
/// the date holding every page (form feeds between them).</summary>
/// <param name="PageNumbers">For a folder, each file's page number (from 01.txt, 02.txt, …).</param>
/// <param name="ManifestPath">The edition.yml beside the pages, when there is one.</param>
/// <param name="Stamps">Each of <paramref name="Files"/>' size and modification time as discovery saw
/// them, then the manifest's, if any: what the build cache needs to tell a file unchanged without a
/// second stat (ten years are 33,000 raw files).</param>
public sealed record EditionSource(DateOnly Date, ImmutableArray<string> Files, bool SingleFile,
    ImmutableArray<int> PageNumbers, string? ManifestPath, ImmutableArray<FileStamp> Stamps)
{
    private static readonly Regex DateName = new(@"^(\d{4})-(\d{2})-(\d{2})$", RegexOptions.CultureInvariant);
    /// <summary>A page file's name: its page number (01.txt, 2.txt, 03.pdf, …). <c>add</c> files pages by it too.</summary>
    public static readonly Regex PageName = new(@"^(\d{1,3})\.(?:txt|pdf)$", RegexOptions.CultureInvariant);

    /// <summary>A page file: raw text or a PDF.</summary>
    private static bool IsPageFile(string name) => name.EndsWith(".txt", NameCase) || name.EndsWith(".pdf", NameCase);

    /// <summary>Every edition under <paramref name="issuesFolder"/>, oldest first.</summary>
    /// <exception cref="InputException">A name that is not a date or a page number.</exception>
    public static ImmutableArray<EditionSource> Discover(string issuesFolder)
    {
        if (!Directory.Exists(issuesFolder)) throw new InputException(issuesFolder, 0, InputCodes.Layout, "no such folder", "raw issues go in input/issues/YYYY-MM-DD/NN.txt");
        var top = Entries(issuesFolder);
        // Folders are read in parallel, each with one listing: ten years are 3,650 folders.
        var read = top.Where(e => e.IsFolder).Select(e => Path.Combine(issuesFolder, e.Name)).AsParallel().Select(dir =>
        {
            try
            {
                return (Dir: dir, Edition: (EditionSource?)FromFolder(dir), Error: (Exception?)null);
            }
            catch (Exception e)
            {
                return (dir, null, e);
            }
        }).ToList();
        // Every folder's mistake at once, in the folders' order whichever thread met it; anything else
        // (a folder that cannot be read) as it was thrown.
        var failed = read.Where(r => r.Error is not null).OrderBy(r => r.Dir, StringComparer.Ordinal).Select(r => r.Error!).ToList();
        if (failed.FirstOrDefault(e => e is not InputException) is { } error) ExceptionDispatchInfo.Capture(error).Throw();
        if (failed.Count > 0) throw new InputException(failed.SelectMany(e => ((InputException)e).Diagnostics));
        var editions = read.Select(r => r.Edition!).OrderBy(e => e.Date).ToList();
        var files = top.Where(e => !e.IsFolder).ToDictionary(e => e.Name, NameCase == StringComparison.Ordinal ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase);
        foreach (var page in files.Values.Where(e => e.Name.EndsWith(".txt", NameCase)).OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            var file = Path.Combine(issuesFolder, page.Name);
            var stamps = ImmutableArray.Create(page.Stamp);
            string? manifest = null;
            if (files.TryGetValue(Path.ChangeExtension(page.Name, ".yml"), out var yml))
                (manifest, stamps) = (Path.Combine(issuesFolder, yml.Name), stamps.Add(yml.Stamp));
            editions.Add(new(ParseDate(Path.GetFileNameWithoutExtension(file), file), [file], true, [], manifest, stamps));
        }
        var duplicate = editions.GroupBy(e => e.Date).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new InputException(duplicate.First().Files[0], 0, InputCodes.Layout,
                $"two sources for the edition of {duplicate.Key:yyyy-MM-dd}: {string.Join(" and ", duplicate.Select(e => e.Files[0]))}");
        return [.. editions.OrderBy(e => e.Date)];
    }

    /// <summary>File names match as the platform's file system does (as "*.txt" and File.Exists would):
    /// without regard to case on Windows and macOS.</summary>
    private static readonly StringComparison NameCase =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    private static EditionSource FromFolder(string dir)
    {
        var date = ParseDate(Path.GetFileName(dir), dir);
        var entries = Entries(dir).Where(e => !e.IsFolder).ToList();
        var pages = entries.Where(e => IsPageFile(e.Name)).OrderBy(e => e.Name, StringComparer.Ordinal).ToList();
        foreach (var page in pages)
            if (!PageName.IsMatch(page.Name))
                throw new InputException(Path.Combine(dir, page.Name), 0, InputCodes.Layout, "page files are named by their page number (01.txt, 02.txt, … or 01.pdf, …)");
        if (pages.Count == 0) throw new InputException(dir, 0, InputCodes.Layout, "no page files (01.txt, 02.txt, … or 01.pdf, …)");
        var ordered = pages.Select(p => (File: Path.Combine(dir, p.Name), p.Stamp, Number: int.Parse(PageName.Match(p.Name).Groups[1].Value, CultureInfo.InvariantCulture)))
            .OrderBy(p => p.Number).ToList();
        var twice = ordered.GroupBy(p => p.Number).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
            throw new InputException(twice.First().File, 0, InputCodes.Layout, $"two files for page {twice.Key}: {string.Join(" and ", twice.Select(p => p.File))}");
        var manifest = entries.FirstOrDefault(e => e.Name.Equals("edition.yml", NameCase));
        return new(date, [.. ordered.Select(p => p.File)], false, [.. ordered.Select(p => p.Number)],
            manifest is null ? null : Path.Combine(dir, "edition.yml"),
            manifest is null ? [.. ordered.Select(p => p.Stamp)] : [.. ordered.Select(p => p.Stamp), manifest.Stamp]);
    }

    /// <summary>An entry of a folder as one listing gives it: a file's stamp is taken from its entry (one
    /// stat, no path to normalise), a folder's is not taken at all.</summary>
    private sealed record Entry(string Name, bool IsFolder, FileStamp Stamp);

    private static List<Entry> Entries(string folder) =>
    [
        .. new System.IO.Enumeration.FileSystemEnumerable<Entry>(folder, (ref System.IO.Enumeration.FileSystemEntry e) => e.IsDirectory
            ? new Entry(e.FileName.ToString(), true, default)
            : new Entry(e.FileName.ToString(), false, new FileStamp(e.Length, e.LastWriteTimeUtc.UtcTicks)), ListAll),
    ];

    private static readonly EnumerationOptions ListAll = new() { AttributesToSkip = 0, IgnoreInaccessible = false };

    private static DateOnly ParseDate(string name, string path) =>
        TryParseDate(name, out var date) ? date : throw new InputException(path, 0, InputCodes.Layout, "an edition is named by its date, YYYY-MM-DD");

    /// <summary>An edition's folder or file name (without extension) as its date: YYYY-MM-DD.</summary>
    public static bool TryParseDate(string name, out DateOnly date)
    {
        date = default;
        return DateName.IsMatch(name) && DateOnly.TryParseExact(name, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }
}

/// <summary>A raw file's size and last modification time (UTC ticks), as the build cache records them.</summary>
public readonly record struct FileStamp(long Length, long Modified);
