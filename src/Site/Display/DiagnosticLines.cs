using Site.Parsing.Diagnostics;

namespace Site.Display;

/// <summary>Diagnostics as a command prints them, each in <see cref="DiagnosticText"/>'s one form.</summary>
public static class DiagnosticLines
{
    public static void Write(TextWriter o, IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics) o.WriteLine(DiagnosticText.Format(d));
    }
}
