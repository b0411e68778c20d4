using System.Globalization;
using System.Text.RegularExpressions;

namespace Site.Corpus.Bench;

/// <summary>One build measured: a full build of an N-year corpus, or the rebuild after one more edition.</summary>
/// <param name="LoadBefore">The 1-minute load average as the build started: other work on the machine
/// slows a build down, and the figures should say so.</param>
public sealed partial record BenchRow(int Years, string Build, double RawMB, Measurement Run, int FallbackEditions, long OutputFiles, double OutputMB, string LoadBefore)
{
    /// <summary>From the build's summary line ("366 editions, 2928 pages, 17496 articles (…)").</summary>
    public string Editions => Summary(EditionsPattern()) ?? FallbackEditions.ToString("N0", CultureInfo.InvariantCulture);

    public string Articles => Summary(ArticlesPattern()) ?? "?";

    public string Row() => string.Create(CultureInfo.InvariantCulture,
        $"| {Years} | {Editions} | {Articles} | {RawMB:0.0} | {Build} | {Seconds(Run.Wall)} | {(Run.Cpu is { } c ? Seconds(c) : "?")} | {(Run.Kernel is { } k ? Seconds(k) : "?")} | {(Run.PeakRssMiB is { } m ? m.ToString("0", CultureInfo.InvariantCulture) : "?")} | {Output()} | {LoadBefore} |");

    public const string Header = """
        | years | editions | articles | raw MB | build | wall s | CPU s | kernel s | peak MB | output | load |
        |---:|---:|---:|---:|---|---:|---:|---:|---:|---|---:|
        """;

    private string Output() =>
        !Run.Succeeded ? (Run.TimedOut ? "timed out" : $"failed (exit {Run.ExitCode})")
        : OutputFiles == 0 ? "nothing written"
        : string.Create(CultureInfo.InvariantCulture, $"{OutputFiles:N0} files, {OutputMB:0} MB");

    /// <summary>The first field of /proc/loadavg, or "?" off Linux.</summary>
    public static string LoadAverage()
    {
        try
        {
            return File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
        }
        catch (IOException)
        {
            return "?";
        }
    }

    private static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);

    private string? Summary(Regex pattern)
    {
        var m = pattern.Match(Run.Stdout);
        return m.Success && long.TryParse(m.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n.ToString("N0", CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"(\d+) editions\b")]
    private static partial Regex EditionsPattern();

    [GeneratedRegex(@"(\d+) articles\b")]
    private static partial Regex ArticlesPattern();
}
