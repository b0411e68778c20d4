using System.Collections.Immutable;

namespace Site.Publishing.Views;

/// <summary>A PDF page on its 版 view: the page image with each article's area a link, and the PDF.</summary>
/// <param name="Image">The page image; null where the build could not draw it (the view is then the
/// headline list and the PDF).</param>
/// <param name="Areas">One per article printed with a region, in reading order.</param>
/// <param name="PdfSize">The PDF's size as a reader reads it ("612 KB").</param>
public sealed record PrintedPageView(ImageView? Image, ImmutableArray<PageAreaView> Areas, string PdfUrl, string PdfName, string PdfSize);

/// <summary>An image with its responsive sources: <paramref name="Src"/> the fallback, <paramref name="SrcSet"/>
/// every width ("a-800.jpg 800w, …"); <paramref name="Width"/> and <paramref name="Height"/> the fallback's size,
/// so the page keeps the image's room before it loads.</summary>
public sealed record ImageView(string Src, string SrcSet, int Width, int Height, string Alt);

/// <summary>An article's area on the page image: a link to it, named by its title.</summary>
public sealed record PageAreaView(string Url, string Title, ImmutableArray<AreaBoxView> Boxes);

/// <summary>One rectangle of an area, as CSS percentages of the page's width and height ("12.5%"), so it
/// scales with the image.</summary>
public sealed record AreaBoxView(string Left, string Top, string Width, string Height);

/// <summary>On an article page from a PDF page: a thumbnail of the page with the article's area marked.</summary>
/// <param name="Thumbnail">Null where the build could not draw the page.</param>
public sealed record PrintedArticleView(ImageView? Thumbnail, ImmutableArray<AreaBoxView> Marks, string PdfUrl);
