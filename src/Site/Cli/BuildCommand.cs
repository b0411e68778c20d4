using System.Globalization;
using Site.Cli.Display;
using Site.Publishing.Pipeline;

namespace Site.Cli;

/// <summary>`build [--input input] [--output output] [--base-url URL] [--themes themes]`: the whole site.</summary>
public static class BuildCommand
{
    public static int Run(IEnumerable<string> argv, TextWriter stdout, TextWriter stderr, bool interactive = false)
    {
        var args = Arguments.Parse(argv, new HashSet<string>(), new HashSet<string> { "input", "output", "base-url", "config", "themes" });
        if (args.Positional.Count > 0) throw new UsageException($"build takes no file arguments (got \"{args.Positional[0]}\")");
        var options = new BuildOptions(
            args.Get("input", "input"), args.Get("output", "output"), ThemesFolder(args),
            args.Options.GetValueOrDefault("base-url"), args.Options.GetValueOrDefault("config"));
        try
        {
            var display = BuildDisplay.For(interactive, stdout, stderr);
            display.Summary(display.Run(progress => SiteBuild.Run(options, progress)));
            return 0;
        }
        catch (BuildFailedException e)
        {
            foreach (var error in e.Errors) stderr.WriteLine($"error: {error}");
            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"build failed with {e.Errors.Count} errors; {options.OutputFolder} was left as it was"));
            return 1;
        }
    }

    /// <summary>themes/ in the current folder when there is one (a maintainer's checkout), else the
    /// themes that ship beside the program.</summary>
    internal static string ThemesFolder(Arguments args)
    {
        if (args.Options.GetValueOrDefault("themes") is { } given) return given;
        return Directory.Exists("themes") ? "themes" : Path.Combine(AppContext.BaseDirectory, "themes");
    }
}
