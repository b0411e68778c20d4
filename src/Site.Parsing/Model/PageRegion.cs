namespace Site.Parsing.Model;

/// <summary>A rectangle on a printed page, in PDF points (1/72 inch) from the page's top-left corner,
/// x to the right and y down, as an image of the page is laid out.</summary>
public sealed record PageRegion(double X, double Y, double Width, double Height)
{
    public double Right => X + Width;
    public double Bottom => Y + Height;

    /// <summary>The smallest rectangle holding all of <paramref name="regions"/> (at least one).</summary>
    public static PageRegion Around(IEnumerable<PageRegion> regions)
    {
        var (left, top, right, bottom) = (double.MaxValue, double.MaxValue, double.MinValue, double.MinValue);
        foreach (var r in regions)
            (left, top, right, bottom) = (Math.Min(left, r.X), Math.Min(top, r.Y), Math.Max(right, r.Right), Math.Max(bottom, r.Bottom));
        if (left > right) throw new ArgumentException("no rectangle to hold", nameof(regions));
        return new PageRegion(left, top, right - left, bottom - top);
    }
}

/// <summary>The size of a page read from a PDF, in PDF points, as printed (its crop box, rotation applied).</summary>
/// <param name="Page">1-based page within the parsed file.</param>
public sealed record PrintedPage(int Page, double Width, double Height);
