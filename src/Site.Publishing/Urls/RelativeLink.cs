using System.Text;

namespace Site.Publishing.Urls;

/// <summary>Links between pages of the site are relative and name their file ("../01/index.html"), so
/// the site works from any sub-path, from file:// and from a mirror.</summary>
public static class RelativeLink
{
    /// <param name="from">The page the link is on.</param>
    /// <param name="to">The file the link points at.</param>
    /// <remarks>Every page computes dozens of these, so this walks the two paths without splitting them.</remarks>
    public static string Between(string from, string to)
    {
        // The longest run of whole folders the two paths share.
        var common = 0;
        for (var i = 0; i < from.Length && i < to.Length && from[i] == to[i]; i++)
            if (from[i] == '/') common = i + 1;
        var up = 0;
        for (var i = common; i < from.Length; i++)
            if (from[i] == '/') up++;
        var link = new StringBuilder(up * 3 + to.Length - common);
        for (var i = 0; i < up; i++) link.Append("../");
        return link.Append(to, common, to.Length - common).ToString();
    }

    /// <summary>"../../" from the page to the site's root ("" at the root).</summary>
    public static string ToRoot(string from) => string.Concat(Enumerable.Repeat("../", from.Count(c => c == '/')));
}
