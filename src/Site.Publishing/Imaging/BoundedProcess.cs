using System.Diagnostics;
using System.Text;

namespace Site.Publishing.Imaging;

/// <summary>Runs an outside program to its end or to a deadline: one that overruns is killed with its
/// children, so a wedged renderer fails the build instead of hanging it.</summary>
internal static class BoundedProcess
{
    /// <exception cref="BoundedProcessException">The program could not start, failed, or overran.</exception>
    public static void Run(string program, IReadOnlyList<string> args, TimeSpan timeout)
    {
        var info = new ProcessStartInfo(program)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var a in args) info.ArgumentList.Add(a);
        using var process = Start(info, program);
        // Both pipes are drained, so a chatty program cannot block on a full pipe; on threads of their own, not
        // the pool's, which a build rendering many editions at once may have busy waiting for renders.
        var stderr = Task.Factory.StartNew(process.StandardError.ReadToEnd, TaskCreationOptions.LongRunning);
        _ = Task.Factory.StartNew(process.StandardOutput.ReadToEnd, TaskCreationOptions.LongRunning);
        if (!process.WaitForExit(timeout))
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // It ended just now.
            }
            process.WaitForExit();
            throw new BoundedProcessException($"{Path.GetFileName(program)} did not finish in {timeout.TotalSeconds:0} s and was stopped");
        }
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new BoundedProcessException($"{Path.GetFileName(program)} failed (exit code {process.ExitCode}): {stderr.Result.Trim()}");
    }

    private static Process Start(ProcessStartInfo info, string program)
    {
        try
        {
            return Process.Start(info) ?? throw new BoundedProcessException($"{program} could not be started");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new BoundedProcessException($"{program} could not be started: {e.Message}");
        }
    }
}

public sealed class BoundedProcessException(string message) : Exception(message);
