using System.Text;
using System.Text.RegularExpressions;
using Site.Corpus.Typesetting;
using Site.Testing;

namespace Site.Corpus.Tests;

/// <summary>Pages printed in one browser (<see cref="PrintSession"/>) are the pages a chromium started for each
/// print gives: the same extracted text and gold (with its line boxes) byte for byte, and the same PDF but for
/// the two dates of its metadata.</summary>
[Trait("Speed", "Slow")]
public sealed partial class PrintSessionTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("site-print-session-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [TypesetterFact]
    public void One_browser_prints_what_a_chromium_per_print_does()
    {
        var each = Typeset("each", printEach: true);
        var session = Typeset("session", printEach: false);

        var files = Directory.GetFiles(each, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(each, f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(files, Directory.GetFiles(session, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(session, f)).Order(StringComparer.Ordinal));
        Assert.Equal(4, files.Count(f => f.EndsWith(".pdf", StringComparison.Ordinal)));
        Assert.Equal(4, files.Count(f => f.EndsWith(".gold.json", StringComparison.Ordinal)));
        foreach (var file in files)
        {
            var (a, b) = (File.ReadAllBytes(Path.Combine(each, file)), File.ReadAllBytes(Path.Combine(session, file)));
            if (file.EndsWith(".pdf", StringComparison.Ordinal)) Assert.True(WithoutDates(a).SequenceEqual(WithoutDates(b)), $"{file} differs beyond its dates");
            else if (file == "manifest.json") Assert.Equal(Encoding.UTF8.GetString(a).Replace("/each", "/OUT"), Encoding.UTF8.GetString(b).Replace("/session", "/OUT"));
            else Assert.True(a.SequenceEqual(b), $"{file} differs");
        }
    }

    /// <summary>One page per split of two papers: four pages, printed two at a time.</summary>
    private string Typeset(string name, bool printEach)
    {
        var folder = Path.Combine(root, name);
        var material = MaterialLibrary.Load(MaterialLibrary.DefaultFolder(Repo.Root));
        var options = new Typesetter.Options(folder, Pages: 1, Seed: 5, Papers: [Paper.ById("pinghu"), Paper.ById("national")],
            KeepHtml: false, Jobs: 2, KeepPdf: true, PrintEach: printEach);
        Assert.Equal(0, new Typesetter(material, TextWriter.Null).Run(options));
        return folder;
    }

    /// <summary>The PDF with its CreationDate and ModDate (the moment it was printed) blanked.</summary>
    private static byte[] WithoutDates(byte[] pdf) =>
        Encoding.Latin1.GetBytes(Dates().Replace(Encoding.Latin1.GetString(pdf), "/$1 (D:)"));

    [GeneratedRegex(@"/(CreationDate|ModDate) \(D:[^)]*\)")]
    private static partial Regex Dates();
}
