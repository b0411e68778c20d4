using BenchmarkDotNet.Attributes;
using Site.Config;
using Site.Publishing.Pipeline;
using Site.Publishing.Search;

namespace Site.Benchmarks;

/// <summary>The offline search index of one month: the sample site's articles (input/issues, parsed with its
/// site.yml) filed again day after day until the month holds as many as a daily paper prints (about 48 a
/// day), then indexed. The documents are made once in <see cref="Setup"/>; only the index and its files are
/// timed. A ten-year build indexes 120 such months, on one core beside the rendering.</summary>
[MemoryDiagnoser]
public class SearchIndexBenchmarks
{
    private const int ArticlesPerDay = 48;
    private static readonly IndexUnit Unit = IndexUnit.Month(2025, 8);
    private static readonly Lazy<SearchDocument[]> Month = new(MakeMonth);
    private SearchDocument[] documents = [];

    [GlobalSetup]
    public void Setup() => documents = Month.Value;

    /// <summary>UTF-8 bytes of the text indexed (headlines and bodies), for the MB/s column.</summary>
    public static long Bytes() => Month.Value.Sum(d => Inputs.Utf8Bytes(d.Headline) + Inputs.Utf8Bytes(d.Body));

    private static SearchDocument[] MakeMonth()
    {
        var config = SiteConfigReader.Load(Path.Combine(Inputs.Root, "input", "site.yml"));
        var sample = EditionSource.Discover(Path.Combine(Inputs.Root, "input", "issues"))
            .SelectMany(source => SearchDocument.From(ParseEdition.Run(source, config)))
            .ToArray();
        return [.. Enumerable.Range(0, 31 * ArticlesPerDay).Select(i =>
        {
            var d = sample[i % sample.Length];
            var date = new DateOnly(2025, 8, 1 + i / ArticlesPerDay);
            var (page, number) = (1 + i % ArticlesPerDay / 6, 1 + i % 6);
            return d with { Date = date, Page = page, Number = number, Path = $"{date:yyyy/MM/dd}/{page:00}/{number:00}.html" };
        })];
    }

    /// <summary>Builds the month's index and makes every file; returns their bytes so nothing is skipped.</summary>
    [Benchmark]
    public long IndexMonth() => SearchIndex.Build(Unit, documents).Files.Sum(f => (long)f.Content.Length);
}
