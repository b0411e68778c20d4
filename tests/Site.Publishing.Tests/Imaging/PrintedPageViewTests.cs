using System.Text.RegularExpressions;
using Site.Publishing.Imaging;
using Site.Publishing.Pipeline;
using Site.Publishing.Rendering;
using Site.Publishing.Views;
using Site.Testing;

namespace Site.Publishing.Tests.Imaging;

/// <summary>The 版 view and article pages of a PDF page, as the views make them and the theme writes them.</summary>
public sealed partial class PrintedPageViewTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("printed-views-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static readonly PageArt Art = new("2025/08/04/01/20250804-01.pdf", 400_000, PrintedFixture.Printed,
        [new("2025/08/04/01/page-a-400.jpg", 400, 566), new("2025/08/04/01/page-a-800.jpg", 800, 1131),
         new("2025/08/04/01/page-a-1200.jpg", 1200, 1697), new("2025/08/04/01/page-a-1800.jpg", 1800, 2546)],
        System.Collections.Immutable.ImmutableDictionary<int, System.Collections.Immutable.ImmutableArray<Rendition>>.Empty
            .Add(3, [new("2025/08/04/01/photo-b-640.jpg", 640, 497), new("2025/08/04/01/photo-b-1280.jpg", 1280, 993)]));

    private static ViewFactory Factory(string from) => new(PrintedFixture.Config, from);

    [Fact]
    public void Each_article_with_a_region_is_one_area_placed_in_percentages_of_the_page()
    {
        var page = PrintedFixture.Edition().Pages[0];
        var view = PrintedViewFactory.Page(Factory("2025/08/04/01/index.html"), Art, "第01版：要闻",
            page.Articles.Select(a => ($"2025/08/04/01/{a.Number:00}.html", a.Article.Headline ?? "图片新闻", a.Article.RegionsOrEmpty())));
        Assert.Equal(["01.html", "02.html", "03.html", "04.html"], view.Areas.Select(a => a.Url));
        Assert.Equal(["全市夏粮收购进度过半", "老街焕新颜", "东湖荷花盛开", "社区开设暑托班"], view.Areas.Select(a => a.Title));
        // (20, 70) 250 × 200 points on a 420 × 594 page.
        Assert.Equal(new AreaBoxView("4.762%", "11.785%", "59.524%", "33.67%"), Assert.Single(view.Areas[0].Boxes));
        // An article printed in two parts is one link with two boxes.
        Assert.Equal(new[] { new AreaBoxView("66.667%", "11.785%", "28.571%", "50.505%"), new AreaBoxView("4.762%", "47.138%", "59.524%", "15.152%") },
            view.Areas[1].Boxes.ToArray());
        Assert.Equal("20250804-01.pdf", view.PdfUrl);
        Assert.Equal("20250804-01.pdf", view.PdfName);
        Assert.Equal("391 KB", view.PdfSize);
        var image = view.Image!;
        Assert.Equal(("page-a-800.jpg", 800, 1131), (image.Src, image.Width, image.Height));
        Assert.Equal("page-a-400.jpg 400w, page-a-800.jpg 800w, page-a-1200.jpg 1200w, page-a-1800.jpg 1800w", image.SrcSet);
    }

    [Fact]
    public void An_article_gets_a_thumbnail_of_its_page_with_its_area_marked_and_a_photo_its_crop()
    {
        var v = Factory("2025/08/04/01/03.html");
        var view = PrintedViewFactory.Article(v, Art, "第01版：要闻", [new(20, 380, 250, 194)]);
        Assert.Equal("page-a-400.jpg 400w, page-a-800.jpg 800w", view.Thumbnail!.SrcSet);
        Assert.Equal(("page-a-400.jpg", 400, 566), (view.Thumbnail.Src, view.Thumbnail.Width, view.Thumbnail.Height));
        Assert.Equal(new AreaBoxView("4.762%", "63.973%", "59.524%", "32.66%"), Assert.Single(view.Marks));
        var photo = PrintedViewFactory.Photo(v, Art, 3, "游客观赏荷花")!;
        Assert.Equal(("photo-b-640.jpg", 640, 497, "游客观赏荷花"), (photo.Src, photo.Width, photo.Height, photo.Alt));
        Assert.Null(PrintedViewFactory.Photo(v, Art, 1, "x"));
    }

    [Fact]
    public void Areas_are_clipped_to_the_page_and_sizes_read_as_readers_read_them()
    {
        var box = Assert.Single(PrintedViewFactory.Boxes(PrintedFixture.Printed, [new(-10, 500, 500, 200)]));
        Assert.Equal(new AreaBoxView("0%", "84.175%", "100%", "15.825%"), box);
        Assert.Equal("1 KB", PrintedViewFactory.Size(100));
        Assert.Equal("612 KB", PrintedViewFactory.Size(612 * 1024));
        Assert.Equal("1.4 MB", PrintedViewFactory.Size(1_468_006));
    }

    [PdftoppmFact]
    [Trait("Speed", "Slow")]
    public void The_pages_html_links_every_area_over_the_image_and_offers_the_pdf()
    {
        PrintedFixture.Build(folder, new PageImaging(PdftoppmFactAttribute.Require(), new RenderedImageStore(null)));
        var html = File.ReadAllText(Path.Combine(folder, "2025/08/04/01/index.html"));
        Assert.Equal(["01.html", "02.html", "03.html", "04.html"], AreaLinks().Matches(html).Select(m => m.Groups[1].Value));
        Assert.Contains("<span class=\"visually-hidden\">老街焕新颜</span>", html);
        Assert.Contains("href=\"20250804-01.pdf\" download=\"20250804-01.pdf\"", html);
        Assert.Matches("<img src=\"page-[0-9a-f]{16}-800.jpg\" srcset=\"page-[0-9a-f]{16}-400.jpg 400w, ", html);
        // Every file the page names is there.
        foreach (Match m in Regex.Matches(html, "(?:src|href)=\"([^\"#]+\\.(?:jpg|pdf))\""))
            Assert.True(File.Exists(Path.Combine(folder, "2025/08/04/01", m.Groups[1].Value)), m.Groups[1].Value);
        // The text page keeps its view: no image, no PDF.
        var text = File.ReadAllText(Path.Combine(folder, "2025/08/04/02/index.html"));
        Assert.DoesNotContain("printed-page", text);
        Assert.DoesNotContain(".pdf", text);
    }

    [PdftoppmFact]
    [Trait("Speed", "Slow")]
    public void An_articles_html_shows_its_page_thumbnail_and_a_photo_its_photo_with_the_caption_as_alt()
    {
        PrintedFixture.Build(folder, new PageImaging(PdftoppmFactAttribute.Require(), new RenderedImageStore(null)));
        var article = File.ReadAllText(Path.Combine(folder, "2025/08/04/01/01.html"));
        Assert.Contains("<a class=\"page-thumb\" href=\"index.html\">", article);
        Assert.Contains("<span class=\"page-thumb-mark\" style=\"left: 4.762%; top: 11.785%; width: 59.524%; height: 33.67%\"></span>", article);
        var photo = File.ReadAllText(Path.Combine(folder, "2025/08/04/01/03.html"));
        Assert.Matches("<img class=\"photo-image\" src=\"photo-[0-9a-f]{16}-640.jpg\" [^>]*alt=\"8月3日，游客在东湖景区观赏荷花。", photo);
        Assert.DoesNotContain("photo-note", photo);
        var text = File.ReadAllText(Path.Combine(folder, "2025/08/04/02/01.html"));
        Assert.DoesNotContain("page-thumb", text);
    }

    [Fact]
    public void Without_pdftoppm_the_page_is_its_headline_list_and_its_pdf()
    {
        PrintedFixture.Build(folder, new PageImaging(null, new RenderedImageStore(null)));
        var html = File.ReadAllText(Path.Combine(folder, "2025/08/04/01/index.html"));
        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("page-area", html);
        Assert.Contains("href=\"20250804-01.pdf\"", html);
        Assert.Contains("老街焕新颜", html);
        Assert.True(File.Exists(Path.Combine(folder, "2025/08/04/01/20250804-01.pdf")));
        var article = File.ReadAllText(Path.Combine(folder, "2025/08/04/01/03.html"));
        Assert.Contains("photo-note", article);
        Assert.DoesNotContain("<img", article);
    }

    [GeneratedRegex("<a class=\"page-area\" href=\"([^\"]+)\">")]
    private static partial Regex AreaLinks();
}
