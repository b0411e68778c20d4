namespace Site.Publishing.Urls;

/// <summary>Links between pages of the site are relative and name their file ("../01/index.html"), so
/// the site works from any sub-path, from file:// and from a mirror.</summary>
public static class RelativeLink
{
    /// <param name="from">The page the link is on.</param>
    /// <param name="to">The file the link points at.</param>
    public static string Between(string from, string to)
    {
        var fromDirs = from.Split('/')[..^1];
        var toParts = to.Split('/');
        var common = 0;
        while (common < fromDirs.Length && common < toParts.Length - 1 && fromDirs[common] == toParts[common]) common++;
        var up = string.Concat(Enumerable.Repeat("../", fromDirs.Length - common));
        return up + string.Join('/', toParts[common..]);
    }

    /// <summary>"../../" from the page to the site's root ("" at the root).</summary>
    public static string ToRoot(string from) => string.Concat(Enumerable.Repeat("../", from.Count(c => c == '/')));
}
