using BenchmarkDotNet.Attributes;
using Site.Config;
using Site.Publishing.Documents;
using Site.Publishing.Pipeline;
using Site.Publishing.Search;

namespace Site.Benchmarks;

/// <summary>The offline search index of one month, and of one year: the sample site's articles (input/issues,
/// parsed with its site.yml) filed again day after day until each day holds as many as a daily paper prints
/// (about 48), then indexed. The documents are made once in <see cref="Setup"/>; only the index and its files
/// are timed. A ten-year build indexes nine past years as one unit each and the newest year by month, on one
/// core beside the rendering.</summary>
[MemoryDiagnoser]
public class SearchIndexBenchmarks
{
    private const int ArticlesPerDay = 48;
    private static readonly Lazy<SearchDocument[]> Sample = new(ParseSample);
    private static readonly Lazy<SearchDocument[]> Month = new(() => MakeDays(new DateOnly(2025, 8, 1), 31));
    private static readonly Lazy<SearchDocument[]> Year = new(() => MakeDays(new DateOnly(2024, 1, 1), 366));
    private SearchDocument[] month = [];
    private SearchDocument[] year = [];

    [GlobalSetup]
    public void Setup() => (month, year) = (Month.Value, Year.Value);

    /// <summary>UTF-8 bytes of the text <paramref name="method"/> indexes (headlines and bodies), for the MB/s column.</summary>
    public static long Bytes(string method) =>
        (method == nameof(IndexYear) ? Year : Month).Value.Sum(d => Inputs.Utf8Bytes(d.Headline) + Inputs.Utf8Bytes(d.Body));

    /// <summary>The sample site's articles as search documents, parsed once for both benchmarks.</summary>
    private static SearchDocument[] ParseSample()
    {
        var config = SiteConfigReader.Load(Path.Combine(Inputs.Root, "input", "site.yml"));
        return [.. EditionSource.Discover(Path.Combine(Inputs.Root, "input", "issues"))
            .SelectMany(source => SearchDocument.From(ParseEdition.Run(source, config)))];
    }

    private static SearchDocument[] MakeDays(DateOnly first, int days)
    {
        var sample = Sample.Value;
        return [.. Enumerable.Range(0, days * ArticlesPerDay).Select(i =>
        {
            var d = sample[i % sample.Length];
            var date = first.AddDays(i / ArticlesPerDay);
            var (page, number) = (1 + i % ArticlesPerDay / 6, 1 + i % 6);
            return d with { Date = date, Page = page, Number = number, Path = $"{date:yyyy/MM/dd}/{page:00}/{number:00}.html" };
        })];
    }

    /// <summary>Builds the month's index and makes every file; returns their bytes so nothing is skipped.</summary>
    [Benchmark]
    public long IndexMonth() => SearchIndex.Build(IndexUnit.Month(2025, 8), month).Files.Sum(f => (long)f.Content.Length);

    /// <summary>A past year, one unit: twelve times the text, indexed in one pass over lists twelve times as long.</summary>
    [Benchmark]
    public long IndexYear() => SearchIndex.Build(IndexUnit.Year(2024), year).Files.Sum(f => (long)f.Content.Length);
}
