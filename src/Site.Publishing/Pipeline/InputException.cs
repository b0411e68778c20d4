using Site.Config;
using Site.Parsing.Input;
using Site.Publishing.Theming;

namespace Site.Publishing.Pipeline;

/// <summary>Input that cannot be published; the message names the file (and line, when there is one).</summary>
public sealed class InputException(string message) : Exception(message);

/// <summary>The failures a maintainer can fix in the input, the configuration or the theme: reported by
/// their message (which names the file and line), never as a crash.</summary>
public static class InputErrors
{
    public static bool Are(Exception e) => e is InputException or IssueFileException or ConfigException or ThemeException;
}
