using System.Globalization;
using Site.CommandLine;
using Site.Corpus.Bench;
using Site.Corpus.Material;

namespace Site.Corpus.Cli;

/// <summary>`bench`: the whole-build benchmark. For each corpus size: a full build, then the rebuilds
/// after one more edition (mid-year, then opening a new year: the latter for every corpus once all full
/// builds are done), each a measured child process.</summary>
public static class BenchCommand
{
    /// <summary>Room kept free for build output, per year of corpus (a guess at a rendered site's size, generous).</summary>
    private const long OutputBytesPerYear = 500L << 20;

    public static int Run(ParsedArguments o, TextWriter stdout, TextWriter stderr)
    {
        var years = o.Ints("years", [1, 3, 10], max: 50);
        var timeout = TimeSpan.FromSeconds(o.Int("timeout", 1800, min: 10, max: 86400));
        // A published site (feeds, sitemaps, robots.txt need absolute URLs); the corpus, like the sample, has none.
        string[] published = o.String("base-url") is { Length: > 0 } baseUrl ? ["--base-url", baseUrl] : [];
        var cache = Path.GetFullPath(o.String("cache") ?? Path.GetTempPath());
        var workspace = Workspace.Load();
        var dll = o.String("site-dll") is { } given ? Path.GetFullPath(given) : SiteBinary.Build(workspace.Root, stderr);
        if (!File.Exists(dll)) throw new UsageException($"--site-dll {dll}: no such file");
        var bench = new Bench(dll, published, cache, timeout, o.Has("keep"), stdout, stderr);

        var notes = new List<string>();
        if (o.String("note") is { Length: > 0 } note) notes.Add("- " + note);
        // On ext4 without a journal, a new file's inode is not taken from those freed in the last one to five
        // minutes (recently_deleted in fs/ext4/ialloc.c), and passing over them one by one makes creating
        // files several times slower after many deletions. So nothing is deleted while builds are measured:
        // folders in the way are moved aside and everything is deleted at the end; and the new year's builds,
        // which delete thousands of stale files each, run after every full build.
        try
        {
            var corpora = Corpora(o, years, bench, workspace, notes);
            var built = FullBuilds(corpora, bench);
            NewYearBuilds(built, bench);
        }
        finally
        {
            foreach (var folder in bench.ToDelete) DeleteOutput(folder);
        }
        return Report(o, [.. bench.Rows.OrderBy(r => r.Years).ThenBy(r => Array.IndexOf(BuildOrder, r.Build))], notes, workspace, dll, stdout);
    }

    /// <summary>What every measured build of a run shares, and what the run collects: its rows, and the
    /// folders to delete once measuring is over.</summary>
    private sealed record Bench(string Dll, string[] Published, string Cache, TimeSpan Timeout, bool Keep, TextWriter Stdout, TextWriter Stderr)
    {
        public List<BenchRow> Rows { get; } = [];

        public List<string> ToDelete { get; } = [];

        public Measurement Measure(int years, string build, long bytes, int editions, string input, string output, string buildCache) =>
            BenchCommand.Measure(Rows, years, build, bytes, editions, Dll, Published, input, output, buildCache, Timeout, Stdout, Stderr);
    }

