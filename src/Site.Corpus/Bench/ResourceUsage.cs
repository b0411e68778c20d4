using System.Runtime.InteropServices;

namespace Site.Corpus.Bench;

/// <summary>getrusage(RUSAGE_CHILDREN): the CPU time of every child this process has reaped, and the
/// peak resident set of the largest. Exact where polling /proc would miss a child's last moments, and
/// needs nothing installed (GNU time is not on a fresh Debian).</summary>
public static partial class ResourceUsage
{
    /// <param name="Kernel">The system part of <paramref name="Cpu"/>: file creation, page faults, copying
    /// written pages, which depend on the machine's state far more than the build's own work does.</param>
    public readonly record struct Snapshot(TimeSpan Cpu, TimeSpan Kernel, long MaxRssKiB);

    /// <summary>Null where getrusage is not available (not Linux, or no libc to call).</summary>
    public static Snapshot? Children()
    {
        if (!OperatingSystem.IsLinux()) return null;
        try
        {
            if (GetRUsage(RUsageChildren, out var u) != 0) return null;
            return new(Time(u.UserTime) + Time(u.SystemTime), Time(u.SystemTime), u.MaxRss);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    private static TimeSpan Time(TimeVal t) => TimeSpan.FromSeconds(t.Seconds) + TimeSpan.FromMicroseconds(t.Microseconds);

    private const int RUsageChildren = -1;

    // struct rusage from <sys/resource.h>: two timevals, then fourteen longs (C long is nint on Linux).
    [StructLayout(LayoutKind.Sequential)]
    private struct TimeVal
    {
        public nint Seconds;
        public nint Microseconds;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct RUsage
    {
        public TimeVal UserTime;
        public TimeVal SystemTime;
        public nint MaxRss;   // KiB
        public nint IxRss, IdRss, IsRss, MinFlt, MajFlt, NSwap, InBlock, OuBlock, MsgSnd, MsgRcv, NSignals, NvCsw, NivCsw;
    }

    [LibraryImport("libc", EntryPoint = "getrusage")]
    private static partial int GetRUsage(int who, out RUsage usage);
}
