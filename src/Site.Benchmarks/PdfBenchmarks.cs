using BenchmarkDotNet.Attributes;
using Site.Parsing.Pdf;
using Site.Parsing.Rules;

namespace Site.Benchmarks;

/// <summary>PDF pages read by position: the six typeset pages committed under tests/Site.Parsing.Tests/Typeset,
/// read from bytes in memory. <see cref="Read"/> is glyphs to lines, blocks and reading order (what PdfPig and
/// our geometry cost); <see cref="Parse"/> adds the parser and the articles' regions. Pages per second is the
/// mean time divided into six.</summary>
[MemoryDiagnoser]
public class PdfBenchmarks
{
    private byte[][] pdfs = [];

    [GlobalSetup]
    public void Setup() =>
        pdfs = [.. Directory.GetFiles(Path.Combine(Inputs.Root, "tests", "Site.Parsing.Tests", "Typeset"), "*.pdf", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal).Select(File.ReadAllBytes)];

    [Benchmark]
    public int Read() => pdfs.Sum(pdf => PdfIssue.ReadText(pdf).Length);

    [Benchmark]
    public int Parse() => pdfs.Sum(pdf => PdfIssue.Parse(pdf, "page.pdf", ParserRules.Default).Articles.Length);
}
