using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Site.Benchmarks;
using Site.Parsing;

// dotnet run -c Release --project src/Site.Benchmarks -- --filter '*'            full BenchmarkDotNet run
// dotnet run -c Release --project src/Site.Benchmarks -- --filter '*' --job short  quicker, rougher
// dotnet run -c Release --project src/Site.Benchmarks -- --smoke                  seconds: a Stopwatch sanity check
if (args.Contains("--smoke")) return Smoke();

var config = DefaultConfig.Instance
    .AddColumn(ThroughputColumn.FromMean, ThroughputColumn.FromMedian, StatisticColumn.Median)
    .WithSummaryStyle(SummaryStyle.Default.WithMaxParameterColumnWidth(32));
var summaries = BenchmarkSwitcher.FromAssembly(typeof(ParserBenchmarks).Assembly).Run(args, config);
PrintThroughput(summaries);
return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;

static void PrintThroughput(IEnumerable<Summary> summaries)
{
    foreach (var summary in summaries)
    {
        var rows = summary.BenchmarksCases
            .Select(c => (Case: c, Mbs: ThroughputColumn.MegabytesPerSecond(summary, c), Bytes: ThroughputColumn.BytesOf(c),
                Median: ThroughputColumn.MegabytesPerSecond(summary, c, fromMedian: true)))
            .Where(r => r.Mbs is not null)
            .ToList();
        if (rows.Count == 0) continue;
        Console.WriteLine();
        Console.WriteLine($"Throughput, one core ({summary.Title}):");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {"benchmark",-44} {"bytes",9}  {"mean ms",9}  {"MB/s",7}  {"median MB/s",11}"));
        foreach (var (c, mbs, bytes, median) in rows)
        {
            var mean = summary[c]!.ResultStatistics!.Mean;
            var input = c.Parameters.Items.FirstOrDefault(p => p.Name == nameof(ParserBenchmarks.Input))?.Value;
            var name = input is null ? c.Descriptor.WorkloadMethodDisplayInfo : $"{c.Descriptor.WorkloadMethodDisplayInfo} {input}";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {name,-44} {bytes,9:N0}  {mean / 1e6,9:N3}  {mbs,7:N1}  {median,11:N1}"));
        }
    }
}

static int Smoke()
{
    var rules = Inputs.SiteRules();
    var inputs = ParserBenchmarks.InputNames().ToList();
    Console.WriteLine($"Smoke run (Stopwatch, not BenchmarkDotNet; Debug builds are slower): {Inputs.Root}");
    // Warm up for a second so tiered JIT has promoted the parser's hot methods before anything is timed.
    for (var warm = Stopwatch.StartNew(); warm.ElapsedMilliseconds < 1000;)
        foreach (var (n, t) in Inputs.Seeds) IssueParser.Parse(t, n, rules);
    foreach (var input in inputs)
    {
        var texts = ParserBenchmarks.Texts(input);
        var bytes = ParserBenchmarks.Bytes(input);
        var watch = Stopwatch.StartNew();
        var runs = 0;
        var articles = 0;
        while (watch.ElapsedMilliseconds < 500 || runs < 10)
        {
            foreach (var (n, t) in texts) articles += IssueParser.Parse(t, n, rules).Articles.Length;
            runs++;
        }
        var seconds = watch.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {input,-26} {bytes,9:N0} B  {seconds / runs * 1e3,8:N3} ms  {bytes * runs / seconds / 1e6,7:N1} MB/s  ({articles / runs} articles)"));
        if (articles == 0) { Console.Error.WriteLine($"no articles parsed from {input}"); return 1; }
    }
    return 0;
}
