using BenchmarkDotNet.Attributes;
using Site.Parsing;
using Site.Parsing.Rules;

namespace Site.Benchmarks;

/// <summary>Whole-parser throughput with the rules of input/site.yml: each seed alone, and all five
/// seeds in sequence (<see cref="AllSeeds"/>). Text is read and decoded once in <see cref="Setup"/>;
/// only <see cref="IssueParser.Parse"/> is timed.</summary>
[MemoryDiagnoser]
public class ParserBenchmarks
{
    /// <summary>The <see cref="Input"/> value that parses every seed, one after the other.</summary>
    public const string AllSeeds = "all five seeds";

    private ParserRules rules = ParserRules.Default;
    private (string Name, string Text)[] inputs = [];

    /// <summary>A seed file name, or <see cref="AllSeeds"/>.</summary>
    [ParamsSource(nameof(InputNames))]
    public string Input { get; set; } = AllSeeds;

    public static IEnumerable<string> InputNames() => Inputs.Seeds.Select(s => s.Name).Append(AllSeeds);

    [GlobalSetup]
    public void Setup()
    {
        rules = Inputs.SiteRules();
        inputs = Texts(Input);
    }

    /// <summary>Parses the input; returns the article count so the work cannot be optimized away.</summary>
    [Benchmark]
    public int Parse()
    {
        var articles = 0;
        foreach (var (name, text) in inputs) articles += IssueParser.Parse(text, name, rules).Articles.Length;
        return articles;
    }

    public static (string Name, string Text)[] Texts(string input) =>
        input == AllSeeds ? [.. Inputs.Seeds] : [(input, Inputs.Seed(input))];

    /// <summary>UTF-8 bytes one call of <see cref="Parse"/> reads, for the MB/s column.</summary>
    public static long Bytes(string input) => Texts(input).Sum(t => Inputs.Utf8Bytes(t.Text));
}
