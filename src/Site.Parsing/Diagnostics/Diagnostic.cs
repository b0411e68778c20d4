namespace Site.Parsing.Diagnostics;

/// <summary>How much a <see cref="Diagnostic"/> matters: an error stops the build; a warning stops it
/// only under --strict.</summary>
public enum Severity { Error, Warning }

/// <summary>One thing wrong with the input, the configuration or the theme, where a maintainer fixes it.
/// Every reader and stage reports these, and the console prints them all one way
/// (<see cref="DiagnosticText"/>).</summary>
/// <param name="File">The file to open, as the maintainer named it (relative to where the tool runs);
/// empty when the problem belongs to no file (a build without a base URL).</param>
/// <param name="Line">1-based; 0 when the problem is the whole file.</param>
/// <param name="Column">1-based; 0 when unknown.</param>
/// <param name="Code">A short stable name for the kind of problem (<c>yaml-syntax</c>, <c>unnamed-page</c>),
/// for searching the docs and for scripts.</param>
/// <param name="Message">What is wrong, in one sentence, quoting the input where that helps.</param>
/// <param name="Hint">How to fix it, when that is not plain from the message.</param>
public sealed record Diagnostic(string File, int Line, int Column, Severity Severity, string Code, string Message, string? Hint = null)
{
    public static Diagnostic Error(string file, int line, string code, string message, string? hint = null, int column = 0) =>
        new(file, line, column, Severity.Error, code, message, hint);

    public static Diagnostic Warning(string file, int line, string code, string message, string? hint = null, int column = 0) =>
        new(file, line, column, Severity.Warning, code, message, hint);

    /// <summary>The first line of <see cref="DiagnosticText.Format"/>: file, line, column, severity, code, message.</summary>
    public override string ToString() => DiagnosticText.Headline(this);
}
