using System.Globalization;
using Site.Publishing.Pipeline;

namespace Site.Cli;

/// <summary>`build [--input input] [--output output] [--base-url URL] [--themes themes] [--strict]`: the whole site.
/// --strict fails on warnings too, for a maintainer's CI.</summary>
public static class BuildCommand
{
    public static int Run(IEnumerable<string> argv, TextWriter stdout, TextWriter stderr)
    {
        var args = Arguments.Parse(argv, new HashSet<string> { "strict" }, new HashSet<string> { "input", "output", "base-url", "config", "themes" });
        if (args.Positional.Count > 0) throw new UsageException($"build takes no file arguments (got \"{args.Positional[0]}\")");
        var options = new BuildOptions(
            args.Get("input", "input"), args.Get("output", "output"), ThemesFolder(args),
            args.Options.GetValueOrDefault("base-url"), args.Options.GetValueOrDefault("config"), args.Has("strict"));
        try
        {
            var report = SiteBuild.Run(options, line => stderr.WriteLine($"… {line}"));
            foreach (var w in report.Warnings) stderr.WriteLine($"warning: {w}");
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{report.Editions} editions, {report.Pages} pages, {report.Articles} articles; {report.FilesWritten} files written, {report.FilesUnchanged} unchanged, {report.FilesDeleted} deleted; {report.Warnings.Length} warnings, 0 errors in {report.Elapsed.TotalSeconds:0.00} s"));
            return 0;
        }
        catch (BuildFailedException e)
        {
            foreach (var error in e.Errors) stderr.WriteLine($"error: {error}");
            if (options.Strict) stderr.WriteLine("(--strict: warnings count as errors)");
            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"build failed with {e.Errors.Count} errors; {options.OutputFolder} was left as it was"));
            return 1;
        }
    }

    /// <summary>themes/ in the current folder when there is one (a maintainer's checkout), else the
    /// themes that ship beside the program.</summary>
    private static string ThemesFolder(Arguments args)
    {
        if (args.Options.GetValueOrDefault("themes") is { } given) return given;
        return Directory.Exists("themes") ? "themes" : Path.Combine(AppContext.BaseDirectory, "themes");
    }
}
