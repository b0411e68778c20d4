using Site.Parsing.Model;
using Site.Publishing.Imaging;

namespace Site.Publishing.Tests.Imaging;

public sealed class RasterSpecTests
{
    private static readonly PrintedPage Page = new(1, 420, 594);

    [Fact]
    public void A_whole_page_keeps_the_printed_pages_proportions()
    {
        var spec = RasterSpec.WholePage(Page, 800);
        Assert.Equal((800, 1131), (spec.Width, spec.Height));
        Assert.False(spec.IsCrop);
        Assert.Equal(["-f", "1", "-l", "1", "-singlefile", "-scale-to-x", "800", "-scale-to-y", "1131",
            "-jpeg", "-jpegopt", RasterSpec.JpegOptions, "in.pdf", "out"], spec.Arguments("in.pdf", "out"));
    }

    [Fact]
    public void A_crop_draws_the_page_at_the_scale_that_makes_the_region_as_wide_as_asked()
    {
        var spec = RasterSpec.Crop(Page, new PageRegion(20, 380, 250, 194), 640);
        // 640 / 250 points = 2.56 pixels a point.
        Assert.Equal((1075, 1521), (spec.PageWidth, spec.PageHeight));
        Assert.Equal((51, 973, 640, 497), (spec.CropX, spec.CropY, spec.Width, spec.Height));
        Assert.True(spec.IsCrop);
        Assert.Contains("-W", spec.Arguments("in.pdf", "out"));
    }

    [Fact]
    public void A_region_past_the_pages_edge_is_clipped_to_the_page()
    {
        var spec = RasterSpec.Crop(Page, new PageRegion(300, 500, 200, 200), 240);
        Assert.True(spec.CropX + spec.Width <= spec.PageWidth);
        Assert.True(spec.CropY + spec.Height <= spec.PageHeight);
        Assert.Throws<ArgumentException>(() => RasterSpec.Crop(Page, new PageRegion(500, 10, 20, 20), 240));
    }

    [Fact]
    public void Specs_that_draw_different_images_have_different_keys()
    {
        Assert.NotEqual(RasterSpec.WholePage(Page, 800).Key, RasterSpec.WholePage(Page, 1200).Key);
        Assert.NotEqual(RasterSpec.WholePage(Page, 800).Key, RasterSpec.WholePage(Page with { Page = 2 }, 800).Key);
        Assert.Equal(RasterSpec.WholePage(Page, 800).Key, RasterSpec.WholePage(Page, 800).Key);
    }
}