    /// <summary>Every corpus first: making one anew deletes the old one's files, which must not land between
    /// the builds measured.</summary>
    private static List<(int Years, CorpusCache Corpus)> Corpora(ParsedArguments o, IEnumerable<int> years, Bench bench, Workspace workspace, List<string> notes)
    {
        var corpora = new List<(int Years, CorpusCache Corpus)>();
        foreach (var n in years)
        {
            var spec = CorpusOptions.Spec(o, n);
            EnsureRoom(bench.Cache, n);
            var corpus = CorpusCache.Ensure(bench.Cache, spec, workspace);
            bench.Stdout.WriteLine(GenerateCommand.Describe(corpus.Stats, corpus.Folder, corpus.Generated ?? TimeSpan.Zero)
                                   + (corpus.Generated is null ? " (reused)" : ""));
            if (corpus.Generated is { } took)
                notes.Add(string.Create(CultureInfo.InvariantCulture,
                    $"- Generating the {n}-year corpus ({corpus.Stats.Articles:N0} articles, {corpus.Stats.Bytes / 1e6:0} MB) took {took.TotalSeconds:0.0} s."));
            corpora.Add((n, corpus));
        }
        if (corpora.Any(c => c.Corpus.ReplacedOld) && !o.Has("no-settle"))
        {
            bench.Stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"an older corpus was deleted: waiting {Settle.TotalMinutes:0} minutes before measuring, while new files' inodes would pass over the freed ones (--no-settle skips this)"));
            Thread.Sleep(Settle);
        }
        return corpora;
    }

    /// <summary>Each corpus's full build, then the rebuild after its last edition (mid-year).</summary>
    /// <returns>The corpora built, with their output and build cache.</returns>
    private static List<(int Years, CorpusCache Corpus, string Output, string BuildCache)> FullBuilds(List<(int Years, CorpusCache Corpus)> corpora, Bench bench)
    {
        var built = new List<(int Years, CorpusCache Corpus, string Output, string BuildCache)>();
        foreach (var (n, corpus) in corpora)
        {
            var output = Path.Combine(bench.Cache, $"site-bench-out-{n}");
            var buildCache = Path.Combine(bench.Cache, $"site-bench-cache-{n}");
            // The full build starts clean and writes the cache the +1 build uses.
            foreach (var folder in new[] { output, buildCache })
                if (MoveAside(folder) is { } aside) bench.ToDelete.Add(aside);
            try
            {
                var full = bench.Measure(n, "full", corpus.Stats.Bytes, corpus.Stats.Editions, corpus.Folder, output, buildCache);
                if (!full.Succeeded) continue;
                // Most days join a year already built. So: build without the last day (not measured), then
                // add it back.
                var aside = Path.Combine(bench.Cache, $"site-bench-held-{n}");
                var dir = corpus.HoldBackLastEdition(aside);
                try
                {
                    var prep = ChildProcessMeter.Run(SiteBinary.Dotnet(), BuildArgs(bench.Dll, bench.Published, corpus.Folder, output, buildCache), bench.Timeout);
                    if (!prep.Succeeded) bench.Stderr.WriteLine(SiteBinary.Tail(prep.Stderr, 20));
                    corpus.RestoreLastEdition(aside, dir);
                    bench.Measure(n, "+1 mid-year", corpus.Stats.Bytes, corpus.Stats.Editions, corpus.Folder, output, buildCache);
                }
                finally
                {
                    corpus.RestoreLastEdition(aside, dir);
                }
                built.Add((n, corpus, output, buildCache));
            }
            finally
            {
                if (!bench.Keep) bench.ToDelete.AddRange([output, buildCache]);
            }
        }
        return built;
    }

    /// <summary>The day after the last opens a new year (the last year's months fold into one search unit).</summary>
    private static void NewYearBuilds(List<(int Years, CorpusCache Corpus, string Output, string BuildCache)> built, Bench bench)
    {
        foreach (var (n, corpus, output, buildCache) in built)
        {
            bench.Stdout.WriteLine($"{corpus.Folder}:");
            var extra = corpus.AddNextEdition();
            try
            {
                bench.Measure(n, "+1 edition", corpus.Stats.Bytes + extra.Bytes, corpus.Stats.Editions + 1, corpus.Folder, output, buildCache);
            }
            finally
            {
                corpus.RemoveNextEdition();
            }
        }
    }

    private static int Report(ParsedArguments o, List<BenchRow> rows, List<string> notes, Workspace workspace, string dll, TextWriter stdout)
    {
        stdout.WriteLine();
        stdout.WriteLine($"## {BenchReport.Kind(rows).Title}");
        stdout.WriteLine();
        stdout.WriteLine(BenchReport.Table(rows));
        if (!o.Has("no-doc"))
        {
            var doc = Path.Combine(workspace.Root, "docs", "whole-build-benchmark.md");
            var site = o.Has("site-dll") ? $"site.dll given with --site-dll ({dll})" : "site.dll built from it in Release";
            BenchReport.Write(doc, rows, Machine.Describe(workspace.Root), site, Command([.. o.Given]), notes);
            stdout.WriteLine();
            stdout.WriteLine($"written to {Path.GetRelativePath(workspace.Root, doc)}");
        }
        return rows.All(r => r.Run.Succeeded) ? 0 : 1;
    }

    /// <summary>One `site build` of the benchmark, measured or not: the same arguments for both.</summary>
    private static string[] BuildArgs(string dll, string[] site, string input, string output, string buildCache) =>
        [dll, "build", "--input", input, "--output", output, "--cache", buildCache, .. site];

    /// <summary>The order of a corpus's rows in the results (not the order they are measured in).</summary>
    private static readonly string[] BuildOrder = ["full", "+1 mid-year", "+1 edition"];

    /// <summary>The command line as a reader would retype it; the note is already in the results.</summary>
    private static string Command(List<string> args)
    {
        var shown = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--note") { i++; continue; }
            if (args[i].StartsWith("--note=", StringComparison.Ordinal)) continue;
            shown.Add(args[i].Any(char.IsWhiteSpace) ? $"'{args[i]}'" : args[i]);
        }
        return string.Join(' ', ["dotnet run -c Release --project src/Site.Corpus -- bench", .. shown]);
    }

    private static Measurement Measure(List<BenchRow> rows, int years, string build, long rawBytes, int editions, string dll,
        string[] site, string input, string output, string buildCache, TimeSpan timeout, TextWriter stdout, TextWriter stderr)
    {
        stdout.WriteLine($"  {years} year(s), {build} build…");
        // What earlier builds (or corpus generation) wrote is still being flushed to disk; flushed now,
        // it is not billed to this build, which starts, as on a fresh machine, with nothing pending.
        FlushWrites();
        var load = BenchRow.LoadAverage();
        var run = ChildProcessMeter.Run(SiteBinary.Dotnet(), BuildArgs(dll, site, input, output, buildCache), timeout);
        var (files, bytes) = Size(output);
        var row = new BenchRow(years, build, rawBytes / 1e6, run, editions, files, bytes / 1e6, load);
        rows.Add(row);
        stdout.WriteLine("  " + SiteBinary.Tail(run.Stdout, 1));
        stdout.WriteLine("  " + row.Row());
        if (!run.Succeeded) stderr.WriteLine(SiteBinary.Tail(run.Stderr, 20));
        return run;
    }

    private static (long Files, long Bytes) Size(string folder)
    {
        if (!Directory.Exists(folder)) return (0, 0);
        var files = new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories).ToList();
        return (files.Count, files.Sum(f => f.Length));
    }

    /// <summary>Only ever deletes the folders this command names site-bench-out-N and site-bench-cache-N
    /// (or moved aside from those names).</summary>
    private static void DeleteOutput(string folder)
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }

    private static void FlushWrites()
    {
        if (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS()) Sync();
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "sync")]
    private static extern void Sync();

    /// <summary>Renames a leftover folder out of the way (one rename, nothing deleted yet).</summary>
    /// <returns>Where it went, or null when there was nothing there.</returns>
    private static string? MoveAside(string folder)
    {
        if (!Directory.Exists(folder)) return null;
        var aside = $"{folder}-old-{Guid.NewGuid():N}";
        Directory.Move(folder, aside);
        return aside;
    }

    /// <summary>Refuses to start a size the disk cannot hold: the corpus plus room for output.</summary>
    /// <summary>How long freed inodes stay "recently deleted" at the most: a minute, five more while their
    /// inode table block is not yet written back.</summary>
    private static readonly TimeSpan Settle = TimeSpan.FromMinutes(6);

    private static void EnsureRoom(string cache, int years)
    {
        Directory.CreateDirectory(cache);
        var needed = years * (50L << 20) + years * OutputBytesPerYear + (1L << 30);
        long free;
        try
        {
            free = new DriveInfo(cache).AvailableFreeSpace;
        }
        catch (Exception e) when (e is ArgumentException or IOException)
        {
            return;   // cannot tell; the build will fail loudly if the disk fills
        }
        if (free < needed)
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"{cache} has {free / 1e9:0.0} GB free; a {years}-year run wants about {needed / 1e9:0.0} GB (use --cache elsewhere or fewer --years)"));
    }
}
