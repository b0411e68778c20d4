using System.Text.Json;
using Site.Publishing.Output;
using Site.Publishing.Pipeline;
using Site.Publishing.Urls;

namespace Site.Publishing.Discovery;

/// <summary>An edition's machine-readable twin, /YYYY/MM/DD/edition.json: the edition's facts and, page by
/// page, every article in the parse contract's shape (in reading order, teasers and the weather box
/// included) with the URL of its page. URLs are relative to the site's root; "absoluteUrl" is null
/// unless the site has a base URL.</summary>
public static class EditionJson
{
    public static OutputFile Write(EditionModel edition, string? baseUrl) => JsonFile.Write(DiscoveryPaths.EditionJson(edition.Date), w =>
    {
        var date = edition.Date;
        w.WriteStartObject();
        w.WriteString("date", date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Urls(w, SitePaths.Edition(date), baseUrl);
        ContractFields.Edition(w, edition.Facts);
        w.WriteStartArray("pages");
        foreach (var page in edition.Pages)
        {
            w.WriteStartObject();
            w.WriteNumber("number", page.Number);
            w.WriteString("name", page.Name);
            Urls(w, SitePaths.Page(date, page.Number), baseUrl);
            w.WriteString("source", Path.GetFileName(page.SourceFile));
            w.WriteStartArray("articles");
            foreach (var (number, article) in ReadingOrder(page))
            {
                w.WriteStartObject();
                ContractFields.Article(w, article);
                // Teasers and the weather box are shown on the page, not as articles of their own.
                if (number is { } n)
                {
                    w.WriteNumber("number", n);
                    Urls(w, SitePaths.Article(date, page.Number, n), baseUrl);
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

    internal static void Urls(Utf8JsonWriter w, string path, string? baseUrl)
    {
        w.WriteString("url", path);
        w.WriteString("absoluteUrl", baseUrl is null ? null : Absolute.Url(baseUrl, path));
    }
}
