namespace Site.Publishing.Theming.Compiled;

/// <summary>Raised where a compiled template meets a case whose meaning it does not reproduce exactly (a
/// variable it cannot find, a null member target, values it does not compare, a loop past the limit): the
/// page is then rendered again by Scriban's interpreter, which gives the page or the error Scriban gives.</summary>
internal sealed class Fallback(string reason) : Exception(reason);

/// <summary>A template the compiler does not take, and where: the theme is then interpreted by Scriban.</summary>
internal sealed class NotCompilable(string reason) : Exception(reason);
