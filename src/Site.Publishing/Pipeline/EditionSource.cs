using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.ExceptionServices;
using System.Text.RegularExpressions;

namespace Site.Publishing.Pipeline;

/// <summary>One edition's raw files as they lie in input/issues: a folder named for the date holding
/// one file per page (01.txt, 02.txt, …), or one file named for the date holding every page
/// (form feeds between them).</summary>
/// <param name="PageNumbers">For a folder, each file's page number (from 01.txt, 02.txt, …).</param>
/// <param name="ManifestPath">The edition.yml beside the pages, when there is one.</param>
public sealed record EditionSource(DateOnly Date, ImmutableArray<string> Files, bool SingleFile,
    ImmutableArray<int> PageNumbers, string? ManifestPath)
{
    private static readonly Regex DateName = new(@"^(\d{4})-(\d{2})-(\d{2})$", RegexOptions.CultureInvariant);
    /// <summary>A page file's name: its page number (01.txt, 2.txt, …). <c>add</c> files pages by it too.</summary>
    public static readonly Regex PageName = new(@"^(\d{1,3})\.txt$", RegexOptions.CultureInvariant);

    /// <summary>Every edition under <paramref name="issuesFolder"/>, oldest first.</summary>
    /// <exception cref="InputException">A name that is not a date or a page number.</exception>
    public static ImmutableArray<EditionSource> Discover(string issuesFolder)
    {
        if (!Directory.Exists(issuesFolder)) throw new InputException($"{issuesFolder}: no such folder (raw issues go in input/issues/YYYY-MM-DD/NN.txt)");
        // Folders are read in parallel, each with one listing: ten years are 3,650 folders.
        var read = Directory.EnumerateDirectories(issuesFolder).AsParallel().Select(dir =>
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
        // The same error whichever thread met it first: the first folder's, by name, as it was thrown.
        if (read.Where(r => r.Error is not null).OrderBy(r => r.Dir, StringComparer.Ordinal).Select(r => r.Error).FirstOrDefault() is { } error)
            ExceptionDispatchInfo.Capture(error).Throw();
        var editions = read.Select(r => r.Edition!).OrderBy(e => e.Date).ToList();
        foreach (var file in Directory.EnumerateFiles(issuesFolder, "*.txt"))
        {
            var manifest = Path.ChangeExtension(file, ".yml");
            editions.Add(new(ParseDate(Path.GetFileNameWithoutExtension(file), file), [file], true, [], File.Exists(manifest) ? manifest : null));
        }
        var duplicate = editions.GroupBy(e => e.Date).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new InputException($"{string.Join(" and ", duplicate.Select(e => e.Files[0]))}: two sources for the edition of {duplicate.Key:yyyy-MM-dd}");
        return [.. editions.OrderBy(e => e.Date)];
    }

    /// <summary>File names match as the platform's file system does (as "*.txt" and File.Exists would):
    /// without regard to case on Windows and macOS.</summary>
    private static readonly StringComparison NameCase =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    private static EditionSource FromFolder(string dir)
    {
        var date = ParseDate(Path.GetFileName(dir), dir);
        var names = Directory.EnumerateFiles(dir).Select(f => Path.GetFileName(f)).ToList();
        var pages = names.Where(n => n.EndsWith(".txt", NameCase)).Order(StringComparer.Ordinal).Select(n => Path.Combine(dir, n)).ToList();
        foreach (var page in pages)
            if (!PageName.IsMatch(Path.GetFileName(page)))
                throw new InputException($"{page}: page files are named by their page number (01.txt, 02.txt, …)");
        if (pages.Count == 0) throw new InputException($"{dir}: no page files (01.txt, 02.txt, …)");
        var ordered = pages.Select(p => (File: p, Number: int.Parse(PageName.Match(Path.GetFileName(p)).Groups[1].Value, CultureInfo.InvariantCulture)))
            .OrderBy(p => p.Number).ToList();
        var twice = ordered.GroupBy(p => p.Number).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
            throw new InputException($"{string.Join(" and ", twice.Select(p => p.File))}: two files for page {twice.Key}");
        return new(date, [.. ordered.Select(p => p.File)], false, [.. ordered.Select(p => p.Number)],
            names.Any(n => n.Equals("edition.yml", NameCase)) ? Path.Combine(dir, "edition.yml") : null);
    }

    private static DateOnly ParseDate(string name, string path) =>
        TryParseDate(name, out var date) ? date : throw new InputException($"{path}: an edition is named by its date, YYYY-MM-DD");

    /// <summary>An edition's folder or file name (without extension) as its date: YYYY-MM-DD.</summary>
    public static bool TryParseDate(string name, out DateOnly date)
    {
        date = default;
        return DateName.IsMatch(name) && DateOnly.TryParseExact(name, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }
}
