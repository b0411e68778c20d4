using Site.CommandLine;
using Site.Config;
using Site.Parsing.Input;

namespace Site.Corpus.Cli;

/// <summary>Dispatches a verb; exit codes: 0 success, 1 failure, 2 bad usage.</summary>
public static class Entry
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var program = Commands.Program;
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
                    stdout.Write(program.Help(program.Find(verb) ?? throw new UsageException(
                        $"unknown command \"{verb}\"{Suggest.DidYouMean(verb, program.Commands.Select(c => c.Verb))}")));
                    return 0;
            }
            var (command, o) = program.Parse(args);
            if (o.HelpRequested)
            {
                stdout.Write(program.Help(command));
                return 0;
            }
            return command.Verb switch
            {
                "generate" => GenerateCommand.Run(o, stdout),
                "verify" => VerifyCommand.Run(o, stdout),
                "bench" => BenchCommand.Run(o, stdout, stderr),
                "typeset" => TypesetCommand.Run(o, stdout),
                "typeset-edition" => TypesetEditionCommand.Run(o, stdout),
                "score" => ScoreCommand.Run(o, stdout),
                _ => throw new InvalidOperationException($"no code for the verb {command.Verb}"),
            };
        }
        catch (UsageException e)
        {
            stderr.WriteLine($"error: {e.Message}");
            stderr.Write(e.Command is { } command ? program.ShortUsage(command) : program.Usage());
            return 2;
        }
        catch (Exception e) when (e is IssueFileException or ConfigException or IOException or InvalidOperationException)
        {
            stderr.WriteLine($"error: {e.Message}");
            return 1;
        }
    }
}
