using System.Diagnostics;
using System.Globalization;
using Site.CommandLine;
using Site.Config;
using Site.Corpus.Bench;
using Site.Corpus.Typesetting;
using Site.Parsing;
using Site.Publishing.Imaging;

namespace Site.Corpus.Cli;

/// <summary>`bench-pdf`: the year-of-PDF benchmark. Typesets a run of daily editions of PDF pages (kept in the
/// cache folder, so a year is made once), builds the site of all but the last from empty, then again with the
/// last added, each build a measured child process; and measures, on a sample of the pages, how many pages a second
/// text extraction (the parser reading a PDF by position) and rendering (the 版 view's four widths, made from one
/// pdftoppm drawing of the page) get through on all cores.</summary>
public static class BenchPdfCommand
{
    /// <summary>The cached editions' names (YYYY-MM-DD) and the working folder's: nothing else in the cache is touched.</summary>
    private const string WorkFolder = "site-bench-pdf";

    public static int Run(ParsedArguments o, TextWriter stdout, TextWriter stderr)
    {
        var cache = Path.GetFullPath(o.Required("cache"));
        var editions = o.Int("editions", 365, min: 2, max: 3660);
        var pages = o.Int("pages", 8, min: 1, max: EditionTypesetter.MaxPages);
        var start = o.Date("start") ?? new DateOnly(2023, 1, 1);
        var jobs = o.Int("jobs", Environment.ProcessorCount, min: 1, max: 16);
        var sample = o.Int("sample", 40, min: 1, max: 100_000);
        var timeout = TimeSpan.FromSeconds(o.Int("timeout", 7200, min: 10, max: 86400));
        var root = RepoRoot.Find();
        var dll = o.String("site-dll") is { } given ? Path.GetFullPath(given) : SiteBinary.Build(root, stderr);
        if (!File.Exists(dll)) throw new UsageException($"--site-dll {dll}: no such file", o.Command);
        var material = o.String("material") ?? MaterialLibrary.DefaultFolder(root);

        var dates = Enumerable.Range(0, editions).Select(start.AddDays).ToList();
        var made = Typeset(cache, dates, pages, material, jobs, stdout);
        var files = dates.SelectMany(d => Directory.GetFiles(Path.Combine(cache, Day(d)), "*.pdf")).Order(StringComparer.Ordinal).ToList();
        var load = BenchRow.LoadAverage();
        var (extraction, rendering) = Rates(files, sample, SiteConfigReader.Load(Path.Combine(root, "input", "site.yml")).Parser, stdout);
        var builds = Builds(cache, root, dates, dll, timeout, stdout, stderr);

        stdout.WriteLine();
        stdout.WriteLine(Report(editions, files.Count, pages, made, extraction, rendering, builds, load, Machine.Describe(root), dll));
        return builds.All(b => b.Run.Succeeded) ? 0 : 1;
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A rate over a sample of pages: how many, in what wall time and CPU time.</summary>
    private sealed record Rate(int Pages, TimeSpan Wall, TimeSpan Cpu)
    {
        public string PerSecond => string.Create(CultureInfo.InvariantCulture,
            $"{Pages / Wall.TotalSeconds:0.0} pages/s ({Pages / Cpu.TotalSeconds:0.0} per CPU-second; {Pages} pages, {Wall.TotalSeconds:0.0} s wall, {Cpu.TotalSeconds:0.0} s CPU)");
    }

    private sealed record Build(string Name, int Editions, Measurement Run);

    /// <summary>Each day's edition, typeset where the cache does not hold it yet (seed: the day's ordinal), in one
    /// browser; an edition is written under a temporary name and moved into place, so a run stopped half-way
    /// leaves no half edition.</summary>
    /// <returns>How many editions were typeset, and how long it took.</returns>
    private static (int Count, TimeSpan Wall) Typeset(string cache, List<DateOnly> dates, int pages, string material, int jobs, TextWriter stdout)
    {
        Directory.CreateDirectory(cache);
        var missing = dates.Select((d, i) => (Date: d, Seed: i + 1)).Where(d => !File.Exists(Path.Combine(cache, Day(d.Date), "edition.yml"))).ToList();
        stdout.WriteLine($"{dates.Count - missing.Count} of {dates.Count} editions in {cache}; typesetting {missing.Count}");
        if (missing.Count == 0) return (0, TimeSpan.Zero);
        var clock = Stopwatch.StartNew();
        var work = Directory.CreateTempSubdirectory("site-bench-pdf-").FullName;
        try
        {
            var planner = new PagePlanner(MaterialLibrary.Load(material));
            var printer = PdfPrinter.Find(Path.Combine(work, "profile"));
            using var session = PrintSession.Start(printer.Chromium);
            var done = 0;
            Parallel.ForEach(missing, new ParallelOptions { MaxDegreeOfParallelism = jobs }, day =>
            {
                var part = Path.Combine(cache, $".part-{Day(day.Date)}");
                if (Directory.Exists(part)) Directory.Delete(part, recursive: true);
                EditionTypesetter.Write(part, day.Date, pages, day.Seed, planner, printer.With(session), Path.Combine(work, Day(day.Date)));
                Directory.Move(part, Path.Combine(cache, Day(day.Date)));
                var n = Interlocked.Increment(ref done);
                lock (stdout) stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  typeset {Day(day.Date)} ({n}/{missing.Count}, {clock.Elapsed.TotalSeconds:0} s)"));
            });
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
        return (missing.Count, clock.Elapsed);
    }

    /// <summary>Text extraction and rendering, each over the same pages spread evenly through the run, on all cores.</summary>
    private static (Rate Extraction, Rate Rendering) Rates(List<string> files, int sample, Site.Parsing.Rules.ParserRules rules, TextWriter stdout)
    {
        var picked = Enumerable.Range(0, Math.Min(sample, files.Count)).Select(i => files[(int)((long)i * files.Count / Math.Min(sample, files.Count))]).ToList();
        stdout.WriteLine($"text extraction and rendering of {picked.Count} pages…");
        var printed = new Site.Parsing.Model.PrintedPage[picked.Count];
        IssueFile.Parse(picked[0], rules);   // the parser's code compiled before it is timed
        var extraction = Timed(() => Parallel.For(0, picked.Count, i => printed[i] = IssueFile.Parse(picked[i], rules).Printed[0]), children: false, picked.Count);

        var pdftoppm = Pdftoppm.Find() ?? throw new InvalidOperationException(Pdftoppm.MissingNote);
        var drawer = new PageDrawer(new PageRenderer(pdftoppm));
        // The whole page at each of the 版 view's widths, made from one drawing as a build makes them; photos,
        // which depend on the parse, are not made.
        var rendering = Timed(() => Parallel.For(0, picked.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var specs = PageImageSizes.Page.Select(width => RasterSpec.WholePage(printed[i], width)).ToList();
            drawer.Draw(picked[i], MasterSpec.For(printed[i], specs), specs);
        }), children: true, picked.Count);
        return (extraction, rendering);
    }

    /// <summary>Runs <paramref name="work"/>, measuring its wall time and the CPU time of this process, and with
    /// <paramref name="children"/> that of its child processes (pdftoppm) too.</summary>
    private static Rate Timed(Action work, bool children, int pages)
    {
        static TimeSpan Cpu(bool children) => Process.GetCurrentProcess().TotalProcessorTime
                                              + (children ? ResourceUsage.Children()?.Cpu ?? TimeSpan.Zero : TimeSpan.Zero);
        var before = Cpu(children);
        var clock = Stopwatch.StartNew();
        work();
        return new Rate(pages, clock.Elapsed, Cpu(children) - before);
    }

    /// <summary>The build of every edition but the last, from empty; then the build after the last is added, as a
    /// new day's edition is: its pages neither parsed nor drawn before.</summary>
    private static List<Build> Builds(string cache, string root, List<DateOnly> dates, string dll, TimeSpan timeout, TextWriter stdout, TextWriter stderr)
    {
        var work = Path.Combine(cache, WorkFolder);
        if (Directory.Exists(work)) Directory.Delete(work, recursive: true);
        var issues = Directory.CreateDirectory(Path.Combine(work, "input", "issues")).FullName;
        File.Copy(Path.Combine(root, "input", "site.yml"), Path.Combine(work, "input", "site.yml"));
        void Link(DateOnly d) => Directory.CreateSymbolicLink(Path.Combine(issues, Day(d)), Path.Combine(cache, Day(d)));
        foreach (var d in dates.SkipLast(1)) Link(d);
        var (output, buildCache) = (Path.Combine(work, "output"), Path.Combine(work, "cache"));
        string[] args = [dll, "build", "--input", Path.Combine(work, "input"), "--output", output, "--cache", buildCache, "--themes", Path.Combine(root, "themes")];
        var builds = new List<Build>();

        Build Measure(string name, int editions)
        {
            stdout.WriteLine($"{name} build of {editions} editions…");
            var build = new Build(name, editions, ChildProcessMeter.Run(SiteBinary.Dotnet(), args, timeout));
            stdout.WriteLine("  " + SiteBinary.Tail(build.Run.Stdout, 1));
            if (!build.Run.Succeeded) stderr.WriteLine(SiteBinary.Tail(build.Run.Stderr, 20));
            builds.Add(build);
            return build;
        }

        if (!Measure("full", dates.Count - 1).Run.Succeeded) return builds;
        Link(dates[^1]);
        Measure("+1 edition", dates.Count);
        return builds;
    }

    private static string Report(int editions, int pages, int perEdition, (int Count, TimeSpan Wall) made, Rate extraction, Rate rendering,
        List<Build> builds, string load, Machine machine, string dll)
    {
        static string S(TimeSpan? t) => t is { } v ? v.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) : "?";
        var lines = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"## A run of PDF editions: {editions} editions of {perEdition} pages ({pages} pages)"),
            "",
            $"Machine: {machine}; commit {machine.Commit}; load average before measuring {load}; site.dll {dll}.",
            made.Count == 0 ? "All editions were in the cache." : string.Create(CultureInfo.InvariantCulture,
                $"Typeset {made.Count} editions in {made.Wall.TotalMinutes:0.0} min."),
            "",
            $"- text extraction (the parser reading a PDF by position): {extraction.PerSecond}",
            $"- rendering (one pdftoppm drawing of the whole page, made into {string.Join(", ", PageImageSizes.Page)} px JPEGs): {rendering.PerSecond}",
            "",
            "| build | editions | wall s | CPU s | peak MiB | pages/s (wall) |",
            "| --- | ---: | ---: | ---: | ---: | ---: |",
        };
        foreach (var b in builds)
            lines.Add(string.Create(CultureInfo.InvariantCulture,
                $"| {b.Name}{(b.Run.Succeeded ? "" : " (failed)")} | {b.Editions} | {S(b.Run.Wall)} | {S(b.Run.Cpu)} | {b.Run.PeakRssMiB?.ToString("0", CultureInfo.InvariantCulture) ?? "?"} | {(b.Name == "full" ? (pages * (b.Editions / (double)editions) / b.Run.Wall.TotalSeconds).ToString("0.0", CultureInfo.InvariantCulture) : "")} |"));
        return string.Join('\n', lines);
    }
}
