using Site.Cli.Display;
using Site.CommandLine;
using Site.Parsing.Diagnostics;

namespace Site.Cli;

/// <summary>Dispatches a verb and turns failures into exit codes: 0 success, 1 the input or site has
/// errors, 2 bad usage. Nothing here knows how parsing or building works.</summary>
public static class Entry
{
    /// <param name="interactive">A person watches a terminal: progress may animate.</param>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, bool interactive = false)
    {
        var program = Commands.Site;
        try
        {
            switch (args)
            {
                case []:
                    stderr.Write(program.Usage());
                    return 2;
                case ["--version"]:
                    stdout.WriteLine(program.Version(typeof(Entry).Assembly));
                    return 0;
                case ["help" or "--help" or "-h"]:
                    stdout.Write(program.Usage());
                    return 0;
                case ["help", var verb]:
                    var help = program.Find(verb) ?? throw new UsageException(
                        $"unknown command \"{verb}\"{Suggest.DidYouMean(verb, program.Commands.Select(c => c.Verb))}");
                    stdout.Write(program.Help(help));
                    return 0;
            }
            var (command, parsed) = program.Parse(args);
            if (parsed.HelpRequested)
            {
                stdout.Write(program.Help(command));
                return 0;
            }
            return command.Verb switch
            {
                "parse" => ParseCommand.Run(parsed, stdout, stderr),
                "build" => BuildCommand.Run(parsed, stdout, stderr, interactive),
                "check" => CheckCommand.Run(parsed, stdout, stderr),
                "serve" => Serve.ServeCommand.Run(parsed, stdout, stderr, interactive),
                "add" => AddCommand.Run(parsed, stdout, stderr),
                _ => throw new InvalidOperationException($"no code for the verb {command.Verb}"),
            };
        }
        catch (UsageException e)
        {
            stderr.WriteLine($"error: {e.Message}");
            stderr.Write(e.Command is { } command ? program.ShortUsage(command) : program.Usage());
            return 2;
        }
        catch (DiagnosticException e)
        {
            DiagnosticLines.Write(stderr, e.Diagnostics);
            return 1;
        }
    }
}
