using System.Runtime.CompilerServices;

namespace Site.Publishing.Output;

/// <summary>The rule for paths of the built site: relative, '/'-separated, ASCII, with no empty, "." or ".."
/// segment, so a path can never reach outside the output folder and means the same on every host.</summary>
internal static class OutputPath
{
    /// <exception cref="ArgumentException">The path breaks the rule; the message names it.</exception>
    public static void Validate(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Problem(path) is { } problem) throw new ArgumentException($"output path \"{path}\" {problem}", nameof(path));
    }

    /// <summary>One pass, no allocation: every file of a build (and every file an incremental build
    /// keeps, 266,000 at ten years) goes through here.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string? Problem(string path)
    {
        if (path.Length == 0) return "is empty";
        if (path.Contains('\\')) return "contains a backslash (use '/')";
        if (path[0] == '/' || Path.IsPathRooted(path)) return "is absolute";
        if (path.Contains(':')) return "contains ':' (a link to it would read as a URL scheme)";
        foreach (var c in path)
            if (c is > '\x7e' or < ' ') return "is not printable ASCII";
        var (climbs, empty) = (false, false);
        foreach (var range in path.AsSpan().Split('/'))
        {
            var segment = path.AsSpan(range);
            climbs |= segment is "..";
            empty |= segment is "" or ".";
        }
        return climbs ? "contains '..'" : empty ? "contains an empty or '.' segment" : null;
    }
}
