using System.Text.Json;
using Site.Publishing.Documents;
using Site.Publishing.Output;
using Site.Publishing.Urls;

namespace Site.Publishing.Discovery;

/// <summary>An edition's machine-readable twin, /YYYY/MM/DD/edition.json: the edition's facts and, page by
/// page, every article in the parse contract's shape (in reading order, teasers and the weather box
/// included) with the URL of its page. URLs are relative to the site's root; "absoluteUrl" is null
/// unless the site has a base URL. A page read from a PDF also states its printed size ("printed": width
/// and height in PDF points) and each article where it is printed ("regions": rectangles x, y, width,
/// height in points from the page's top-left corner) and the photos it prints ("pictures", the same way);
/// a text page states none of these.</summary>
public static class EditionJson
{
    public static OutputFile Write(EditionModel edition, string? baseUrl) => JsonFile.Write(SiteUrls.EditionJson(edition.Date), w =>
    {
        var date = edition.Date;
        w.WriteStartObject();
        w.WriteString("date", date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Urls(w, SiteUrls.Edition(date), baseUrl);
        ContractFields.Edition(w, edition.Facts);
        w.WriteStartArray("pages");
        foreach (var page in edition.Pages)
        {
            w.WriteStartObject();
            w.WriteNumber("number", page.Number);
            w.WriteString("name", page.Name);
            Urls(w, SiteUrls.Page(date, page.Number), baseUrl);
            w.WriteString("source", Path.GetFileName(page.SourceFile));
            if (page.Printed is { } printed)
            {
                w.WriteStartObject("printed");
                w.WriteNumber("width", printed.Width);
                w.WriteNumber("height", printed.Height);
                w.WriteEndObject();
            }
            w.WriteStartArray("articles");
            foreach (var (number, article) in ReadingOrder(page))
            {
                w.WriteStartObject();
                ContractFields.Article(w, article);
                if (article.Regions is { IsDefault: false } regions) Regions(w, "regions", regions);
                if (article.Pictures is { IsDefault: false } pictures) Regions(w, "pictures", pictures);
                // Teasers and the weather box are shown on the page, not as articles of their own.
                if (number is { } n)
                {
                    w.WriteNumber("number", n);
                    Urls(w, SiteUrls.Article(date, page.Number, n), baseUrl);
                }
                else
                {
                    w.WriteNull("number");
                    w.WriteNull("url");
                    w.WriteNull("absoluteUrl");
                }
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    });

    /// <summary>The page's articles, teasers and weather box as the parser read them: by position in the raw file.</summary>
    private static IEnumerable<(int? Number, Parsing.Model.Article Article)> ReadingOrder(PageModel page) =>
        page.Articles.Select(a => ((int?)a.Number, a.Article))
            .Concat(page.Teasers.Select(t => ((int?)null, t)))
            .Concat(page.Weather is { } weather ? [((int?)null, weather)] : [])
            .OrderBy(x => x.Item2.Page).ThenBy(x => x.Item2.Line);

    private static void Regions(Utf8JsonWriter w, string name, System.Collections.Immutable.ImmutableArray<Parsing.Model.PageRegion> regions)
    {
        w.WriteStartArray(name);
        foreach (var r in regions)
        {
            w.WriteStartObject();
            w.WriteNumber("x", r.X);
            w.WriteNumber("y", r.Y);
            w.WriteNumber("width", r.Width);
            w.WriteNumber("height", r.Height);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    internal static void Urls(Utf8JsonWriter w, string path, string? baseUrl)
    {
        w.WriteString("url", path);
        w.WriteString("absoluteUrl", baseUrl is null ? null : Absolute.Url(baseUrl, path));
    }
}
