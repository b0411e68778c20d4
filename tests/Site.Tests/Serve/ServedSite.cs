using Site.Display;
using Site.Testing;
using Site.Publishing.Pipeline;
using Site.Serve;
using Site.Tests.Site;

namespace Site.Tests.Serve;

/// <summary>`serve` run in-process on a free port over a copy of the sample input and of the themes, so
/// a test may change either.</summary>
public sealed class ServedSite : IAsyncLifetime
{
    /// <summary>Generous: a rebuild of the sample takes about a second, but the machine may be busy.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly StringWriter log = new();
    private ServeSession? session;

    public TempInput Input { get; } = new TempInput().CopySample();
    public string Themes => Path.Combine(Input.Root, "themes");
    public ServeSession Session => session ?? throw new InvalidOperationException("not started");
    public HttpClient Http { get; private set; } = new();

    /// <summary>What the server printed: the first build, rebuilds, errors.</summary>
    public string Log { get { lock (log) return log.ToString(); } }

    public async Task InitializeAsync()
    {
        TempInput.CopyFolder(Path.Combine(Repo.Root, "themes"), Themes);
        var synchronized = TextWriter.Synchronized(log);
        session = await ServeSession.StartAsync(new BuildOptions(Input.Input, Input.Output, Themes, CacheFolder: Path.Combine(Input.Root, "cache")), port: 0,
            new PlainDisplay(synchronized, synchronized), synchronized);
        Http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = session.Url, Timeout = Patience };
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        if (session is not null) await session.DisposeAsync();
        Input.Dispose();
    }

    public async Task<string> GetText(string path)
    {
        using var response = await Http.GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode}");
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Runs <paramref name="change"/> and waits for the rebuild it causes to finish.</summary>
    public async Task ChangeAndWait(Action change)
    {
        var seen = Session.Rebuilds.Current;
        change();
        using var timeout = new CancellationTokenSource(Patience);
        await Session.Rebuilds.WaitPastAsync(seen, timeout.Token);
    }
}
