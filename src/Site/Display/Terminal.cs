namespace Site.Display;

/// <summary>Whether a person is watching: live progress and tables only then, plain lines for CI logs
/// and redirected output.</summary>
public static class Terminal
{
    public static bool IsInteractive() =>
        !Console.IsOutputRedirected && !Console.IsErrorRedirected
        && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"))
        && Environment.GetEnvironmentVariable("TERM") is not "dumb";
}
