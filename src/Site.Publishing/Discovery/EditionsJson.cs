using System.Globalization;
using Site.Publishing.Documents;
using Site.Publishing.Output;
using Site.Publishing.Urls;

namespace Site.Publishing.Discovery;

/// <summary>/editions.json: every edition, oldest first — its date, front page, edition.json, issue
/// number, pages and article count. Needs no base URL ("absoluteUrl" is null without one).</summary>
public static class EditionsJson
{
    public static OutputFile Write(IEnumerable<EditionOutline> oldestFirst, string siteTitle, string? baseUrl) => JsonFile.Write(SiteUrls.Editions, w =>
    {
        w.WriteStartObject();
        w.WriteString("title", siteTitle);
        w.WriteStartArray("editions");
        foreach (var e in oldestFirst)
        {
            w.WriteStartObject();
            w.WriteString("date", e.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            EditionJson.Urls(w, SiteUrls.Edition(e.Date), baseUrl);
            w.WriteString("json", SiteUrls.EditionJson(e.Date));
            if (e.IssueNumber is { } n) w.WriteNumber("issueNumber", n);
            else w.WriteNull("issueNumber");
            w.WriteStartArray("pages");
            foreach (var page in e.PageList)
            {
                w.WriteStartObject();
                w.WriteNumber("number", page.Number);
                w.WriteString("name", page.Name);
                w.WriteString("url", SiteUrls.Page(e.Date, page.Number));
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteNumber("articles", e.Articles);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    });
}
