using System.Globalization;

namespace Site.Publishing.Check;

/// <summary>The end of the last listed problem of a link that is wrong in more places than are listed.</summary>
public static class MoreLinks
{
    /// <summary>"so do 15 more links after this one, not listed" ("so does 1 more link").</summary>
    public static string After(int unlisted) => unlisted == 1
        ? "so does 1 more link after this one, not listed"
        : string.Create(CultureInfo.InvariantCulture, $"so do {unlisted:N0} more links after this one, not listed");
}
