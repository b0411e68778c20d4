using System.Collections.Immutable;

namespace Site.Publishing.Imaging;

/// <summary>The widths images are drawn at, for srcset: a browser picks by the room it has and the screen's
/// pixel density.</summary>
public static class PageImageSizes
{
    /// <summary>The whole page: 400 for the article's thumbnail (800 at 2x), 800–1800 for the 版 view on phones
    /// to wide high-density screens.</summary>
    public static readonly ImmutableArray<int> Page = [400, 800, 1200, 1800];

    /// <summary>The thumbnail's widths, of <see cref="Page"/>.</summary>
    public static readonly ImmutableArray<int> Thumbnail = [400, 800];

    /// <summary>A photo cut from the page: the article's measure at 1x and 2x.</summary>
    public static readonly ImmutableArray<int> Photo = [640, 1280];
}
