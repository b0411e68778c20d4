using System.Collections.Immutable;
using Site.Parsing.Model;

namespace Site.Publishing.Imaging;

/// <summary>What a PDF page publishes besides its HTML: the PDF itself and images of the page, as site paths.</summary>
/// <param name="Pdf">The page's PDF, for download.</param>
/// <param name="PdfBytes">The PDF's size, to say it beside the link.</param>
/// <param name="Printed">The page's size in points: the frame of its articles' regions.</param>
/// <param name="Page">The whole page, narrowest first; empty where pdftoppm is missing.</param>
/// <param name="Photos">The photo of each photo article with a region, by the article's number, narrowest first.</param>
public sealed record PageArt(
    string Pdf,
    long PdfBytes,
    PrintedPage Printed,
    ImmutableArray<Rendition> Page,
    ImmutableDictionary<int, ImmutableArray<Rendition>> Photos)
{
    public bool HasImages => !Page.IsEmpty;
}

/// <summary>One image file: its site path and its size in pixels.</summary>
public sealed record Rendition(string Path, int Width, int Height);
