using System.Text.RegularExpressions;

namespace Site.Corpus.Tests;

/// <summary>`bench-pdf` on a tiny run (two editions of two pages): it typesets them into the cache, builds the site
/// of the first from empty and again with the second (whose pages are parsed and drawn then), reports both builds
/// and the two rates, and a second run typesets nothing.</summary>
[Trait("Speed", "Slow")]
public sealed class BenchPdfCommandTests : IDisposable
{
    private readonly string cache = Directory.CreateTempSubdirectory("site-bench-pdf-test-").FullName;

    /// <summary>The site.dll built beside these tests.</summary>
    private static readonly string SiteDll = Path.Combine(AppContext.BaseDirectory, "site.dll");

    public void Dispose() => Directory.Delete(cache, recursive: true);

    private (int Code, string Out, string Err) Bench() =>
        CorpusCommandLineTests.Run("bench-pdf", "--cache", cache, "--editions", "2", "--pages", "2", "--sample", "1", "--site-dll", SiteDll);

    [TypesetterFact]
    public void A_tiny_run_is_typeset_once_built_and_reported()
    {
        var (code, output, err) = Bench();

        Assert.True(code == 0, output + err);
        Assert.Contains("0 of 2 editions in", output, StringComparison.Ordinal);
        foreach (var day in new[] { "2023-01-01", "2023-01-02" })
        {
            Assert.True(File.Exists(Path.Combine(cache, day, "edition.yml")), day);
            Assert.Equal(["01.pdf", "02.pdf"], Directory.GetFiles(Path.Combine(cache, day), "*.pdf").Select(Path.GetFileName).Order(StringComparer.Ordinal));
        }
        // The site built: the last edition's last page, with its image.
        var page = File.ReadAllText(Path.Combine(cache, "site-bench-pdf", "output", "2023", "01", "02", "02", "index.html"));
        Assert.Contains(".jpg", page, StringComparison.Ordinal);
        Assert.Matches(@"\| full \| 1 \| [0-9.]+ \| [0-9.]+ \| [0-9]+ \| [0-9.]+ \|", output);
        // The added edition is new to the build: parsed then, not before.
        Assert.Matches(@"\+1 edition build of 2 editions…\n  2 editions, 4 pages, [0-9]+ articles; [0-9]+ files written, [0-9]+ unchanged, 0 deleted; 1 edition parsed", output);
        Assert.Matches(@"\| \+1 edition \| 2 \| [0-9.]+ \| [0-9.]+ \| [0-9]+ \|", output);
        Assert.Matches(@"- text extraction [^\n]*: [0-9.]+ pages/s", output);
        Assert.Matches(@"- rendering [^\n]*: [0-9.]+ pages/s", output);

        var again = Bench();
        Assert.Equal(0, again.Code);
        Assert.Contains("2 of 2 editions in", again.Out, StringComparison.Ordinal);
        Assert.Contains("typesetting 0", again.Out, StringComparison.Ordinal);
        Assert.Contains("All editions were in the cache.", again.Out, StringComparison.Ordinal);
    }
}
