using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Site.Config;
using Site.Parsing.Model;
using Site.Publishing.Documents;
using Site.Publishing.Output;
using Site.Publishing.Urls;
using Site.Publishing.Views;

namespace Site.Publishing.Discovery;

/// <summary>schema.org NewsArticle as JSON-LD for an article page. People are credited by role:
/// reporters and bare or pen names as "author", correspondents and photographers as "contributor"
/// (see <see cref="CreditRoles"/>), each a Person whose jobTitle is the printed role.</summary>
public static class NewsArticleJsonLd
{
    /// <summary>Chinese stays readable, but an encoder from JavaScriptEncoder.Create always escapes the
    /// HTML-sensitive &lt; &gt; &amp; ' " + and ` (so "+08:00" reads "\u002B08:00" — the same string to
    /// any JSON parser), and no text can close the script element it sits in.</summary>
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static string Write(SiteConfig config, EditionModel edition, PageModel page, int number, Article article)
    {
        var date = edition.Date;
        var baseUrl = config.BaseUrl;
        var buffer = ThreadBuffer.Take();
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            w.WriteStartObject();
            w.WriteString("@context", "https://schema.org");
            w.WriteString("@type", "NewsArticle");
            w.WriteString("headline", Labels.Title(article.Headline, article.Kind, article.Paragraphs.FirstOrDefault()));
            var alternatives = new[] { article.Kicker, article.Subheadline }.OfType<string>().Select(Typography.Display).ToList();
            if (alternatives.Count == 1) w.WriteString("alternativeHeadline", alternatives[0]);
            else if (alternatives.Count > 1) w.WriteStrings("alternativeHeadline", alternatives);
            if (article.Paragraphs.FirstOrDefault() is { } first) w.WriteString("description", Labels.Excerpt(first, 100));
            w.WriteString("datePublished", PublicationTime.Rfc3339(date));
            w.WriteString("inLanguage", config.Language);
            var credits = Labels.Credits(article.Byline).ToList();
            People(w, "author", credits.Where(c => CreditRoles.IsAuthor(c.Role)));
            People(w, "contributor", credits.Where(c => !CreditRoles.IsAuthor(c.Role)));
            if (edition.Facts.EditionName is { } editionName) w.WriteString("printEdition", editionName);
            w.WriteString("printPage", page.Number.ToString(CultureInfo.InvariantCulture));
            if (page.Name.Length > 0) w.WriteString("printSection", page.Name);
            w.WriteStartObject("publisher");
            w.WriteString("@type", "Organization");
            w.WriteString("name", config.Title);
            w.WriteEndObject();
            w.WriteStartObject("isPartOf");
            w.WriteString("@type", "PublicationIssue");
            w.WriteString("datePublished", PublicationTime.Rfc3339(date));
            if (edition.Facts.IssueNumber is { } issue) w.WriteString("issueNumber", issue.ToString(CultureInfo.InvariantCulture));
            if (baseUrl is not null) w.WriteString("url", Absolute.Url(baseUrl, SiteUrls.Edition(date)));
            w.WriteStartObject("isPartOf");
            w.WriteString("@type", "Periodical");
            w.WriteString("name", config.Title);
            w.WriteEndObject();
            w.WriteEndObject();
            if (baseUrl is not null)
            {
                var url = Absolute.Url(baseUrl, SiteUrls.Article(date, page.Number, number));
                w.WriteString("url", url);
                w.WriteString("mainEntityOfPage", url);
            }
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void People(Utf8JsonWriter w, string property, IEnumerable<(string Role, string Name)> people)
    {
        var list = people.ToList();
        if (list.Count == 0) return;
        w.WriteStartArray(property);
        foreach (var (role, name) in list)
        {
            w.WriteStartObject();
            w.WriteString("@type", "Person");
            w.WriteString("name", name);
            if (role != Labels.Author) w.WriteString("jobTitle", role);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }
}
