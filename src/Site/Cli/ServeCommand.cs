using System.Globalization;
using Site.CommandLine;
using Site.Display;
using Site.Publishing.Pipeline;
using Site.Serve;

namespace Site.Cli;

/// <summary>`serve [--port 5080]` and the options of `build`: builds, serves the output on 127.0.0.1,
/// and rebuilds on every change until Ctrl+C. Rebuilds use build's cache, so they redo only what changed.</summary>
public static class ServeCommand
{
    public const int DefaultPort = 5080;

    public static int Run(ParsedArguments args, TextWriter stdout, TextWriter stderr, bool interactive = false)
    {
        var port = args.Int("port", DefaultPort, min: 0, max: 65535);
        var options = BuildCommand.Options(args);
        return RunAsync(options, port, BuildDisplay.For(interactive, stdout, stderr), stdout, stderr).GetAwaiter().GetResult();
    }

    private static async Task<int> RunAsync(BuildOptions options, int port, IBuildDisplay display, TextWriter stdout, TextWriter stderr)
    {
        var log = TextWriter.Synchronized(stderr);
        using var interrupted = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) => { e.Cancel = true; interrupted.Cancel(); };
        Console.CancelKeyPress += onCancel;
        try
        {
            ServeSession session;
            try
            {
                session = await ServeSession.StartAsync(options, port, display, log).ConfigureAwait(false);
            }
            catch (IOException e)
            {
                // Kestrel's "address already in use" is an IOException.
                stderr.WriteLine($"error: cannot listen on 127.0.0.1:{port}: {e.Message}");
                return 1;
            }
            await using (session.ConfigureAwait(false))
            {
                stdout.WriteLine($"serving {options.OutputFolder} at {session.Url}");
                stdout.WriteLine($"rebuilding on changes under {options.InputFolder} and {options.ThemesFolder}; Ctrl+C stops");
                using var either = CancellationTokenSource.CreateLinkedTokenSource(interrupted.Token, session.Stopping);
                try { await Task.Delay(Timeout.Infinite, either.Token).ConfigureAwait(false); }
                catch (OperationCanceledException) { }
                stdout.WriteLine("stopping");
            }
            return 0;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }
}
