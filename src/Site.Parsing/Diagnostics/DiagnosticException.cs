using System.Collections.Immutable;

namespace Site.Parsing.Diagnostics;

/// <summary>Input that cannot be used, with every problem found in it: a reader reports all of a file's
/// mistakes at once, not the first only. The message is their formatted text.</summary>
public class DiagnosticException : Exception
{
    public DiagnosticException(IEnumerable<Diagnostic> diagnostics, Exception? inner = null)
        : this([.. diagnostics], inner)
    {
    }

    public DiagnosticException(Diagnostic diagnostic, Exception? inner = null)
        : this([diagnostic], inner)
    {
    }

    private DiagnosticException(ImmutableArray<Diagnostic> diagnostics, Exception? inner)
        : base(string.Join(Environment.NewLine, diagnostics.Select(DiagnosticText.Format)), inner)
    {
        if (diagnostics.IsEmpty) throw new ArgumentException("a failure needs at least one diagnostic", nameof(diagnostics));
        Diagnostics = diagnostics;
    }

    public ImmutableArray<Diagnostic> Diagnostics { get; }
}
