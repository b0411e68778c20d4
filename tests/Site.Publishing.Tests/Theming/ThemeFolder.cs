using Site.Publishing.Theming;

namespace Site.Publishing.Tests.Theming;

/// <summary>A theme made of the given templates in a temporary folder, deleted with it.</summary>
public sealed class ThemeFolder : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("site-theme-tests-").FullName;

    /// <summary>Writes each (relative path without .html, text) as a template and loads the theme.</summary>
    public Theme Load(IEnumerable<(string Name, string Text)> templates, bool compile = true)
    {
        foreach (var (name, text) in templates)
        {
            var path = Path.Combine(folder, name + ".html");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }
        return Theme.Load(folder, null, compile);
    }

    /// <summary>The page a theme renders, or "error: " and the message of the ThemeException it throws, so
    /// that two renders can be compared whichever way they end.</summary>
    public static string PageOrError(Theme theme, IReadOnlyDictionary<string, object?> globals, string page = "pages/page")
    {
        try { return theme.RenderPage(page, globals); }
        catch (ThemeException e) { return "error: " + e.Message; }
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
