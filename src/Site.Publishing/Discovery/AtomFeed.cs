using System.Xml;
using Site.Publishing.Output;

namespace Site.Publishing.Discovery;

/// <summary>An Atom 1.0 feed (RFC 4287). Ids are the absolute URLs of the pages, which never change
/// meaning; every date is an edition's <see cref="PublicationTime"/>.</summary>
public static class AtomFeed
{
    public const string Namespace = "http://www.w3.org/2005/Atom";

    public static OutputFile Write(FeedChannel feed) => XmlFile.Write(feed.Path, w =>
    {
        w.WriteStartElement("feed", Namespace);
        w.WriteAttributeString("xml", "lang", null, feed.Language);
        w.WriteElementString("id", Namespace, feed.SelfUrl);
        w.WriteElementString("title", Namespace, feed.Title);
        w.WriteElementString("subtitle", Namespace, feed.Description);
        w.WriteElementString("updated", Namespace, PublicationTime.Rfc3339(feed.Updated));
        Link(w, "self", "application/atom+xml", feed.SelfUrl);
        Link(w, "alternate", "text/html", feed.PageUrl);
        // The paper is the author of anything without a byline (RFC 4287 4.1.1: a feed's author covers such entries).
        Person(w, "author", feed.SiteTitle);
        foreach (var item in feed.Items) Entry(w, item);
        w.WriteEndElement();
    });

    private static void Entry(XmlWriter w, FeedItem item)
    {
        w.WriteStartElement("entry", Namespace);
        w.WriteElementString("id", Namespace, item.Url);
        w.WriteElementString("title", Namespace, item.Title);
        Link(w, "alternate", "text/html", item.Url);
        w.WriteElementString("published", Namespace, PublicationTime.Rfc3339(item.Date));
        w.WriteElementString("updated", Namespace, PublicationTime.Rfc3339(item.Date));
        foreach (var name in item.Authors) Person(w, "author", name);
        foreach (var name in item.Contributors) Person(w, "contributor", name);
        if (item.Category is { } category)
        {
            w.WriteStartElement("category", Namespace);
            w.WriteAttributeString("term", category);
            w.WriteEndElement();
        }
        if (item.Summary is { } summary) w.WriteElementString("summary", Namespace, summary);
        w.WriteEndElement();
    }

    private static void Link(XmlWriter w, string rel, string type, string href)
    {
        w.WriteStartElement("link", Namespace);
        w.WriteAttributeString("rel", rel);
        w.WriteAttributeString("type", type);
        w.WriteAttributeString("href", href);
        w.WriteEndElement();
    }

    private static void Person(XmlWriter w, string element, string name)
    {
        w.WriteStartElement(element, Namespace);
        w.WriteElementString("name", Namespace, name);
        w.WriteEndElement();
    }
}
