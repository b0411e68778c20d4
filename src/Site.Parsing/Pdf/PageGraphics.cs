using Site.Parsing.Model;
using UglyToad.PdfPig.Content;

namespace Site.Parsing.Pdf;

/// <summary>The rectangles a page draws besides its text, top-down: photos and boxes (filled or framed
/// rectangles, images). Rules (thin lines) and the page's own background are left out.</summary>
internal static class PageGraphics
{
    public static List<PageRegion> Read(Page page)
    {
        var (width, height) = (page.Width, page.Height);
        var rects = new List<PageRegion>();
        foreach (var path in page.Paths)
        {
            if (!path.IsFilled && !path.IsStroked) continue;
            if (path.GetBoundingRectangle() is not { } r) continue;
            rects.Add(new PageRegion(r.Left, height - r.Top, r.Width, r.Height));
        }
        foreach (var image in page.GetImages())
        {
            var r = image.BoundingBox;
            rects.Add(new PageRegion(r.Left, height - r.Top, r.Width, r.Height));
        }
        return [.. rects.Where(r => r.Width > 4 && r.Height > 4 && !(r.Width > width * 0.9 && r.Height > height * 0.9))];
    }
}
