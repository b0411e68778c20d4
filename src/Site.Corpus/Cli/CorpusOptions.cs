using Site.Corpus.Composition;
using Site.Parsing.Edition;
using Site.CommandLine;

namespace Site.Corpus.Cli;

/// <summary>The options every verb shares: which corpus.</summary>
public static class CorpusOptions
{
    public const int DefaultSeed = 42;
    public static readonly DateOnly DefaultStart = new(2016, 1, 1);

    public static CorpusSpec Spec(ParsedArguments o, int years)
    {
        var spec = new CorpusSpec(years, o.Int("seed", DefaultSeed), o.Date("start") ?? DefaultStart);
        try
        {
            // The masthead prints the lunar date; the benchmark adds one day after the last.
            _ = ChineseDate.LunarDate(spec.Start);
            _ = ChineseDate.LunarDate(spec.Start.AddDays(spec.Days));
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw new UsageException($"--start and --years must keep the corpus within the lunar calendar's range: {e.Message.Split('\n')[0]}");
        }
        return spec;
    }
}
