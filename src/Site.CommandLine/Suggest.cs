namespace Site.CommandLine;

/// <summary>The name a person most likely meant when they mistyped one.</summary>
public static class Suggest
{
    /// <summary>" (did you mean build?)", or "" when no name is near enough.</summary>
    public static string DidYouMean(string given, IEnumerable<string> names, string prefix = "") =>
        Nearest(given, names) is { } near ? $" (did you mean {prefix}{near}?)" : "";

    /// <summary>The name within a typo or two of <paramref name="given"/> (one for short names), the nearest
    /// first; else the only name that begins with it; else null.</summary>
    public static string? Nearest(string given, IEnumerable<string> names)
    {
        var candidates = names.ToList();
        var allowed = given.Length <= 4 ? 1 : 2;
        var nearest = candidates.Select(n => (Name: n, Distance: Distance(given, n)))
            .Where(x => x.Distance <= allowed).OrderBy(x => x.Distance).FirstOrDefault();
        if (nearest.Name is not null) return nearest.Name;
        var starting = candidates.Where(n => given.Length >= 2 && n.StartsWith(given, StringComparison.Ordinal)).ToList();
        return starting.Count == 1 ? starting[0] : null;
    }

    /// <summary>Edits from one to the other: insertions, deletions, substitutions, and swaps of two neighbours
    /// (optimal string alignment), case-insensitively.</summary>
    public static int Distance(string a, string b)
    {
        a = a.ToLowerInvariant();
        b = b.ToLowerInvariant();
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        return d[a.Length, b.Length];
    }
}
