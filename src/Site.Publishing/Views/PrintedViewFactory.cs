using System.Collections.Immutable;
using System.Globalization;
using Site.Parsing.Model;
using Site.Publishing.Imaging;

namespace Site.Publishing.Views;

/// <summary>Builds the views of a PDF page's art for one page of the site: links relative to it, areas as
/// percentages of the printed page.</summary>
public static class PrintedViewFactory
{
    /// <param name="articles">Each article with a page of its own: its link, title and regions.</param>
    public static PrintedPageView Page(ViewFactory v, PageArt art, string pageLabel,
        IEnumerable<(string Path, string Title, ImmutableArray<PageRegion> Regions)> articles) => new(
        art.HasImages ? Image(v, art.Page, PageImageSizes.Page, 800, $"{pageLabel} 版面图") : null,
        [.. articles.Where(a => !a.Regions.IsEmpty).Select(a => new PageAreaView(v.Link(a.Path), a.Title, Boxes(art.Printed, a.Regions)))],
        v.Link(art.Pdf), art.Pdf[(art.Pdf.LastIndexOf('/') + 1)..], Size(art.PdfBytes));

    public static PrintedArticleView Article(ViewFactory v, PageArt art, string pageLabel, ImmutableArray<PageRegion> regions) => new(
        art.HasImages ? Image(v, art.Page, PageImageSizes.Thumbnail, 400, $"{pageLabel} 版面，标出本文位置") : null,
        Boxes(art.Printed, regions),
        v.Link(art.Pdf));

    /// <summary>A photo article's photo cut from the page, with the caption as its text alternative.</summary>
    public static ImageView? Photo(ViewFactory v, PageArt art, int number, string alt) =>
        art.Photos.TryGetValue(number, out var renditions) && !renditions.IsEmpty
            ? Image(v, renditions, [.. renditions.Select(r => r.Width)], renditions[0].Width, alt) : null;

    /// <summary>The renditions of the widths given; the one <paramref name="fallbackWidth"/> wide (else the
    /// narrowest) is the src of a browser without srcset, and gives the width and height attributes.</summary>
    private static ImageView Image(ViewFactory v, ImmutableArray<Rendition> renditions, ImmutableArray<int> widths, int fallbackWidth, string alt)
    {
        var chosen = renditions.Where(r => widths.Contains(r.Width)).OrderBy(r => r.Width).ToList();
        if (chosen.Count == 0) chosen = [.. renditions.OrderBy(r => r.Width)];
        var fallback = chosen.FirstOrDefault(r => r.Width == fallbackWidth) ?? chosen[0];
        return new ImageView(v.Link(fallback.Path),
            string.Join(", ", chosen.Select(r => string.Create(CultureInfo.InvariantCulture, $"{v.Link(r.Path)} {r.Width}w"))),
            fallback.Width, fallback.Height, alt);
    }

    public static ImmutableArray<AreaBoxView> Boxes(PrintedPage printed, ImmutableArray<PageRegion> regions) =>
        [.. regions.Select(r =>
        {
            var left = Math.Clamp(r.X, 0, printed.Width);
            var top = Math.Clamp(r.Y, 0, printed.Height);
            var right = Math.Clamp(r.Right, left, printed.Width);
            var bottom = Math.Clamp(r.Bottom, top, printed.Height);
            return new AreaBoxView(Percent(left, printed.Width), Percent(top, printed.Height),
                Percent(right - left, printed.Width), Percent(bottom - top, printed.Height));
        })];

    /// <summary>A share of the whole as a CSS percentage, to three decimals (a thousandth of a percent of a
    /// 1800 px image is well under a pixel), in the invariant culture.</summary>
    public static string Percent(double part, double whole) =>
        (whole <= 0 ? 0 : Math.Round(part / whole * 100, 3, MidpointRounding.AwayFromZero)).ToString("0.###", CultureInfo.InvariantCulture) + "%";

    /// <summary>A file's size as readers read it: "612 KB", "1.4 MB".</summary>
    public static string Size(long bytes) => bytes < 1024 * 1024
        ? string.Create(CultureInfo.InvariantCulture, $"{Math.Max(1, (bytes + 512) / 1024)} KB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.0} MB");
}
