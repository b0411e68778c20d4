using Site.Publishing.Cache;
using Site.Publishing.Tests.Imaging;
using Site.Publishing.Tests.Output;
using Site.Testing;

namespace Site.Publishing.Tests.Cache;

/// <summary>An edition with a PDF page goes through the build cache whole: its page's printed size and its
/// articles' regions come back as they went in, and a text page's absent regions come back empty.</summary>
public sealed class PrintedModelCacheTests
{
    [Fact]
    public void A_pdf_pages_printed_size_and_regions_survive_the_cache()
    {
        using var temp = new TempFolder();
        var cache = new BuildCache(temp.Combine("cache"));
        var edition = PrintedFixture.Edition();
        cache.SaveModel("key", edition);
        var loaded = cache.LoadModel("key")!;
        Assert.Equal(edition.Pages[0].Printed, loaded.Pages[0].Printed);
        Assert.Null(loaded.Pages[1].Printed);
        for (var a = 0; a < edition.Pages[0].Articles.Length; a++)
            Assert.Equal(edition.Pages[0].Articles[a].Article.RegionsOrEmpty().ToArray(), loaded.Pages[0].Articles[a].Article.RegionsOrEmpty().ToArray());
        Assert.Empty(loaded.Pages[1].Articles[0].Article.RegionsOrEmpty());
    }
}
