using Site.Testing;
using Site.Publishing.Documents;
using Site.Publishing.Imaging;
using Site.Publishing.Pipeline;

namespace Site.Publishing.Tests.Imaging;

/// <summary>The stage that turns an edition's PDF pages into files: PDFs always, images where pdftoppm is.</summary>
[Trait("Speed", "Slow")]
public sealed class PageImagingTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("page-imaging-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Without_pdftoppm_a_pdf_page_publishes_its_pdf_and_no_image_and_says_so_once()
    {
        var imaging = new PageImaging(null, new RenderedImageStore(null));
        var (files, art) = imaging.Run(PrintedFixture.Edition());
        var file = Assert.Single(files);
        Assert.Equal("2025/08/04/01/20250804-01.pdf", file.Path);
        Assert.Equal(File.ReadAllBytes(PrintedFixture.Pdf), file.Content);
        Assert.False(art[1].HasImages);
        Assert.False(art.ContainsKey(2));   // the text page has no art
        Assert.True(imaging.MissedImages);
        Assert.Contains("apt-get install poppler-utils", Pdftoppm.MissingNote);
    }

    [Fact]
    public void A_text_only_edition_gives_nothing_and_notes_nothing()
    {
        var imaging = new PageImaging(null, new RenderedImageStore(null));
        var edition = PrintedFixture.Edition();
        var (files, art) = imaging.Run(edition with { Pages = [edition.Pages[1]] });
        Assert.Empty(files);
        Assert.Empty(art);
        Assert.False(imaging.MissedImages);
    }

    [PdftoppmFact]
    public void A_pdf_page_gives_its_pdf_the_page_at_every_width_and_each_photo()
    {
        var imaging = new PageImaging(PdftoppmFactAttribute.Require(), new RenderedImageStore(Path.Combine(folder, "cache")));
        var (files, art) = imaging.Run(PrintedFixture.Edition());
        var page = art[1];
        Assert.Equal([400, 800, 1200, 1800], page.Page.Select(r => r.Width));
        Assert.All(page.Page, r => Assert.Matches(@"^2025/08/04/01/page-[0-9a-f]{16}-\d+\.jpg$", r.Path));
        var photo = Assert.Single(page.Photos);
        Assert.Equal(3, photo.Key);
        Assert.Equal([640, 1280], photo.Value.Select(r => r.Width));
        Assert.Equal(1 + 4 + 2, files.Length);
        foreach (var r in page.Page.Concat(photo.Value))
            Assert.Equal((r.Width, r.Height), JpegSize.Of(files.Single(f => f.Path == r.Path).Content));
        Assert.False(imaging.MissedImages);
    }

    [PdftoppmFact]
    public void A_page_is_drawn_once_for_all_its_images()
    {
        if (OperatingSystem.IsWindows()) return;
        // A pdftoppm that logs each run and hands it to the real one.
        var log = Path.Combine(folder, "runs.log");
        var counting = Path.Combine(folder, "pdftoppm");
        File.WriteAllText(counting, $"#!/bin/sh\necho run >> '{log}'\nexec '{PdftoppmFactAttribute.Require()}' \"$@\"\n");
        File.SetUnixFileMode(counting, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var (files, _) = new PageImaging(counting, new RenderedImageStore(null)).Run(PrintedFixture.Edition());
        Assert.Equal(1 + 4 + 2, files.Length);
        Assert.Single(File.ReadAllLines(log));
    }

    [Fact]
    public void Where_the_image_library_does_not_load_a_pdf_page_publishes_its_pdf_and_no_image_and_says_why()
    {
        var imaging = new PageImaging("/bin/false", new RenderedImageStore(null), libraryError: "libfontconfig.so.1: cannot open shared object file");
        var (files, art) = imaging.Run(PrintedFixture.Edition());
        Assert.Equal("2025/08/04/01/20250804-01.pdf", Assert.Single(files).Path);
        Assert.False(art[1].HasImages);
        Assert.True(imaging.MissedImages);
        Assert.Equal("no-page-images", imaging.Capability);
        Assert.Contains("apt-get install libfontconfig1", ImageLibrary.MissingNote("libfontconfig.so.1: cannot open shared object file"));
    }

    [Fact]
    public void A_load_failure_is_told_by_the_line_that_says_why()
    {
        const string message = """
            Unable to load shared library 'libSkiaSharp' or one of its dependencies. In order to help diagnose loading problems, consider using a tool like strace.
            /app/runtimes/linux-x64/native/libSkiaSharp.so: libfontconfig.so.1: cannot open shared object file: No such file or directory
            /usr/share/dotnet/shared/Microsoft.NETCore.App/10.0.12/libSkiaSharp.so: cannot open shared object file: No such file or directory
            /app/libSkiaSharp.so: cannot open shared object file: No such file or directory
            """;
        Assert.Equal("/app/runtimes/linux-x64/native/libSkiaSharp.so: libfontconfig.so.1: cannot open shared object file: No such file or directory",
            ImageLibrary.Reason(message));
        Assert.Equal("something else", ImageLibrary.Reason("something else"));
    }

    [Fact]
    public void The_image_library_loads_here()
    {
        // Its native part comes with the package; fontconfig is the one library it needs from the machine.
        Assert.Null(ImageLibrary.LoadError);
    }

    [PdftoppmFact]
    public void A_photo_whose_region_lies_off_the_page_is_left_out_and_the_page_still_drawn()
    {
        var edition = PrintedFixture.Edition();
        var page = edition.Pages[0];
        var offPage = page.Articles[2] with { Article = page.Articles[2].Article with { Regions = [new(500, 700, 50, 50)] } };
        edition = edition with { Pages = [page with { Articles = page.Articles.SetItem(2, offPage) }, edition.Pages[1]] };
        var (_, art) = new PageImaging(PdftoppmFactAttribute.Require(), new RenderedImageStore(null)).Run(edition);
        Assert.Empty(art[1].Photos);
        Assert.Equal(4, art[1].Page.Length);
    }

    [PdftoppmFact]
    public void An_unchanged_pdf_is_not_drawn_again_and_gives_the_same_names_and_bytes()
    {
        var store = new RenderedImageStore(Path.Combine(folder, "cache"));
        var (first, _) = new PageImaging(PdftoppmFactAttribute.Require(), store).Run(PrintedFixture.Edition());
        // A "pdftoppm" that always fails: everything must come from the store.
        var (second, _) = new PageImaging("/bin/false", store).Run(PrintedFixture.Edition());
        Assert.Equal(first.Select(f => (f.Path, Convert.ToHexString(f.Content))), second.Select(f => (f.Path, Convert.ToHexString(f.Content))));
    }

    [PdftoppmFact]
    public void A_changed_pdf_gets_new_image_names()
    {
        var changed = Path.Combine(folder, "changed.pdf");
        File.WriteAllBytes(changed, [.. File.ReadAllBytes(PrintedFixture.Pdf), .. "\n%changed\n"u8.ToArray()]);
        var imaging = new PageImaging(PdftoppmFactAttribute.Require(), new RenderedImageStore(null));
        var (_, before) = imaging.Run(PrintedFixture.Edition());
        var (_, after) = imaging.Run(PrintedFixture.Edition(changed));
        Assert.Empty(before[1].Page.Select(r => r.Path).Intersect(after[1].Page.Select(r => r.Path)));
    }

    [Fact]
    public void A_page_without_a_size_fails_the_build_naming_its_file()
    {
        var edition = PrintedFixture.Edition();
        edition = edition with { Pages = [edition.Pages[0] with { Printed = new(1, 0, 594) }, edition.Pages[1]] };
        var e = Assert.Throws<Site.Publishing.Documents.InputException>(() => new PageImaging(null, new RenderedImageStore(null)).Run(edition));
        Assert.StartsWith(PrintedFixture.Pdf + ": error page-image: page 1 has no size", e.Message);
    }

    [Fact]
    public void A_pdf_that_cannot_be_drawn_fails_the_build_naming_it()
    {
        var damaged = Path.Combine(folder, "damaged.pdf");
        File.WriteAllText(damaged, "not a pdf");
        var imaging = new PageImaging("/bin/false", new RenderedImageStore(null));
        var e = Assert.Throws<Site.Publishing.Documents.InputException>(() => imaging.Run(PrintedFixture.Edition(damaged)));
        Assert.StartsWith(damaged + ":", e.Message);
    }
}
