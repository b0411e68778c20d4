namespace Site.Serve;

/// <summary>Watches folders and runs a rebuild once they have been quiet for a moment (an editor's save
/// is often several events). One rebuild at a time: changes made during a rebuild cause one more.</summary>
public sealed class Rebuilder : IDisposable
{
    private readonly List<FileSystemWatcher> watchers = [];
    private readonly Func<bool> rebuild;
    private readonly TimeSpan quiet;
    private readonly string[] ignored;
    private readonly SemaphoreSlim changed = new(0);
    private readonly CancellationTokenSource stop = new();
    private readonly Task loop;
    private long lastChange;

    /// <param name="folders">Watched with their subfolders; those that do not exist are skipped.</param>
    /// <param name="ignored">Folders whose changes are not the maintainer's (the output, when it lies inside a watched folder).</param>
    /// <param name="rebuild">Runs the build and reports it; returns whether it succeeded.</param>
    public Rebuilder(IEnumerable<string> folders, IEnumerable<string> ignored, TimeSpan quiet, Func<bool> rebuild)
    {
        (this.rebuild, this.quiet) = (rebuild, quiet);
        this.ignored = [.. ignored.Select(f => Path.TrimEndingDirectorySeparator(Path.GetFullPath(f)))];
        foreach (var folder in folders.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal).Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += OnChange;
            watcher.Created += OnChange;
            watcher.Deleted += OnChange;
            watcher.Renamed += OnChange;
            watcher.Error += (_, _) => Signal();   // events were lost: rebuild to be sure
            watcher.EnableRaisingEvents = true;
            watchers.Add(watcher);
        }
        loop = Task.Run(Loop);
    }

    /// <summary>Moves on after every rebuild, whether it succeeded or not.</summary>
    public Generation Finished { get; } = new();

    public void Dispose()
    {
        foreach (var w in watchers) w.Dispose();
        stop.Cancel();
        try { loop.Wait(TimeSpan.FromSeconds(30)); } catch (AggregateException) { }
        stop.Dispose();
        changed.Dispose();
    }

    private void OnChange(object sender, FileSystemEventArgs e)
    {
        var path = Path.GetFullPath(e.FullPath);
        if (ignored.Any(f => path == f || path.StartsWith(f + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                             || path.StartsWith(f + ".staging-", StringComparison.Ordinal))) return;
        Signal();
    }

    private void Signal()
    {
        Interlocked.Exchange(ref lastChange, Environment.TickCount64);
        changed.Release();
    }

    private async Task Loop()
    {
        try
        {
            while (true)
            {
                await changed.WaitAsync(stop.Token).ConfigureAwait(false);
                // Wait until nothing has changed for `quiet`, then take every pending signal at once.
                for (var since = Since(); since < quiet; since = Since())
                    await Task.Delay(quiet - since, stop.Token).ConfigureAwait(false);
                while (changed.Wait(0)) { }
                rebuild();
                Finished.Pulse();
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
    }

    private TimeSpan Since() => TimeSpan.FromMilliseconds(Environment.TickCount64 - Interlocked.Read(ref lastChange));
}
