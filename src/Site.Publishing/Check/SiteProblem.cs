namespace Site.Publishing.Check;

/// <summary>One thing wrong with the built site.</summary>
/// <param name="File">The output-relative path of the file the problem is in ("2025/08/04/01/03.html").</param>
/// <param name="Line">1-based line in that file, or 0 when the problem has no single line.</param>
public sealed record SiteProblem(string File, int Line, string Message)
{
    public override string ToString() => Line > 0 ? $"{File}:{Line}: {Message}" : $"{File}: {Message}";
}
