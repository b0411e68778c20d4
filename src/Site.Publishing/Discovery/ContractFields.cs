using System.Globalization;
using System.Text.Json;
using Site.Parsing.Model;
using Site.Publishing.Views;

namespace Site.Publishing.Discovery;

/// <summary>An edition's facts and an article in the keys and order of the parse contract
/// (shared/contracts/parse-output.md, as Site.Parsing's ContractJson writes it), so a reader of
/// edition.json needs to learn only the URLs around them.</summary>
internal static class ContractFields
{
    public static void Edition(Utf8JsonWriter w, EditionInfo e)
    {
        w.WriteStartObject("edition");
        w.WriteString("date", e.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteString("weekday", e.Weekday);
        w.WriteString("lunarDate", e.LunarDate);
        if (e.IssueNumber is { } n) w.WriteNumber("issueNumber", n);
        else w.WriteNull("issueNumber");
        w.WriteString("editionName", e.EditionName);
        w.WriteEndObject();
    }

    /// <summary>The contract's article fields, written into an object the caller opened.</summary>
    public static void Article(Utf8JsonWriter w, Article a)
    {
        w.WriteString("kind", Labels.KindSlug(a.Kind));
        w.WriteString("kicker", a.Kicker);
        w.WriteString("headline", a.Headline);
        w.WriteString("subheadline", a.Subheadline);
        w.WriteStartObject("byline");
        w.WriteStrings("reporters", a.Byline.Reporters);
        w.WriteStrings("correspondents", a.Byline.Correspondents);
        w.WriteStrings("photographers", a.Byline.Photographers);
        w.WriteStrings("authors", a.Byline.Authors);
        w.WriteEndObject();
        w.WriteStrings("paragraphs", a.Paragraphs);
        w.WriteStrings("captions", a.Captions);
        w.WriteBoolean("truncated", a.Truncated);
    }
}
