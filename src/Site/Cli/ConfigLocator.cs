using Site.CommandLine;
using Site.Config;

namespace Site.Cli;

/// <summary>Finds the site.yml a command should use.</summary>
public static class ConfigLocator
{
    /// <summary>--config when given; else site.yml in the input folder; else the conventions alone
    /// (and a note on stderr, since the paper's own noise rules are then missing).</summary>
    public static SiteConfig Load(ParsedArguments args, string inputFolder, TextWriter stderr)
    {
        if (args.String("config") is { } path) return SiteConfigReader.Load(path);
        var defaultPath = Path.Combine(inputFolder, "site.yml");
        if (File.Exists(defaultPath)) return SiteConfigReader.Load(defaultPath);
        stderr.WriteLine($"note: no {defaultPath}; parsing with the general conventions only");
        return SiteConfig.Default;
    }
}
