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
    }

    [Fact]
    public void A_crop_scales_the_page_so_that_the_region_is_as_wide_as_asked()
    {
        var spec = RasterSpec.Crop(Page, new PageRegion(20, 380, 250, 194), 640);
        // 640 / 250 points = 2.56 pixels a point.
        Assert.Equal((1075, 1521), (spec.PageWidth, spec.PageHeight));
        Assert.Equal((51, 973, 640, 497), (spec.CropX, spec.CropY, spec.Width, spec.Height));
        Assert.True(spec.IsCrop);
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
    public void Specs_that_make_different_images_have_different_keys()
    {
        Assert.NotEqual(RasterSpec.WholePage(Page, 800).Key, RasterSpec.WholePage(Page, 1200).Key);
        Assert.NotEqual(RasterSpec.WholePage(Page, 800).Key, RasterSpec.WholePage(Page with { Page = 2 }, 800).Key);
        Assert.Equal(RasterSpec.WholePage(Page, 800).Key, RasterSpec.WholePage(Page, 800).Key);
    }

    [Fact]
    public void A_page_is_drawn_as_wide_as_its_widest_image_needs_and_no_wider_than_the_limit()
    {
        Assert.Equal(new MasterSpec(1, 1800, 2546), MasterSpec.For(Page, [RasterSpec.WholePage(Page, 400), RasterSpec.WholePage(Page, 1800)]));
        // A photo 250 points wide at 1280 px needs the page at 2150 px.
        var photo = RasterSpec.Crop(Page, new PageRegion(20, 380, 250, 194), 1280);
        Assert.Equal(new MasterSpec(1, 2150, 3041), MasterSpec.For(Page, [RasterSpec.WholePage(Page, 1800), photo]));
        // One 40 points wide would need it at 13,440 px.
        var narrow = RasterSpec.Crop(Page, new PageRegion(20, 380, 40, 40), 1280);
        Assert.Equal(MasterSpec.MaxWidth, MasterSpec.For(Page, [narrow]).Width);
    }

    [Fact]
    public void Pdftoppm_draws_the_page_once_as_raw_pixels_at_the_masters_size()
    {
        Assert.Equal(["-f", "2", "-l", "2", "-singlefile", "-scale-to-x", "1800", "-scale-to-y", "2546", "in.pdf", "out"],
            new MasterSpec(2, 1800, 2546).Arguments("in.pdf", "out"));
    }
}
