using Site.Parsing.Model;
using Site.Publishing.Imaging;
using Site.Testing;

namespace Site.Publishing.Tests.Imaging;

/// <summary>pdftoppm run on a real PDF page (skipped, saying so, where it is missing; required on CI).</summary>
[Trait("Speed", "Slow")]
public sealed class PageRendererTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("page-renderer-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [PdftoppmFact]
    public void Draws_the_whole_page_at_the_width_asked_as_a_jpeg()
    {
        var renderer = new PageRenderer(PdftoppmFactAttribute.Require());
        var target = Path.Combine(folder, "page.jpg");
        renderer.Render(PrintedFixture.Pdf, RasterSpec.WholePage(PrintedFixture.Printed, 800), target);
        Assert.Equal((800, 1131), JpegSize.Of(File.ReadAllBytes(target)));
    }

    [PdftoppmFact]
    public void Draws_a_region_of_the_page_at_the_size_its_spec_says()
    {
        var renderer = new PageRenderer(PdftoppmFactAttribute.Require());
        var spec = RasterSpec.Crop(PrintedFixture.Printed, new PageRegion(20, 380, 250, 140), 640);
        var target = Path.Combine(folder, "photo.jpg");
        renderer.Render(PrintedFixture.Pdf, spec, target);
        var bytes = File.ReadAllBytes(target);
        Assert.Equal((spec.Width, spec.Height), JpegSize.Of(bytes));
        // The fixture's photo is a blue-to-yellow gradient, not white paper: a flat white crop compresses to almost nothing.
        Assert.True(bytes.Length > 3_000, $"the crop is {bytes.Length} bytes: it looks blank");
    }

    [PdftoppmFact]
    public void The_same_page_gives_the_same_bytes()
    {
        var renderer = new PageRenderer(PdftoppmFactAttribute.Require());
        var spec = RasterSpec.WholePage(PrintedFixture.Printed, 400);
        renderer.Render(PrintedFixture.Pdf, spec, Path.Combine(folder, "a.jpg"));
        renderer.Render(PrintedFixture.Pdf, spec, Path.Combine(folder, "b.jpg"));
        Assert.Equal(File.ReadAllBytes(Path.Combine(folder, "a.jpg")), File.ReadAllBytes(Path.Combine(folder, "b.jpg")));
    }

    [PdftoppmFact]
    public void A_damaged_pdf_fails_with_pdftoppms_reason()
    {
        var renderer = new PageRenderer(PdftoppmFactAttribute.Require());
        var pdf = Path.Combine(folder, "damaged.pdf");
        File.WriteAllBytes(pdf, File.ReadAllBytes(PrintedFixture.Pdf)[..2000]);
        var e = Assert.Throws<BoundedProcessException>(() =>
            renderer.Render(pdf, RasterSpec.WholePage(PrintedFixture.Printed, 400), Path.Combine(folder, "x.jpg")));
        Assert.Contains("pdftoppm", e.Message);
    }

    [Fact]
    public void A_renderer_that_overruns_is_stopped_and_fails()
    {
        if (OperatingSystem.IsWindows()) return;
        var stuck = Path.Combine(folder, "stuck-pdftoppm");
        File.WriteAllText(stuck, "#!/bin/sh\nsleep 60\n");
        File.SetUnixFileMode(stuck, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var renderer = new PageRenderer(stuck, TimeSpan.FromSeconds(1));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var e = Assert.Throws<BoundedProcessException>(() =>
            renderer.Render(PrintedFixture.Pdf, RasterSpec.WholePage(PrintedFixture.Printed, 400), Path.Combine(folder, "x.jpg")));
        Assert.Contains("did not finish", e.Message);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
    }

    [Fact]
    public void Pdftoppm_is_found_where_SITE_PDFTOPPM_names_it_or_on_the_path_and_else_is_missing()
    {
        var fake = Path.Combine(folder, "pdftoppm");
        File.WriteAllText(fake, "");
        Assert.Equal(fake, Pdftoppm.Find(name => name == "SITE_PDFTOPPM" ? fake : null));
        Assert.Null(Pdftoppm.Find(name => name == "SITE_PDFTOPPM" ? Path.Combine(folder, "nowhere") : null));
        Assert.Equal(fake, Pdftoppm.Find(name => name == "PATH" ? folder : null));
    }
}
