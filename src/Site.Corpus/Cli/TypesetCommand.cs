using System.Diagnostics;
using System.Globalization;
using Site.Corpus.Typesetting;
using Site.CommandLine;

namespace Site.Corpus.Cli;

/// <summary>`typeset`: lays real articles out as newspaper pages, prints them to PDF and extracts their text.</summary>
public static class TypesetCommand
{
    public static int Run(ParsedArguments o, TextWriter stdout)
    {
        var folder = Path.GetFullPath(o.Required("out"));
        var papers = (o.String("papers") ?? string.Join(",", Paper.All.Select(p => p.Id)))
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(id => Paper.All.FirstOrDefault(p => p.Id == id) ?? throw new UsageException($"--papers takes {string.Join(", ", Paper.All.Select(p => p.Id))}, not \"{id}\""))
            .ToList();
        var material = MaterialLibrary.Load(o.String("material") ?? MaterialLibrary.DefaultFolder(RepoRoot.Find()));
        Clear(folder);
        var clock = Stopwatch.StartNew();
        var options = new Typesetter.Options(folder, o.Int("pages", 4, min: 1, max: 1000), o.Int("seed", 42, min: 0), papers, o.Has("keep-html"), o.Int("jobs", 1, min: 1, max: 8), o.Has("pdf"), o.Has("print-each"));
        new Typesetter(material, stdout).Run(options);
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{material.Count} source articles; done in {clock.Elapsed.TotalSeconds:0} s"));
        return 0;
    }

    /// <summary>Pages of an earlier run are removed (only what typeset writes), so none lingers; READMEs stay.</summary>
    private static void Clear(string folder)
    {
        foreach (var split in new[] { PagePlanner.Tune, PagePlanner.Heldout })
        {
            var dir = Path.Combine(folder, split);
            if (!Directory.Exists(dir)) continue;
            foreach (var f in Directory.GetFiles(dir).Where(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".gold.json", StringComparison.Ordinal) || f.EndsWith(".pdf", StringComparison.Ordinal)))
                File.Delete(f);
        }
        var html = Path.Combine(folder, "html");
        if (Directory.Exists(html)) Directory.Delete(html, recursive: true);
    }
}
