using System.Diagnostics;
using System.Globalization;

namespace Site.Corpus.Bench;

/// <summary>How one run of a child process went.</summary>
/// <param name="Cpu">User + system time of the child; null where the platform cannot say.</param>
/// <param name="Kernel">The system part of <paramref name="Cpu"/>; null where the platform cannot say.</param>
/// <param name="PeakRssMiB">The child's peak resident set; null where the platform cannot say.</param>
public sealed record Measurement(int ExitCode, bool TimedOut, TimeSpan Wall, TimeSpan? Cpu, TimeSpan? Kernel, double? PeakRssMiB, string Stdout, string Stderr)
{
    public bool Succeeded => ExitCode == 0 && !TimedOut;
}

/// <summary>Runs a child process to completion (or its time limit) and measures it.</summary>
public static class ChildProcessMeter
{
    private const int PollMilliseconds = 20;

    public static Measurement Run(string file, IEnumerable<string> args, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in args) start.ArgumentList.Add(a);

        var before = ResourceUsage.Children();
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {file}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var status = $"/proc/{process.Id}/status";
        long polledKiB = 0;
        var timedOut = false;
        while (!process.WaitForExit(PollMilliseconds))
        {
            polledKiB = Math.Max(polledKiB, HighWaterMark(status));
            if (clock.Elapsed <= timeout) continue;
            timedOut = true;
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            break;
        }
        var wall = clock.Elapsed;
        process.WaitForExit();   // drains the redirected streams
        var after = ResourceUsage.Children();

        TimeSpan? cpu = before is { } b && after is { } a1 ? a1.Cpu - b.Cpu : null;
        TimeSpan? kernel = before is { } b1 && after is { } a3 ? a3.Kernel - b1.Kernel : null;
        // ru_maxrss is the largest of all reaped children: it is this child's peak only if it grew.
        // Otherwise an earlier child (the compiler) was bigger, and the polled VmHWM is the best figure.
        var peakKiB = before is { } b2 && after is { } a2 && a2.MaxRssKiB > b2.MaxRssKiB ? Math.Max(a2.MaxRssKiB, polledKiB) : polledKiB;
        return new(timedOut ? -1 : process.ExitCode, timedOut, wall, cpu, kernel, peakKiB > 0 ? peakKiB / 1024.0 : null,
            stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
    }

    /// <summary>VmHWM, the peak resident set so far, from /proc/PID/status; 0 when it cannot be read
    /// (not Linux, or the process is gone).</summary>
    private static long HighWaterMark(string statusPath)
    {
        try
        {
            foreach (var line in File.ReadLines(statusPath))
            {
                if (!line.StartsWith("VmHWM:", StringComparison.Ordinal)) continue;
                var digits = line["VmHWM:".Length..].Trim().Split(' ')[0];
                return long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var kib) ? kib : 0;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
        return 0;
    }
}
