using System.Globalization;
using Site.CommandLine;
using Site.Config;
using Site.Display;
using Site.Parsing.Diagnostics;
using Site.Publishing.Pipeline;

namespace Site.Cli;

/// <summary>`build [--input input] [--output output] [--base-url URL] [--themes themes] [--cache .site-cache | --no-cache] [--strict]
/// [--interpret-templates]`: the whole site, re-doing only what changed since the last build into the same output folder.
/// --strict fails on warnings too, for a maintainer's CI; --interpret-templates renders with Scriban's
/// interpreter instead of the compiled templates (the same bytes, slower), to rule the compiler out.</summary>
public static class BuildCommand
{
    public static int Run(ParsedArguments args, TextWriter stdout, TextWriter stderr, bool interactive = false)
    {
        var options = Options(args);
        try
        {
            var display = BuildDisplay.For(interactive, stdout, stderr);
            display.Summary(display.Run(progress => SiteBuild.Run(options, progress)));
            return 0;
        }
        catch (DiagnosticException e)
        {
            // A build's errors, or the site.yml or theme it could not start with.
            DiagnosticLines.Write(stderr, e.Diagnostics);
            if (options.Strict) stderr.WriteLine("(--strict: warnings count as errors)");
            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"build failed with {Counted.Of(e.Diagnostics.Length, "error")}; {options.OutputFolder} was left as it was"));
            return 1;
        }
    }

    /// <summary>The options of a build, which `serve` takes too.</summary>
    internal static BuildOptions Options(ParsedArguments args)
    {
        return new BuildOptions(
            args.Get("input", "input"), args.Get("output", "output"), ThemesFolder(args),
            BaseUrlOption(args), args.String("config"),
            args.Has("no-cache") ? null : args.Get("cache", DefaultCache), args.Has("strict"),
            CompileTemplates: !args.Has("interpret-templates"));
    }

    /// <summary>--base-url as given, once it has been read as an absolute http(s) URL (blank: none).</summary>
    internal static string? BaseUrlOption(ParsedArguments args)
    {
        if (args.String("base-url") is not { } given) return null;
        BaseUrl.Parse(given, out var problem);
        return problem is null ? given : throw new UsageException($"--base-url {problem}", args.Command);
    }

    /// <summary>Where the build keeps what lets the next one redo only what changed (kept out of output/,
    /// which archives mirror, and out of git by .gitignore).</summary>
    public const string DefaultCache = ".site-cache";

    /// <summary>themes/ in the current folder when there is one (a maintainer's checkout), else the
    /// themes that ship beside the program.</summary>
    private static string ThemesFolder(ParsedArguments args)
    {
        if (args.String("themes") is { } given) return given;
        return Directory.Exists("themes") ? "themes" : Path.Combine(AppContext.BaseDirectory, "themes");
    }
}
