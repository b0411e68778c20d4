using Site.Corpus.Typesetting;
using Site.CommandLine;

namespace Site.Corpus.Cli;

/// <summary>`score DIR`: the current parser's scores on a typeset folder, per split × paper × extractor.</summary>
public static class ScoreCommand
{
    public static int Run(ParsedArguments args, TextWriter stdout)
    {
        var folder = Path.GetFullPath(args.Positional[0]);
        if (!Directory.Exists(folder)) throw new UsageException($"{folder} is not a folder");
        var rows = ScoreTable.Score(folder);
        if (rows.Count == 0) throw new UsageException($"{folder} holds no tune/ or heldout/ pages with gold");
        stdout.Write(ScoreTable.Markdown(rows));
        return 0;
    }
}
