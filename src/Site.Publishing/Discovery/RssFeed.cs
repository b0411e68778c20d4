using System.Xml;
using Site.Publishing.Output;

namespace Site.Publishing.Discovery;

/// <summary>An RSS 2.0 feed. RSS's own author element wants an e-mail address, which the paper does not
/// print, so names go in Dublin Core's dc:creator, as is customary.</summary>
public static class RssFeed
{
    public const string DublinCore = "http://purl.org/dc/elements/1.1/";
    public const string AtomNamespace = AtomFeed.Namespace;

    public static OutputFile Write(FeedChannel feed) => XmlFile.Write(feed.Path, w =>
    {
        w.WriteStartElement("rss");
        w.WriteAttributeString("version", "2.0");
        w.WriteAttributeString("xmlns", "dc", null, DublinCore);
        w.WriteAttributeString("xmlns", "atom", null, AtomNamespace);
        w.WriteStartElement("channel");
        w.WriteElementString("title", feed.Title);
        w.WriteElementString("link", feed.PageUrl);
        w.WriteElementString("description", feed.Description);
        w.WriteElementString("language", feed.Language.ToLowerInvariant());   // RSS's own examples: en-us
        w.WriteElementString("lastBuildDate", PublicationTime.Rfc822(feed.Updated));
        w.WriteStartElement("atom", "link", AtomNamespace);
        w.WriteAttributeString("href", feed.SelfUrl);
        w.WriteAttributeString("rel", "self");
        w.WriteAttributeString("type", "application/rss+xml");
        w.WriteEndElement();
        foreach (var item in feed.Items) Item(w, item);
        w.WriteEndElement();
        w.WriteEndElement();
    });

    private static void Item(XmlWriter w, FeedItem item)
    {
        w.WriteStartElement("item");
        w.WriteElementString("title", item.Title);
        w.WriteElementString("link", item.Url);
        if (item.Summary is { } summary) w.WriteElementString("description", summary);
        foreach (var name in item.Authors.Concat(item.Contributors)) w.WriteElementString("dc", "creator", DublinCore, name);
        if (item.Category is { } category) w.WriteElementString("category", category);
        w.WriteStartElement("guid");
        w.WriteAttributeString("isPermaLink", "true");
        w.WriteString(item.Url);
        w.WriteEndElement();
        w.WriteElementString("pubDate", PublicationTime.Rfc822(item.Date));
        w.WriteEndElement();
    }
}
