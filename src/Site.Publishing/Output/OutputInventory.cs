using System.IO.Enumeration;

namespace Site.Publishing.Output;

/// <summary>The files an output folder holds, as '/'-separated relative paths, by the writer's rules:
/// dot-files and dot-folders are not the build's, nor are symbolic links (to files or folders: they are
/// neither listed nor followed, so never deleted; a build that needs a file at a link's path replaces the
/// link). One listing of the tree — directory reads only, no stat per file or folder — serves an
/// incremental build twice: to see that the files it keeps are there, and to find the stale files to
/// delete.</summary>
public static class OutputInventory
{
    /// <summary>Whether a path of the site is one an inventory can list: none of its segments starts
    /// with a dot.</summary>
    public static bool Lists(string path) => !path.StartsWith('.') && !path.Contains("/.", StringComparison.Ordinal);

    public static HashSet<string> Take(string outputFolder)
    {
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputFolder));
        var found = new HashSet<string>(StringComparer.Ordinal);
        if (!Directory.Exists(root)) return found;
        var top = List(root, recurse: false);
        foreach (var name in top) if (!name.EndsWith('/')) found.Add(name);
        // Top-level folders (years, sections, people, …) are listed in parallel.
        var parts = top.Where(e => e.EndsWith('/')).AsParallel().AsOrdered().Select(e => List(Path.Combine(root, e[..^1]), recurse: true, root.Length + 1));
        foreach (var part in parts) found.UnionWith(part);
        return found;
    }

    // Skipping reparse points is decided from the directory entry's type; asking an entry for its
    // attributes would cost a stat (and a geteuid) for each of a large site's 36,000 folders.
    private static readonly EnumerationOptions Here = new() { AttributesToSkip = FileAttributes.ReparsePoint, IgnoreInaccessible = false };
    private static readonly EnumerationOptions Below = new() { AttributesToSkip = FileAttributes.ReparsePoint, IgnoreInaccessible = false, RecurseSubdirectories = true };

    /// <summary>A folder's entries (with <paramref name="recurse"/>: the files below it) as paths from
    /// the character <paramref name="from"/> of their full path on; without, folders end in '/'.</summary>
    private static List<string> List(string folder, bool recurse, int from = 0) =>
    [
        .. new FileSystemEnumerable<string>(folder, recurse
            ? (ref FileSystemEntry e) => Relative(e.Directory[from..], e.FileName)
            : (ref FileSystemEntry e) => e.IsDirectory ? string.Concat(e.FileName, "/") : e.FileName.ToString(), recurse ? Below : Here)
        {
            ShouldIncludePredicate = recurse
                ? (ref FileSystemEntry e) => !e.IsDirectory && !e.FileName.StartsWith('.')
                : (ref FileSystemEntry e) => !e.FileName.StartsWith('.'),
            ShouldRecursePredicate = (ref FileSystemEntry e) => !e.FileName.StartsWith('.'),
        },
    ];

    private static string Relative(ReadOnlySpan<char> folder, ReadOnlySpan<char> name)
    {
        var path = string.Concat(folder, "/", name);
        return Path.DirectorySeparatorChar == '/' ? path : path.Replace(Path.DirectorySeparatorChar, '/');
    }
}
