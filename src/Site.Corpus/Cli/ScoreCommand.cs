using Site.Corpus.Typesetting;

namespace Site.Corpus.Cli;

/// <summary>`score DIR`: the current parser's scores on a typeset folder, per split × paper × extractor.</summary>
public static class ScoreCommand
{
    public static int Run(IEnumerable<string> args, TextWriter stdout)
    {
        var list = args.ToList();
        if (list.Count != 1 || list[0].StartsWith("--", StringComparison.Ordinal)) throw new UsageException("score needs exactly one DIR");
        var folder = Path.GetFullPath(list[0]);
        if (!Directory.Exists(folder)) throw new UsageException($"{folder} is not a folder");
        var rows = ScoreTable.Score(folder);
        if (rows.Count == 0) throw new UsageException($"{folder} holds no tune/ or heldout/ pages with gold");
        stdout.Write(ScoreTable.Markdown(rows));
        return 0;
    }
}
