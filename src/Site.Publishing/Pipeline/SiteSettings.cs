using Site.Config;
using Site.Publishing.Documents;

namespace Site.Publishing.Pipeline;

/// <summary>The settings a build starts from: site.yml with the command line's base URL, and the theme it names.</summary>
internal static class SiteSettings
{
    /// <returns>The configuration, the bytes it was read from (part of the cache keys), and its path.</returns>
    public static (SiteConfig Config, byte[] Bytes, string Path) Load(BuildOptions options)
    {
        var path = options.ConfigPath ?? Path.Combine(options.InputFolder, "site.yml");
        var (config, bytes) = File.Exists(path) || options.ConfigPath is not null
            ? SiteConfigReader.Read(path)   // read once: the bytes parsed are the bytes the cache keys name
            : (SiteConfig.Default, []);
        if (options.BaseUrl is not { } given) return (config, bytes, path);
        // Read as a URL, the same way as site.yml's baseUrl; blank leaves the site without one.
        var url = BaseUrl.Parse(given, out var problem);
        return problem is null
            ? (config with { BaseUrl = url }, bytes, path)
            : throw new InputException("--base-url", 0, ConfigCodes.BadValue, $"--base-url {problem}");
    }

    /// <summary>The theme site.yml names; a name with no folder is site.yml's mistake, reported at its line.</summary>
    public static string ThemeFolder(BuildOptions options, SiteConfig config, string configPath)
    {
        var folder = Path.Combine(options.ThemesFolder, config.Theme);
        if (Directory.Exists(folder)) return folder;
        var there = Directory.Exists(options.ThemesFolder)
            ? Directory.EnumerateDirectories(options.ThemesFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList()
            : [];
        var hint = there.Count > 0 ? $"the themes in {options.ThemesFolder}: {string.Join(", ", there)}" : $"{options.ThemesFolder} holds no themes (give the folder with --themes)";
        return config.ThemeLine > 0
            ? throw new ConfigException(configPath, config.ThemeLine, $"there is no theme \"{config.Theme}\" ({folder} does not exist)", ConfigCodes.MissingTheme, hint)
            : throw new ConfigException(folder, 0, $"there is no theme \"{config.Theme}\", the theme a site.yml without theme: uses", ConfigCodes.MissingTheme, hint);
    }
}
