namespace Site.Publishing.Theming;

/// <summary>A theme that cannot be used: a missing template, a template that does not parse, or one
/// that fails while rendering. The message names the template file and line.</summary>
public sealed class ThemeException(string message, Exception? inner = null) : Exception(message, inner);
