using Site.CommandLine;
using Site.Display;
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
            return Commands.Site.Run(args, stdout, stderr, typeof(Entry).Assembly, (command, parsed) => command.Verb switch
            {
                "parse" => ParseCommand.Run(parsed, stdout, stderr),
                "build" => BuildCommand.Run(parsed, stdout, stderr, interactive),
                "check" => CheckCommand.Run(parsed, stdout, stderr),
                "serve" => ServeCommand.Run(parsed, stdout, stderr, interactive),
                "add" => AddCommand.Run(parsed, stdout, stderr),
                _ => throw new InvalidOperationException($"no code for the verb {command.Verb}"),
            });
        }
        catch (DiagnosticException e)
        {
            DiagnosticLines.Write(stderr, e.Diagnostics);
            return 1;
        }
    }
}
