using BenchmarkDotNet.Attributes;
using Site.Publishing.Check;
using Site.Publishing.Output;

namespace Site.Benchmarks;

/// <summary>Checking pages as a build and `site check` do (<see cref="SiteChecker.Add"/>): the sample's five
/// editions' HTML pages (fronts, page views, articles), scanned for links and ids (<see cref="PageValidation.Scan"/>,
/// what a build does) or also parsed by AngleSharp for well-formedness (<see cref="PageValidation.Full"/>, what
/// `check` does). MB/s counts the pages' bytes. A ten-year archive is about 1.3 GB of such pages.</summary>
[MemoryDiagnoser]
public class CheckBenchmarks
{
    private OutputFile[] pages = [];

    [Params(PageValidation.Scan, PageValidation.Full)]
    public PageValidation Validation { get; set; }

    [GlobalSetup]
    public void Setup() => pages = Pages.Value;

    /// <summary>Bytes of the pages one invocation checks, for the MB/s column.</summary>
    public static long Bytes() => Pages.Value.Sum(page => (long)page.Content.Length);

    private static readonly Lazy<OutputFile[]> Pages = new(() =>
    {
        var render = new RenderBenchmarks { Compiled = true };
        render.Setup();
        return [.. render.Render().Where(file => file.Path.EndsWith(".html", StringComparison.Ordinal))];
    });

    [Benchmark(Description = "SiteChecker.Add, the sample's pages")]
    public int CheckPages()
    {
        var checker = new SiteChecker("https://example.org/paper", Validation);
        foreach (var page in pages) checker.Add(page);
        return pages.Length;
    }
}
