using Site.Parsing.Diagnostics;

namespace Site.Config;

/// <summary>A configuration file that cannot be used: every mistake found in it, each naming the file and line.</summary>
public sealed class ConfigException : DiagnosticException
{
    public ConfigException(string file, int line, string problem, string code = ConfigCodes.BadValue, string? hint = null, int column = 0)
        : base(Diagnostic.Error(file, line, code, problem, hint, column))
    {
    }

    public ConfigException(IEnumerable<Diagnostic> diagnostics) : base(diagnostics)
    {
    }

    /// <summary>The first mistake's file, line and message.</summary>
    public string File => Diagnostics[0].File;

    public int Line => Diagnostics[0].Line;

    public string Problem => Diagnostics[0].Message;
}

/// <summary>The codes of configuration diagnostics.</summary>
public static class ConfigCodes
{
    /// <summary>Not YAML at all: an unclosed bracket or quote, a tab in the indentation.</summary>
    public const string YamlSyntax = "yaml-syntax";
    /// <summary>A key the file does not know.</summary>
    public const string UnknownKey = "unknown-key";
    /// <summary>A known key with a value of the wrong kind or form.</summary>
    public const string BadValue = "bad-value";
    /// <summary>site.yml's theme: names no folder under the themes folder.</summary>
    public const string MissingTheme = "missing-theme";
    /// <summary>The file named does not exist.</summary>
    public const string MissingFile = "missing-file";
}
