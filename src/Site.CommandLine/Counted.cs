using System.Globalization;

namespace Site.CommandLine;

/// <summary>Counts in English output: "1 warning", "2 warnings", never "1 warnings" or "warning(s)".</summary>
public static class Counted
{
    /// <param name="plural">When it is not <paramref name="singular"/> + "s" ("1 entry", "2 entries").</param>
    public static string Of(long n, string singular, string? plural = null) =>
        string.Create(CultureInfo.InvariantCulture, $"{n} {(n == 1 ? singular : plural ?? singular + "s")}");
}
