using Site.Publishing.Pipeline;

namespace Site.Display;

/// <summary>How a build shows itself to whoever runs it: its progress while it runs, then its warnings
/// and a summary.</summary>
public interface IBuildDisplay
{
    /// <summary>Runs <paramref name="build"/>, showing the progress it reports.</summary>
    BuildReport Run(Func<IBuildProgress, BuildReport> build);

    /// <summary>The warnings (each naming file and line) and the summary of a finished build.</summary>
    void Summary(BuildReport report);
}

public static class BuildDisplay
{
    /// <summary>Live stages and a table on a terminal; otherwise plain lines, no escapes, no animation.</summary>
    public static IBuildDisplay For(bool interactive, TextWriter stdout, TextWriter stderr) =>
        interactive ? TerminalDisplay.OnConsole() : new PlainDisplay(stdout, stderr);
}
