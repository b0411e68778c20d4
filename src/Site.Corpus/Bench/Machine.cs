using System.Globalization;
using System.Runtime.InteropServices;

namespace Site.Corpus.Bench;

/// <summary>The machine and code a benchmark ran on, for the record beside its figures.</summary>
/// <param name="Commit">HEAD of the repository the benchmark ran in.</param>
public sealed record Machine(int Cpus, string CpuModel, string Memory, string Os, string Runtime, string Commit)
{
    public static Machine Describe(string root) => new(
        Environment.ProcessorCount,
        ProcValue("/proc/cpuinfo", "model name") ?? RuntimeInformation.ProcessArchitecture.ToString(),
        ProcValue("/proc/meminfo", "MemTotal") is { } kb && long.TryParse(kb.Split(' ')[0], NumberStyles.None, CultureInfo.InvariantCulture, out var k)
            ? string.Create(CultureInfo.InvariantCulture, $"{k / 1024.0 / 1024.0:0.0} GiB") : "unknown",
        OsName(),
        RuntimeInformation.FrameworkDescription,
        HeadCommit(root));

    public override string ToString() => $"{Cpus} CPUs (nproc), {CpuModel}, {Memory} RAM, {Os}, {Runtime}";

    private static string? ProcValue(string file, string key)
    {
        if (!File.Exists(file)) return null;
        foreach (var line in File.ReadLines(file))
        {
            var colon = line.IndexOf(':');
            if (colon > 0 && line[..colon].Trim() == key) return line[(colon + 1)..].Trim();
        }
        return null;
    }

    private static string OsName()
    {
        if (File.Exists("/etc/os-release"))
            foreach (var line in File.ReadLines("/etc/os-release"))
                if (line.StartsWith("PRETTY_NAME=", StringComparison.Ordinal)) return line["PRETTY_NAME=".Length..].Trim('"');
        return RuntimeInformation.OSDescription;
    }

    /// <summary>HEAD's short hash. Only rev-parse: it reads and never touches the index, which others may be using.</summary>
    private static string HeadCommit(string root)
    {
        try
        {
            var run = ChildProcessMeter.Run("git", ["-C", root, "rev-parse", "--short", "HEAD"], TimeSpan.FromSeconds(20));
            return run.Succeeded ? run.Stdout.Trim() : "unknown";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "unknown (no git)";
        }
    }
}
