using System.Text.Json.Nodes;
using Site.Testing;
using Site.Publishing.Pipeline;
using Site.Publishing.Tests.Output;

namespace Site.Publishing.Tests.Imaging;

/// <summary>A real PDF filed as input/issues/DATE/01.pdf through the whole build: read by position, published
/// as the page image with its articles' areas, edition.json stating sizes and regions, and not read again when
/// unchanged.</summary>
[Trait("Speed", "Slow")]
public sealed class PdfInputBuildTests
{
    private static readonly string Fixture = Path.Combine(Repo.Root, "tests", "Site.Parsing.Tests", "Pdf", "two-columns.pdf");

    private static BuildOptions Options(TempFolder temp) => PrintedSiteBuildTests.Options(temp);

    private static void Input(TempFolder temp)
    {
        var edition = temp.Combine("input", "issues", "2025-08-05");
        Directory.CreateDirectory(edition);
        File.Copy(Path.Combine(Repo.Root, "input", "site.yml"), temp.Combine("input", "site.yml"));
        File.Copy(Fixture, Path.Combine(edition, "01.pdf"));
        File.WriteAllText(Path.Combine(edition, "edition.yml"), "pages:\n  1: 要闻\n");
    }

    [PdftoppmFact]
    public void A_pdf_page_in_the_input_is_published_as_its_image_with_a_link_per_article()
    {
        PdftoppmFactAttribute.Require();
        using var temp = new TempFolder();
        Input(temp);
        SiteBuild.Run(Options(temp));   // a broken link or a missing image would fail it

        var page = File.ReadAllText(temp.Combine("output", "2025/08/05/01/index.html"));
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(page, "<a class=\"page-area\"").Count);
        Assert.Contains("全市夏粮收购进度过半", page);
        Assert.True(File.Exists(temp.Combine("output", "2025/08/05/01/20250805-01.pdf")));
        Assert.NotEmpty(Directory.GetFiles(temp.Combine("output", "2025/08/05/01"), "page-*.jpg"));

        var json = JsonNode.Parse(File.ReadAllText(temp.Combine("output", "2025/08/05/edition.json")))!;
        var printed = json["pages"]![0]!["printed"]!;
        Assert.Equal(425.2, printed["width"]!.GetValue<double>(), 0.5);
        foreach (var article in json["pages"]![0]!["articles"]!.AsArray())
            Assert.NotEmpty(article!["regions"]!.AsArray());
    }

    [Fact]
    public void An_unchanged_pdf_is_not_read_again()
    {
        using var temp = new TempFolder();
        Input(temp);
        var first = SiteBuild.Run(Options(temp));
        Assert.Equal(1, first.EditionsParsed);
        var again = SiteBuild.Run(Options(temp));
        Assert.Equal(0, again.EditionsParsed);
        Assert.Equal(0, again.FilesWritten);
    }
}
