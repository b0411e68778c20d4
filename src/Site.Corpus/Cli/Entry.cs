using Site.CommandLine;
using Site.Config;
using Site.Parsing;

namespace Site.Corpus.Cli;

/// <summary>Dispatches a verb; exit codes: 0 success, 1 failure, 2 bad usage.</summary>
public static class Entry
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            return Commands.Program.Run(args, stdout, stderr, typeof(Entry).Assembly, (command, o) => command.Verb switch
            {
                "generate" => GenerateCommand.Run(o, stdout),
                "verify" => VerifyCommand.Run(o, stdout),
                "bench" => BenchCommand.Run(o, stdout, stderr),
                "bench-pdf" => BenchPdfCommand.Run(o, stdout, stderr),
                "typeset" => TypesetCommand.Run(o, stdout),
                "typeset-edition" => TypesetEditionCommand.Run(o, stdout),
                "score" => ScoreCommand.Run(o, stdout),
                _ => throw new InvalidOperationException($"no code for the verb {command.Verb}"),
            });
        }
        catch (Exception e) when (e is IssueFileException or ConfigException or IOException or InvalidOperationException)
        {
            stderr.WriteLine($"error: {e.Message}");
            return 1;
        }
    }
}
