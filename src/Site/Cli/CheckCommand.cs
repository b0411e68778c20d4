using System.Globalization;
using Site.CommandLine;
using Site.Config;
using Site.Publishing.Check;
using Site.Publishing.Documents;
using Site.Publishing.Pipeline;

namespace Site.Cli;

/// <summary>`check [--output output]`: validates a built site — every internal link and asset resolves,
/// every page is well-formed, nothing links outside the site except where a standard requires it.</summary>
public static class CheckCommand
{
    public static int Run(ParsedArguments args, TextWriter stdout, TextWriter stderr)
    {
        var output = args.Get("output", "output");
        if (!Directory.Exists(output)) throw new Site.Publishing.Documents.InputException(output, 0, Site.Publishing.Documents.InputCodes.Layout, "no such folder", "build the site first");
        var baseUrl = args.Has("base-url") ? BaseUrl.Parse(BuildCommand.BaseUrlOption(args)!, out _) : ConfigLocator.Load(args, args.Get("input", "input"), stderr).BaseUrl;
        var problems = SiteChecker.CheckFolder(output, baseUrl);
        foreach (var p in problems) stderr.WriteLine($"error: {(p.File.Length == 0 ? p : p with { File = Path.Combine(output, p.File) })}");
        var files = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Count();
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Counted.Of(files, "file")} checked, {Counted.Of(problems.Length, "problem")}"));
        return problems.IsEmpty ? 0 : 1;
    }
}
