using System.Globalization;
using System.Text;

namespace Site.Parsing.Diagnostics;

/// <summary>The one way a diagnostic is written for people, compilers' way so editors and CI logs
/// link it to the place: <c>input/site.yml:7:8: error yaml-syntax: …</c>, then the hint, indented.</summary>
public static class DiagnosticText
{
    /// <summary>The diagnostic's line, and its hint on a line of its own when it has one.</summary>
    public static string Format(Diagnostic d) => d.Hint is null ? Headline(d) : $"{Headline(d)}{Environment.NewLine}  hint: {d.Hint}";

    public static string Headline(Diagnostic d)
    {
        var s = new StringBuilder();
        if (Location(d) is { Length: > 0 } at) s.Append(at).Append(": ");
        s.Append(d.Severity == Severity.Error ? "error" : "warning").Append(' ').Append(d.Code).Append(": ").Append(d.Message);
        return s.ToString();
    }

    /// <summary>path:line:column, leaving out what is not known.</summary>
    public static string Location(Diagnostic d)
    {
        if (d.File.Length == 0) return "";
        if (d.Line <= 0) return d.File;
        return d.Column > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{d.File}:{d.Line}:{d.Column}")
            : string.Create(CultureInfo.InvariantCulture, $"{d.File}:{d.Line}");
    }

    /// <summary>Errors first, then by file, line and column, each once: a template error met by a
    /// thousand pages is one problem to fix.</summary>
    public static IEnumerable<Diagnostic> InOrder(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Distinct()
            .OrderBy(d => d.Severity)
            .ThenBy(d => d.File, StringComparer.Ordinal)
            .ThenBy(d => d.Line).ThenBy(d => d.Column)
            .ThenBy(d => d.Message, StringComparer.Ordinal);
}
