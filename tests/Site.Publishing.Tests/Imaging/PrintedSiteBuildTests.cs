using Site.Testing;
using Site.Publishing.Cache;
using Site.Publishing.Documents;
using Site.Publishing.Pipeline;
using Site.Publishing.Tests.Output;

namespace Site.Publishing.Tests.Imaging;

/// <summary>A PDF page through the whole build — cache, render, link check, write, incremental state — before
/// the PDF reader exists: the edition's parse in the build cache is replaced by the hand-made model with a PDF
/// page (<see cref="PrintedFixture"/>), which the build then takes as it will take the reader's.</summary>
[Trait("Speed", "Slow")]
public sealed class PrintedSiteBuildTests
{
    internal static BuildOptions Options(TempFolder temp) => new(temp.Combine("input"), temp.Combine("output"),
        Path.Combine(Repo.Root, "themes"), CacheFolder: temp.Combine("cache"));

    /// <summary>The sample's edition of 2025-08-04 built once, then its cached parse swapped for the PDF model
    /// and the last build's state forgotten, so the next build renders it from the model.</summary>
    internal static void BuildWithPrintedModel(TempFolder temp, EditionModel? model = null)
    {
        var input = temp.Combine("input");
        Directory.CreateDirectory(Path.Combine(input, "issues", "2025-08-04"));
        File.Copy(Path.Combine(Repo.Root, "input", "site.yml"), Path.Combine(input, "site.yml"));
        foreach (var file in Directory.GetFiles(Path.Combine(Repo.Root, "input", "issues", "2025-08-04")))
            File.Copy(file, Path.Combine(input, "issues", "2025-08-04", Path.GetFileName(file)));
        SiteBuild.Run(Options(temp));

        var key = Path.GetFileNameWithoutExtension(Assert.Single(Directory.GetFiles(temp.Combine("cache", "editions"), "*.json")));
        new BuildCache(temp.Combine("cache")).SaveModel(key, model ?? PrintedFixture.Edition());
        foreach (var state in Directory.GetFiles(temp.Combine("cache"), "state-*.bin")) File.Delete(state);
    }

    [PdftoppmFact]
    public void A_pdf_page_is_published_with_its_pdf_and_images_and_every_link_checked()
    {
        PdftoppmFactAttribute.Require();
        using var temp = new TempFolder();
        BuildWithPrintedModel(temp);
        var report = SiteBuild.Run(Options(temp));   // a broken link or a missing image would fail it

        var page = File.ReadAllText(temp.Combine("output", "2025/08/04/01/index.html"));
        Assert.Contains("class=\"printed-page\"", page);
        Assert.Equal(4, System.Text.RegularExpressions.Regex.Matches(page, "<a class=\"page-area\"").Count);
        Assert.True(File.Exists(temp.Combine("output", "2025/08/04/01/20250804-01.pdf")));
        Assert.Equal(4 + 2, Directory.GetFiles(temp.Combine("output", "2025/08/04/01"), "*.jpg").Length);
        Assert.Equal(6, Directory.GetFiles(temp.Combine("cache", "page-images"), "*.jpg").Length);
        Assert.DoesNotContain(report.Notes.IsDefault ? [] : report.Notes, n => n.Contains("pdftoppm", StringComparison.Ordinal));

        // Unchanged: nothing rendered or written again, the images kept.
        var again = SiteBuild.Run(Options(temp));
        Assert.Equal(0, again.EditionsRendered);
        Assert.Equal(0, again.FilesWritten);
        Assert.Equal(4 + 2, Directory.GetFiles(temp.Combine("output", "2025/08/04/01"), "*.jpg").Length);
        Assert.DoesNotContain("og:image", page);   // no base URL, no absolute image URL
    }

    [PdftoppmFact]
    public void With_a_base_url_the_page_and_its_articles_name_their_image_for_link_previews()
    {
        PdftoppmFactAttribute.Require();
        using var temp = new TempFolder();
        BuildWithPrintedModel(temp);
        SiteBuild.Run(Options(temp) with { BaseUrl = "https://paper.example/" });   // the checker resolves og:image too

        var page = File.ReadAllText(temp.Combine("output", "2025/08/04/01/index.html"));
        Assert.Matches("<meta property=\"og:image\" content=\"https://paper.example/2025/08/04/01/page-[0-9a-f]{16}-1200.jpg\">", page);
        Assert.Contains("<meta property=\"og:image:width\" content=\"1200\">", page);
        var photo = File.ReadAllText(temp.Combine("output", "2025/08/04/01/03.html"));
        Assert.Matches("<meta property=\"og:image\" content=\"https://paper.example/2025/08/04/01/photo-[0-9a-f]{16}-1280.jpg\">", photo);
        Assert.Contains("<meta property=\"og:image:alt\" content=\"8月3日，游客在东湖景区观赏荷花。", photo);
        var text = File.ReadAllText(temp.Combine("output", "2025/08/04/02/01.html"));
        Assert.DoesNotContain("og:image", text);
    }
}

/// <summary>Builds on a machine without pdftoppm (SITE_PDFTOPPM naming nothing), alone: the variable is the
/// process's, and other tests look for pdftoppm.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class WithoutPdftoppm
{
    public const string Name = "without pdftoppm";
}

[Collection(WithoutPdftoppm.Name)]
[Trait("Speed", "Slow")]
public sealed class PrintedSiteBuildWithoutPdftoppmTests
{
    [Fact]
    public void Without_pdftoppm_the_build_succeeds_publishes_the_pdfs_and_says_what_to_install_once()
    {
        var before = Environment.GetEnvironmentVariable("SITE_PDFTOPPM");
        Environment.SetEnvironmentVariable("SITE_PDFTOPPM", "/nonexistent/pdftoppm");
        try
        {
            using var temp = new TempFolder();
            var edition = PrintedFixture.Edition();
            var first = edition.Pages[0];
            // Two PDF pages, one note.
            PrintedSiteBuildTests.BuildWithPrintedModel(temp, edition with { Pages = [first, first with { Number = 2, Name = "综合" }] });
            var report = SiteBuild.Run(PrintedSiteBuildTests.Options(temp));
            Assert.Equal(Site.Publishing.Imaging.Pdftoppm.MissingNote, Assert.Single(report.Notes, n => n.Contains("pdftoppm", StringComparison.Ordinal)));
            Assert.DoesNotContain(report.Warnings, w => w.ToString().Contains("pdf", StringComparison.OrdinalIgnoreCase));   // a note, not a warning: --strict passes
            Assert.True(File.Exists(temp.Combine("output", "2025/08/04/01/20250804-01.pdf")));
            Assert.True(File.Exists(temp.Combine("output", "2025/08/04/02/20250804-02.pdf")));
            Assert.Empty(Directory.GetFiles(temp.Combine("output", "2025/08/04/01"), "*.jpg"));
            Assert.DoesNotContain("page-area", File.ReadAllText(temp.Combine("output", "2025/08/04/01/index.html")));
        }
        finally
        {
            Environment.SetEnvironmentVariable("SITE_PDFTOPPM", before);
        }
    }
}
