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
    public void Draws_the_whole_page_at_the_size_asked_as_raw_pixels()
    {
        var renderer = new PageRenderer(PdftoppmFactAttribute.Require());
        var target = Path.Combine(folder, "page.ppm");
        renderer.Render(PrintedFixture.Pdf, new MasterSpec(1, 800, 1131), target);
        var ppm = Ppm.Read(File.ReadAllBytes(target), new FileInfo(target).Length);
        Assert.Equal((800, 1131), (ppm.Width, ppm.Height));
    }

    [PdftoppmFact]
    public void A_damaged_pdf_fails_with_pdftoppms_reason()
    {
        var renderer = new PageRenderer(PdftoppmFactAttribute.Require());
        var pdf = Path.Combine(folder, "damaged.pdf");
        File.WriteAllBytes(pdf, File.ReadAllBytes(PrintedFixture.Pdf)[..2000]);
        var e = Assert.Throws<BoundedProcessException>(() =>
            renderer.Render(pdf, new MasterSpec(1, 400, 566), Path.Combine(folder, "x.ppm")));
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
            renderer.Render(PrintedFixture.Pdf, new MasterSpec(1, 400, 566), Path.Combine(folder, "x.ppm")));
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
