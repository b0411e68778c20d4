using Site.Display;
using Site.Parsing.Diagnostics;
using Site.Publishing.Pipeline;

namespace Site.Serve;

/// <summary>A maintainer's loop: build, serve the output, and rebuild whenever the input or the themes
/// change. A failed rebuild prints its errors and the last good site stays served.</summary>
public sealed class ServeSession : IAsyncDisposable
{
    /// <summary>How long the watched folders must be quiet before a rebuild starts.</summary>
    public static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(300);

    private readonly SiteServer server;
    private readonly Rebuilder rebuilder;
    private int disposed;

    private ServeSession(SiteServer server, Rebuilder rebuilder, Generation reloads) =>
        (this.server, this.rebuilder, Reloads) = (server, rebuilder, reloads);

    public Uri Url => server.Url;

    /// <summary>Moves on after each successful rebuild (each is a reload event to open pages).</summary>
    public Generation Reloads { get; }

    /// <summary>Moves on after each rebuild, failed or not.</summary>
    public Generation Rebuilds => rebuilder.Finished;

    /// <summary>Cancelled when the server stops of its own accord (Ctrl+C, SIGTERM).</summary>
    public CancellationToken Stopping => server.Stopping;

    /// <param name="display">Shows the first build; rebuilds report in one line each on <paramref name="log"/>.</param>
    /// <param name="port">0 picks a free port.</param>
    public static async Task<ServeSession> StartAsync(BuildOptions options, int port, IBuildDisplay display, TextWriter log)
    {
        Build(options, log, display, $"serving what {options.OutputFolder} already holds until a change builds");
        var reloads = new Generation();
        var server = await SiteServer.StartAsync(options.OutputFolder, port, reloads).ConfigureAwait(false);
        var rebuilder = new Rebuilder([options.InputFolder, options.ThemesFolder],
            new[] { options.OutputFolder, options.CacheFolder }.OfType<string>(), Quiet, () =>
        {
            log.WriteLine("… change seen; rebuilding");
            var ok = Build(options, log, display: null, "still serving the last good site");
            if (ok) reloads.Pulse();
            return ok;
        });
        return new ServeSession(server, rebuilder, reloads);
    }

    /// <summary>Stops watching, ends open event streams and stops the server. Safe to call twice.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1) return;
        rebuilder.Dispose();
        await server.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>One build, its outcome reported; never throws for anything the input can get wrong.</summary>
    /// <param name="meanwhile">What the server does after a failure, for the maintainer to read.</param>
    private static bool Build(BuildOptions options, TextWriter log, IBuildDisplay? display, string meanwhile)
    {
        try
        {
            if (display is null) log.WriteLine("rebuilt: " + PlainDisplay.Line(SiteBuild.Run(options)));
            else display.Summary(display.Run(progress => SiteBuild.Run(options, progress)));
            return true;
        }
        catch (BuildFailedException e)
        {
            DiagnosticLines.Write(log, e.Errors);
            log.WriteLine($"build failed with {Site.CommandLine.Counted.Of(e.Errors.Length, "error")}; {meanwhile}");
        }
        catch (DiagnosticException e)
        {
            DiagnosticLines.Write(log, e.Diagnostics);
            log.WriteLine($"build failed; {meanwhile}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Files caught half-saved land here too; the next save rebuilds.
            log.WriteLine($"error: {e.Message}");
            log.WriteLine($"build failed; {meanwhile}");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A fault of the program, not the input: say so in full, and keep serving and watching.
            log.WriteLine($"error: the build failed unexpectedly: {e}");
            log.WriteLine($"build failed; {meanwhile}");
        }
        return false;
    }
}
