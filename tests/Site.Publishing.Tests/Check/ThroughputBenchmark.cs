using System.Diagnostics;
using System.Globalization;
using System.Text;
using Site.Publishing.Check;
using Site.Publishing.Output;
using Xunit.Abstractions;

namespace Site.Publishing.Tests.Check;

/// <summary>
/// How fast pages are checked, in MB/s, on the realistic article page. A ten-year archive is ~200,000 such
/// pages (~1.3 GB), which a build on two cores should check in ~15 s: ~45 MB/s per core at the least.
/// Numbers are also given per CPU-second of the process, which stay meaningful on a shared, busy machine
/// (run this test alone: other tests running beside it would count too).
/// Runs briefly as a test; set SITE_BENCH_SECONDS (e.g. 3) for steadier numbers, and see them with
/// <c>dotnet test --logger "console;verbosity=detailed" --filter ThroughputBenchmark</c>.
/// </summary>
public class ThroughputBenchmark(ITestOutputHelper output)
{
    private static readonly double Seconds =
        double.TryParse(Environment.GetEnvironmentVariable("SITE_BENCH_SECONDS"), CultureInfo.InvariantCulture, out var s) ? s : 0.3;

    private static readonly byte[] Page = Encoding.UTF8.GetBytes(ArticlePage.Html());

    [Fact]
    public void The_realistic_page_passes_both_validations()
    {
        foreach (var validation in new[] { PageValidation.Scan, PageValidation.Full })
        {
            var checker = new SiteChecker("https://example.org/paper", validation);
            checker.Add(new OutputFile(ArticlePage.Path, Page));
            foreach (var target in ArticlePage.Targets())
                checker.Add(target.EndsWith(".html", StringComparison.Ordinal) ? Pages.Html(target, "") : new OutputFile(target, []));
            Assert.Empty(checker.Finish());
        }
    }

    [Fact]
    public void Measure_pages_per_second_for_the_scanner_and_for_angle_sharp()
    {
        output.WriteLine($"page: {Page.Length} bytes, {HtmlScanner.Scan(ArticlePage.Html()).Links.Length} links; {Environment.ProcessorCount} cores");
        Report("scanner alone (decode + scan)", 1, _ => () => HtmlScanner.Scan(Encoding.UTF8.GetString(Page)));
        Report("AngleSharp full parse alone", 1, _ => () => HtmlParseErrors.Find(Encoding.UTF8.GetString(Page)));
        foreach (var threads in new[] { 1, 2 })
        {
            Report("SiteChecker.Add, Scan (build)", threads, Adder(PageValidation.Scan));
            Report("SiteChecker.Add, Full (check verb)", threads, Adder(PageValidation.Full));
        }
    }

    /// <summary>Adds the page under a different date each time, so links resolve and wait as in a real archive.</summary>
    private static Func<int, Action> Adder(PageValidation validation)
    {
        var checker = new SiteChecker("https://example.org/paper", validation);
        var day = 0;
        return _ => () =>
        {
            var date = new DateOnly(2000, 1, 1).AddDays(Interlocked.Increment(ref day));
            checker.Add(new OutputFile(date.ToString("yyyy'/'MM'/'dd", CultureInfo.InvariantCulture) + "/01/03.html", Page));
        };
    }

    private void Report(string name, int threads, Func<int, Action> work)
    {
        for (var i = 0; i < 50; i++) work(0)();
        var pages = 0L;
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, t =>
        {
            var once = work(t);
            var n = 0L;
            while (clock.Elapsed.TotalSeconds < Seconds)
            {
                for (var i = 0; i < 20; i++) once();
                n += 20;
            }
            Interlocked.Add(ref pages, n);
        });
        var seconds = clock.Elapsed.TotalSeconds;
        process.Refresh();
        var cpuSeconds = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        var mbPerSecond = pages * Page.Length / seconds / 1e6;
        var mbPerCpuSecond = pages * Page.Length / cpuSeconds / 1e6;
        // Per CPU-second (GC and JIT threads included) is the number that holds on a busy machine.
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}, {threads} thread(s): {mbPerSecond:F0} MB/s wall, {mbPerCpuSecond:F0} MB/s per CPU-second, {pages / seconds:F0} pages/s; 1.3 GB on 2 cores ≈ {1300 / (2 * mbPerCpuSecond):F1} s of CPU each"));
    }
}
