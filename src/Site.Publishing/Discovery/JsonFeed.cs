using Site.Publishing.Output;

namespace Site.Publishing.Discovery;

/// <summary>A JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/). Every item carries content_text
/// (the spec requires content_text or content_html): the article's opening words, or its title when it
/// has no body.</summary>
public static class JsonFeed
{
    public const string Version = "https://jsonfeed.org/version/1.1";

    public static OutputFile Write(FeedChannel feed) => JsonFile.Write(feed.Path, w =>
    {
        w.WriteStartObject();
        w.WriteString("version", Version);
        w.WriteString("title", feed.Title);
        w.WriteString("home_page_url", feed.PageUrl);
        w.WriteString("feed_url", feed.SelfUrl);
        w.WriteString("description", feed.Description);
        w.WriteString("language", feed.Language);
        w.WriteStartArray("authors");
        w.WriteStartObject();
        w.WriteString("name", feed.SiteTitle);
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteStartArray("items");
        foreach (var item in feed.Items)
        {
            w.WriteStartObject();
            w.WriteString("id", item.Url);
            w.WriteString("url", item.Url);
            w.WriteString("title", item.Title);
            w.WriteString("content_text", item.Summary ?? item.Title);
            if (item.Summary is { } summary) w.WriteString("summary", summary);
            w.WriteString("date_published", PublicationTime.Rfc3339(item.Date));
            // JSON Feed has no contributors: everyone credited is listed, authors first.
            var people = item.Authors.Concat(item.Contributors).ToList();
            if (people.Count > 0)
            {
                w.WriteStartArray("authors");
                foreach (var name in people)
                {
                    w.WriteStartObject();
                    w.WriteString("name", name);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
            }
            if (item.Category is { } category) w.WriteStrings("tags", [category]);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    });
}
