namespace Site.Publishing.Check;

/// <summary>One thing wrong with the built site.</summary>
/// <param name="File">The output-relative path of the file the problem is in ("2025/08/04/01/03.html"); empty
/// for a problem of the whole site.</param>
/// <param name="Line">1-based line in that file, or 0 when the problem has no single line.</param>
public sealed record SiteProblem(string File, int Line, string Message)
{
    /// <summary>For an absolute link outside the base URL checked (or with none to check against): the link.</summary>
    public string? ForeignUrl { get; init; }

    public override string ToString() => File.Length == 0 ? Message : Line > 0 ? $"{File}:{Line}: {Message}" : $"{File}: {Message}";
}
