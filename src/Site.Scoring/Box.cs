namespace Site.Scoring;

/// <summary>A rectangle on a printed page in PDF points, measured from the page's top-left corner (x to the
/// right, y down), as the parser's article regions are.</summary>
public sealed record Box(double X, double Y, double Width, double Height)
{
    public double Right => X + Width;
    public double Bottom => Y + Height;
    public double Area => Math.Max(0, Width) * Math.Max(0, Height);

    /// <summary>The part both share, or null when they do not overlap.</summary>
    public Box? Intersect(Box other)
    {
        var (left, top) = (Math.Max(X, other.X), Math.Max(Y, other.Y));
        var (right, bottom) = (Math.Min(Right, other.Right), Math.Min(Bottom, other.Bottom));
        return right > left && bottom > top ? new Box(left, top, right - left, bottom - top) : null;
    }
}

/// <summary>Where the typesetter set one line of an article: which part of it (kicker, headline, subheadline,
/// byline, body, caption, credit) and the line's box.</summary>
public sealed record LineBox(string Part, Box Box);
