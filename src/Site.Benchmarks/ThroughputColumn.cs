using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Site.Benchmarks;

/// <summary>"MB/s": UTF-8 bytes of input parsed (or indexed) per second (MB = 10^6 bytes), from the benchmark's mean
/// time (or, for the second column, its median, which shrugs off the spikes a shared machine adds).
/// Benchmarks run on one thread, so this is the throughput of one core.</summary>
public sealed class ThroughputColumn(bool fromMedian = false) : IColumn
{
    public static readonly ThroughputColumn FromMean = new();
    public static readonly ThroughputColumn FromMedian = new(fromMedian: true);

    public string Id => nameof(ThroughputColumn) + (fromMedian ? ".Median" : ".Mean");
    public string ColumnName => fromMedian ? "MB/s (median)" : "MB/s";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => fromMedian ? 1 : 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => "Throughput: UTF-8 bytes of input parsed per second, in MB (10^6 bytes), from the " +
                            (fromMedian ? "median" : "mean");

    public bool IsAvailable(Summary summary) => true;
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) =>
        MegabytesPerSecond(summary, benchmarkCase, fromMedian) is { } mbs ? mbs.ToString("N1", CultureInfo.InvariantCulture) : "NA";

    public static double? MegabytesPerSecond(Summary summary, BenchmarkCase benchmarkCase, bool fromMedian = false)
    {
        var stats = summary[benchmarkCase]?.ResultStatistics;
        var bytes = BytesOf(benchmarkCase);
        var nanoseconds = stats is null ? 0 : fromMedian ? stats.Median : stats.Mean;
        if (bytes is null || nanoseconds <= 0) return null;
        return bytes.Value / (nanoseconds / 1e9) / 1e6;
    }

    /// <summary>Bytes per invocation: of the seeds parsed (benchmarks with an Input parameter, and the stages),
    /// of the text indexed, of the files rendered, or of the pages checked.</summary>
    public static long? BytesOf(BenchmarkCase benchmarkCase) =>
        benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == nameof(ParserBenchmarks.Input))?.Value is string input
            ? ParserBenchmarks.Bytes(input)
            : benchmarkCase.Descriptor.Type == typeof(StageBenchmarks) ? StageBenchmarks.Bytes()
            : benchmarkCase.Descriptor.Type == typeof(SearchIndexBenchmarks) ? SearchIndexBenchmarks.Bytes(benchmarkCase.Descriptor.WorkloadMethod.Name)
            : benchmarkCase.Descriptor.Type == typeof(RenderBenchmarks) ? RenderBenchmarks.Bytes()
            : benchmarkCase.Descriptor.Type == typeof(CheckBenchmarks) ? CheckBenchmarks.Bytes() : null;

    public override string ToString() => ColumnName;
}
