using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Site.Parsing.Assembly;
using Site.Parsing.Classify;
using Site.Parsing.Edition;
using Site.Parsing.Layout;
using Site.Parsing.Rules;

namespace Site.Benchmarks;

/// <summary>Where the parser's time goes: each stage of <see cref="Site.Parsing.IssueParser.Parse"/> timed
/// alone over all five seeds, every stage given the previous stage's output precomputed. The MB/s
/// column relates each stage to the whole input, so the stages' times add up to the parse.</summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private ParserRules rules = ParserRules.Default;
    private string[] texts = [];
    private ImmutableArray<ImmutableArray<Block>>[] read = [];
    private List<ClassifiedBlock>[] classified = [];

    public static long Bytes() => Inputs.Seeds.Sum(s => Inputs.Utf8Bytes(s.Text));

    [GlobalSetup]
    public void Setup()
    {
        rules = Inputs.SiteRules();
        texts = [.. Inputs.Seeds.Select(s => s.Text)];
        read = [.. texts.Select(BlockReader.Read)];
        classified = [.. read.SelectMany(pages => pages).Select(page => page.Select(b => BlockClassifier.Classify(b, rules)).ToList())];
    }

    [Benchmark(Description = "1 BlockReader.Read")]
    public int Read()
    {
        var n = 0;
        foreach (var t in texts) n += BlockReader.Read(t).Length;
        return n;
    }

    [Benchmark(Description = "2 BlockClassifier.Classify")]
    public int Classify()
    {
        var n = 0;
        foreach (var pages in read)
            foreach (var page in pages)
                foreach (var block in page)
                    n += (int)BlockClassifier.Classify(block, rules).Kind;
        return n;
    }

    [Benchmark(Description = "3 MastheadReader.Read")]
    public int Masthead()
    {
        var n = 0;
        foreach (var page in classified) n += MastheadReader.Read(page).Warnings.Count;
        return n;
    }

    [Benchmark(Description = "4 PageAssembler.Assemble")]
    public int Assemble()
    {
        var n = 0;
        foreach (var page in classified) n += PageAssembler.Assemble(page).Articles.Length;
        return n;
    }
}
