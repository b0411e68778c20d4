using Site.Parsing.Model;
using Site.Publishing.Imaging;
using Site.Testing;

namespace Site.Publishing.Tests.Imaging;

/// <summary>Every image of a page made from one pdftoppm drawing of it (skipped where pdftoppm is missing; required on CI).</summary>
[Trait("Speed", "Slow")]
public sealed class PageDrawerTests
{
    private static readonly RasterSpec[] Specs =
    [
        RasterSpec.WholePage(PrintedFixture.Printed, 400),
        RasterSpec.WholePage(PrintedFixture.Printed, 1800),
        // The fixture's photo box: a blue-to-yellow gradient.
        RasterSpec.Crop(PrintedFixture.Printed, new PageRegion(20, 380, 250, 140), 640),
    ];

    private static byte[][] Draw() =>
        new PageDrawer(new PageRenderer(PdftoppmFactAttribute.Require())).Draw(PrintedFixture.Pdf, MasterSpec.For(PrintedFixture.Printed, Specs), Specs);

    [PdftoppmFact]
    public void Each_image_is_a_jpeg_of_its_specs_size()
    {
        var images = Draw();
        Assert.Equal(Specs.Select(s => (s.Width, s.Height)), images.Select(JpegSize.Of));
        // A flat white crop compresses to almost nothing: the photo's gradient is there.
        Assert.True(images[2].Length > 3_000, $"the crop is {images[2].Length} bytes: it looks blank");
    }

    [PdftoppmFact]
    public void The_same_page_gives_the_same_bytes()
    {
        Assert.Equal(Draw(), Draw());
    }

    [PdftoppmFact]
    public void A_damaged_pdf_fails_with_pdftoppms_reason()
    {
        var pdf = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(pdf, File.ReadAllBytes(PrintedFixture.Pdf)[..2000]);
            var drawer = new PageDrawer(new PageRenderer(PdftoppmFactAttribute.Require()));
            var e = Assert.Throws<BoundedProcessException>(() => drawer.Draw(pdf, new MasterSpec(1, 400, 566), [Specs[0]]));
            Assert.Contains("pdftoppm", e.Message);
        }
        finally
        {
            File.Delete(pdf);
        }
    }
}
