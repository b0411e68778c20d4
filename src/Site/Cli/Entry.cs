using Site.Cli.Display;
using Site.Parsing.Diagnostics;

namespace Site.Cli;

/// <summary>Dispatches a verb and turns failures into exit codes: 0 success, 1 the input or site has
/// errors, 2 bad usage. Nothing here knows how parsing or building works.</summary>
public static class Entry
{
    /// <param name="interactive">A person watches a terminal: progress may animate.</param>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, bool interactive = false)
    {
        try
        {
            return args switch
            {
                ["parse", .. var rest] => ParseCommand.Run(rest, stdout, stderr),
                ["build", .. var rest] => BuildCommand.Run(rest, stdout, stderr, interactive),
                ["check", .. var rest] => CheckCommand.Run(rest, stdout, stderr),
                ["serve", .. var rest] => Serve.ServeCommand.Run(rest, stdout, stderr, interactive),
                ["add", .. var rest] => AddCommand.Run(rest, stdout, stderr),
                ["help" or "--help" or "-h"] => Usage.Print(stdout, 0),
                [] => Usage.Print(stderr, 2),
                [var verb, ..] => Fail(stderr, $"unknown verb \"{verb}\""),
            };
        }
        catch (UsageException e)
        {
            return Fail(stderr, e.Message);
        }
        catch (DiagnosticException e)
        {
            DiagnosticLines.Write(stderr, e.Diagnostics);
            return 1;
        }
    }

    private static int Fail(TextWriter stderr, string message)
    {
        stderr.WriteLine($"error: {message}");
        return Usage.Print(stderr, 2);
    }
}
