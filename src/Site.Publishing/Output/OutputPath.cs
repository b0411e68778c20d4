namespace Site.Publishing.Output;

/// <summary>The rule for paths of the built site: relative, '/'-separated, ASCII, with no empty, "." or ".."
/// segment, so a path can never reach outside the output folder and means the same on every host.</summary>
internal static class OutputPath
{
    /// <exception cref="ArgumentException">The path breaks the rule; the message names it.</exception>
    public static void Validate(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var problem = path switch
        {
            "" => "is empty",
            _ when path.Contains('\\') => "contains a backslash (use '/')",
            _ when path.StartsWith('/') || Path.IsPathRooted(path) => "is absolute",
            _ when path.Contains(':') => "contains ':' (a link to it would read as a URL scheme)",
            _ when path.Any(c => c is > '\x7e' or < ' ') => "is not printable ASCII",
            _ when path.Split('/').Contains("..") => "contains '..'",
            _ when path.Split('/').Any(s => s is "" or ".") => "contains an empty or '.' segment",
            _ => null,
        };
        if (problem is not null) throw new ArgumentException($"output path \"{path}\" {problem}", nameof(path));
    }
}
