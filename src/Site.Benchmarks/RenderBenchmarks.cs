using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Site.Config;
using Site.Publishing.Documents;
using Site.Publishing.Pipeline;
using Site.Publishing.Rendering;
using Site.Publishing.Theming;

namespace Site.Benchmarks;

/// <summary>Rendering the sample site's five editions (front pages, page views, article pages and
/// edition.json: what <see cref="RenderEdition.Run"/> makes of an edition), with the default theme's
/// templates compiled and interpreted by Scriban. The editions are parsed once in <see cref="Setup"/>;
/// the views, the templates and the UTF-8 encoding of each page are timed.</summary>
[MemoryDiagnoser]
public class RenderBenchmarks
{
    private ImmutableArray<EditionModel> editions = [];
    private SiteContext site = null!;

    [Params(true, false)]
    public bool Compiled { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var config = SiteConfigReader.Load(Path.Combine(Inputs.Root, "input", "site.yml"));
        var theme = Theme.Load(Path.Combine(Inputs.Root, "themes", "default"), null, Compiled);
        site = new SiteContext(config, theme);
        editions = [.. EditionSource.Discover(Path.Combine(Inputs.Root, "input", "issues")).Select(source => ParseEdition.Run(source, config))];
    }

    /// <summary>Bytes of the files one invocation makes, for the MB/s column (of output); rendered once, however
    /// often the columns ask.</summary>
    public static long Bytes() => OutputBytes.Value;

    private static readonly Lazy<long> OutputBytes = new(() =>
    {
        var benchmark = new RenderBenchmarks { Compiled = true };
        benchmark.Setup();
        return benchmark.Render().Sum(file => (long)file.Content.Length);
    });

    [Benchmark(Description = "RenderEdition.Run, five editions")]
    public int RenderFiveEditions() => Render().Count;

    internal List<Site.Publishing.Output.OutputFile> Render()
    {
        var files = new List<Site.Publishing.Output.OutputFile>();
        var dates = editions.Select(e => e.Date).ToImmutableArray();
        for (var i = 0; i < editions.Length; i++)
        {
            var neighbours = new EditionNeighbours(i > 0 ? dates[i - 1] : null, i + 1 < dates.Length ? dates[i + 1] : null, i == dates.Length - 1, dates);
            files.AddRange(RenderEdition.Run(editions[i], neighbours, site).Files);
        }
        return files;
    }
}
