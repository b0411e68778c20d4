using System.Collections.Immutable;
using System.Text;
using Site.Parsing.Model;
using Site.Parsing.Text;

namespace Site.Parsing.Pdf;

/// <summary>
/// Where each parsed article was printed: every printed line goes to the article whose text holds it (the
/// parser moves text between lines, never changes it, so a line's characters without spaces are found in
/// one article's kicker, headline, subheadline, byline, paragraphs and captions read in that order). A line
/// found in several articles (a section label printed as several kickers, a short last line) or in none goes
/// to the article whose lines it adjoins on the page (<see cref="Owners"/>). An article's region is the box
/// of its lines in each block they share: one rectangle per column part.
/// </summary>
internal static partial class RegionMapper
{
    public static ImmutableArray<Article> Attach(ImmutableArray<Article> articles, PageText text)
    {
        var owner = Owners(articles, text);
        var builder = articles.ToBuilder();
        for (var a = 0; a < articles.Length; a++)
        {
            var regions = new List<PageRegion>();
            var pictures = new List<PageRegion>();
            (int, int)? block = null;
            for (var i = 0; i < owner.Length; i++)
            {
                if (owner[i] != a || text.Lines[i] is not { } at) continue;
                var box = at.Line.Box;
                if (block == (at.Page, at.Block) && regions.Count > 0) regions[^1] = PageRegion.Around([regions[^1], box]);
                else
                {
                    // A caption brings its photo: the article's area covers the picture above it.
                    if (at.Picture is { } picture && !pictures.Contains(picture))
                    {
                        pictures.Add(picture);
                        regions.Add(picture);
                    }
                    regions.Add(box);
                }
                block = (at.Page, at.Block);
            }
            builder[a] = articles[a] with
            {
                Regions = ImmutableArray.CreateRange(regions.Select(Rounded)),
                Pictures = pictures.Count == 0 ? null : ImmutableArray.CreateRange(pictures.Select(Rounded)),
            };
        }
        return builder.MoveToImmutable();
    }

    private static string Normalized(Article a)
    {
        var sb = new StringBuilder();
        foreach (var part in new[] { a.Kicker, a.Headline, a.Subheadline }) sb.Append(part);
        foreach (var part in a.BylineSource.IsDefault ? [] : a.BylineSource) sb.Append(part);
        foreach (var part in a.Paragraphs) sb.Append(part);
        foreach (var part in a.Captions) sb.Append(part);
        return TextShape.Compact(sb.ToString());
    }

    /// <summary>A tenth of a point is finer than any screen shows, and keeps the JSON short and stable.</summary>
    private static PageRegion Rounded(PageRegion r) =>
        new(Math.Round(r.X, 1), Math.Round(r.Y, 1), Math.Round(r.Width, 1), Math.Round(r.Height, 1));
}
