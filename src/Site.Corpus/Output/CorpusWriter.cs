using System.Text;
using Site.Corpus.Composition;
using Site.Corpus.Material;

namespace Site.Corpus.Output;

/// <summary>What a corpus holds. <see cref="Bytes"/> counts the raw page files only.</summary>
public sealed record CorpusStats(int Editions, int Pages, int Articles, long Bytes);

/// <summary>Writes a corpus as an input folder: site.yml and issues/YYYY-MM-DD/NN.txt + edition.yml.</summary>
public static class CorpusWriter
{
    /// <summary>UTF-8 without a byte-order mark, as the design asks of every file we write.</summary>
    public static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static CorpusStats Write(string folder, CorpusSpec spec, SeedMaterial material, byte[] siteYml)
    {
        var issues = Path.Combine(folder, "issues");
        Directory.CreateDirectory(issues);
        File.WriteAllBytes(Path.Combine(folder, "site.yml"), siteYml);

        long bytes = 0;
        int pages = 0, articles = 0;
        // Each day is composed from its own seed, so the order days are written in changes nothing.
        Parallel.For(0, spec.Days, day =>
        {
            var stats = WriteEdition(issues, EditionComposer.Compose(material, spec, day));
            Interlocked.Add(ref bytes, stats.Bytes);
            Interlocked.Add(ref pages, stats.Pages);
            Interlocked.Add(ref articles, stats.Articles);
        });
        return new(spec.Days, pages, articles, bytes);
    }

    public static CorpusStats WriteEdition(string issuesFolder, PlannedEdition edition)
    {
        var dir = Path.Combine(issuesFolder, EditionFolder(edition.Date));
        Directory.CreateDirectory(dir);
        long bytes = 0;
        foreach (var page in edition.Pages)
        {
            var data = Utf8.GetBytes(page.Text);
            File.WriteAllBytes(Path.Combine(dir, PageFile(page.Number)), data);
            bytes += data.Length;
        }
        File.WriteAllBytes(Path.Combine(dir, "edition.yml"), Utf8.GetBytes(edition.Manifest));
        return new(1, edition.Pages.Length, edition.ArticleCount, bytes);
    }

    public static string EditionFolder(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static string PageFile(int number) => $"{number:00}.txt";
}
