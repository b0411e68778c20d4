using Site.Publishing.Check;
using Site.Publishing.Imaging;
using Site.Testing;

namespace Site.Publishing.Tests.Imaging;

/// <summary>The site checker sees a PDF page's images and PDF like any other file: every src, srcset candidate
/// and download link resolves, and one that does not is reported.</summary>
[Trait("Speed", "Slow")]
public sealed class PrintedPageCheckTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("printed-check-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    /// <summary>Problems about the page's own files (the frame's links to the site-wide pages, which this
    /// edition rendered alone does not have, are not this test's).</summary>
    private static List<string> FileProblems(IEnumerable<Site.Publishing.Output.OutputFile> files)
    {
        var checker = new SiteChecker(null);
        foreach (var file in files) checker.Add(file);
        return [.. checker.Finish().Select(p => p.ToString()).Where(p => p.Contains(".jpg", StringComparison.Ordinal) || p.Contains(".pdf", StringComparison.Ordinal))];
    }

    [PdftoppmFact]
    public void Every_image_and_pdf_a_page_names_is_there()
    {
        var files = PrintedFixture.Build(folder, new PageImaging(PdftoppmFactAttribute.Require(), new RenderedImageStore(null)));
        Assert.Empty(FileProblems(files));
        // Without the widest page image, the srcsets naming it are reported.
        var missing = files.First(f => f.Path.EndsWith("-1800.jpg", StringComparison.Ordinal));
        var problems = FileProblems(files.Where(f => f != missing));
        Assert.Contains(problems, p => p.StartsWith("2025/08/04/01/index.html:", StringComparison.Ordinal) && p.Contains(missing.Path, StringComparison.Ordinal));
    }

    [PdftoppmFact]
    public void Site_check_on_the_built_folder_finds_the_images_and_the_pdf_too()
    {
        PrintedFixture.Build(folder, new PageImaging(PdftoppmFactAttribute.Require(), new RenderedImageStore(null)));
        var problems = SiteChecker.CheckFolder(folder, null).Select(p => p.ToString());
        Assert.DoesNotContain(problems, p => p.Contains(".jpg", StringComparison.Ordinal) || p.Contains(".pdf", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_pdftoppm_the_pdf_a_page_offers_is_there()
    {
        var files = PrintedFixture.Build(folder, new PageImaging(null, new RenderedImageStore(null)));
        Assert.Empty(FileProblems(files));
        Assert.NotEmpty(FileProblems(files.Where(f => !f.Path.EndsWith(".pdf", StringComparison.Ordinal))));
    }
}
