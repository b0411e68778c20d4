using Site.Parsing.Model;
using UglyToad.PdfPig.Content;

namespace Site.Parsing.Pdf;

/// <summary>The rectangles a page draws besides its text, top-down: photos and boxes (filled or framed
/// rectangles, images), and apart from them the rules (lines across, thin filled or stroked rectangles). The
/// page's own background is left out.</summary>
internal static class PageGraphics
{
    /// <summary>A rectangle at most this thick is a rule.</summary>
    private const double RuleThickness = 4;

    public static (List<PageRegion> Boxes, List<PageRegion> Rules) Read(Page page)
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
        return ([.. rects.Where(r => r.Width > RuleThickness && r.Height > RuleThickness && !(r.Width > width * 0.9 && r.Height > height * 0.9))],
            [.. rects.Where(r => r.Height <= RuleThickness && r.Width > 10)]);
    }
}
