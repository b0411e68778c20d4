using System.IO.Enumeration;

namespace Site.Publishing.Output;

/// <summary>The files an output folder holds, as '/'-separated relative paths, by the writer's rules:
/// dot-files and dot-folders are not the build's, and symbolic links to folders are not followed.
/// One listing of the tree (directory reads, no stat per file) serves an incremental build twice: to
/// see that the files it keeps are there, and to find the stale files to delete.</summary>
public static class OutputInventory
{
    /// <summary>Whether a path of the site is one an inventory can list: none of its segments starts
    /// with a dot.</summary>
    public static bool Lists(string path) => !path.StartsWith('.') && !path.Contains("/.", StringComparison.Ordinal);

    public static HashSet<string> Take(string outputFolder)
    {
        var root = Path.GetFullPath(outputFolder);
        var found = new HashSet<string>(StringComparer.Ordinal);
        if (!Directory.Exists(root)) return found;
        var top = List(root);
        foreach (var (name, isFolder) in top) if (!isFolder) found.Add(name);
        // Top-level folders (years, sections, people, …) are listed in parallel.
        var parts = top.Where(e => e.IsFolder).AsParallel().AsOrdered()
            .Select(e => { var list = new List<string>(); Walk(Path.Combine(root, e.Name), e.Name + "/", list); return list; });
        foreach (var part in parts) found.UnionWith(part);
        return found;
    }

    private static void Walk(string folder, string prefix, List<string> into)
    {
        foreach (var (name, isFolder) in List(folder))
        {
            if (isFolder) Walk(Path.Combine(folder, name), prefix + name + "/", into);
            else into.Add(prefix + name);
        }
    }

    private static List<(string Name, bool IsFolder)> List(string folder)
    {
        var options = new EnumerationOptions { AttributesToSkip = 0, IgnoreInaccessible = false };
        return [.. new FileSystemEnumerable<(string, bool)>(folder, (ref FileSystemEntry e) =>
            (e.FileName.ToString(), e.IsDirectory && (e.Attributes & FileAttributes.ReparsePoint) == 0), options)
        {
            ShouldIncludePredicate = (ref FileSystemEntry e) => !e.FileName.StartsWith('.')
                && !(e.IsDirectory && (e.Attributes & FileAttributes.ReparsePoint) != 0),
        }];
    }
}
