using Site.Parsing.Diagnostics;

namespace Site.Publishing.Theming;

/// <summary>A theme that cannot be used: a missing template, templates that do not parse, or one that
/// fails while rendering. Each problem names the template file and line.</summary>
public sealed class ThemeException : DiagnosticException
{
    public ThemeException(string file, int line, int column, string code, string message, Exception? inner = null)
        : base(new Diagnostic(file, line, column, Severity.Error, code, message), inner)
    {
    }

    public ThemeException(IEnumerable<Diagnostic> diagnostics) : base(diagnostics)
    {
    }

    /// <summary>A template that does not parse.</summary>
    public const string Syntax = "template-syntax";
    /// <summary>A template that fails on a page (a member that does not exist, an include of nothing).</summary>
    public const string Render = "template-render";
    /// <summary>A theme folder without a file every theme needs, or one that cannot work.</summary>
    public const string Incomplete = "theme-incomplete";
}
