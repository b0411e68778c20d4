using System.Diagnostics;
using System.Globalization;
using Site.Corpus.Material;
using Site.Corpus.Output;
using Site.CommandLine;

namespace Site.Corpus.Cli;

/// <summary>`generate`: writes a corpus folder.</summary>
public static class GenerateCommand
{
    public static int Run(ParsedArguments o, TextWriter stdout)
    {
        var spec = CorpusOptions.Spec(o, o.Int("years", 1, min: 1, max: 100));
        var folder = Path.GetFullPath(o.Required("out"));
        Clear(folder, o.Has("force"));

        var clock = Stopwatch.StartNew();
        var workspace = Workspace.Load();
        var stats = CorpusWriter.Write(folder, spec, workspace.Material, workspace.SiteYml);
        stdout.WriteLine(Describe(stats, folder, clock.Elapsed));
        return 0;
    }

    /// <summary>A corpus is written into an empty place, so no edition of an earlier, longer one lingers.</summary>
    public static void Clear(string folder, bool force)
    {
        var issues = Path.Combine(folder, "issues");
        if (!Directory.Exists(issues)) return;
        if (!force) throw new UsageException($"{issues} already exists; pass --force to replace it");
        Directory.Delete(issues, recursive: true);
    }

    public static string Describe(CorpusStats s, string folder, TimeSpan elapsed) => string.Create(CultureInfo.InvariantCulture,
        $"{folder}: {s.Editions} editions, {s.Pages} pages, {s.Articles} articles, {s.Bytes / 1e6:0.0} MB of raw text in {elapsed.TotalSeconds:0.0} s");
}
