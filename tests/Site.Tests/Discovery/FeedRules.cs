using System.Xml.Linq;

namespace Site.Tests.Discovery;

/// <summary>The rules of RFC 4287 (Atom) sections 4.1.1, 4.1.2 and 3.2, and of RSS 2.0's required
/// elements, that an XSD 1.0 cannot state: how many times an element may appear among its siblings.</summary>
public static class FeedRules
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public static IReadOnlyList<string> Atom4287(XDocument doc)
    {
        var problems = new List<string>();
        var feed = doc.Root!;
        if (feed.Name != Atom + "feed") return [$"the root is {feed.Name}, not atom:feed"];
        Exactly(feed, "feed", problems, "id", "title", "updated");
        AtMostOne(feed, "feed", problems, "subtitle", "rights", "icon", "logo", "generator");
        UniqueAlternates(feed, "feed", problems);
        var feedHasAuthor = feed.Elements(Atom + "author").Any();
        foreach (var entry in feed.Elements(Atom + "entry"))
        {
            var where = "entry " + (string?)entry.Element(Atom + "id");
            Exactly(entry, where, problems, "id", "title", "updated");
            AtMostOne(entry, where, problems, "published", "summary", "content", "rights", "source");
            UniqueAlternates(entry, where, problems);
            // 4.1.2: an entry without content has an alternate link; without a feed author it has its own.
            if (entry.Element(Atom + "content") is null && !Links(entry).Any(l => l.Rel == "alternate"))
                problems.Add($"{where}: no content and no alternate link");
            if (!feedHasAuthor && !entry.Elements(Atom + "author").Any())
                problems.Add($"{where}: no author, and the feed has none");
        }
        foreach (var person in doc.Descendants().Where(e => e.Name == Atom + "author" || e.Name == Atom + "contributor"))
            if (person.Elements(Atom + "name").Count() != 1) problems.Add($"{person.Name.LocalName}: needs exactly one name (3.2.1)");
        return problems;
    }

    public static IReadOnlyList<string> Rss20(XDocument doc)
    {
        var problems = new List<string>();
        var channels = doc.Root!.Elements("channel").ToList();
        if (channels.Count != 1) return [$"{channels.Count} channels; RSS 2.0 has one"];
        Exactly(channels[0], "channel", problems, XNamespace.None, "title", "link", "description");
        foreach (var item in channels[0].Elements("item"))
        {
            var where = "item " + (string?)item.Element("link");
            if (item.Element("title") is null && item.Element("description") is null)
                problems.Add($"{where}: has neither a title nor a description");
            AtMostOne(item, where, problems, XNamespace.None, "title", "link", "description", "guid", "pubDate", "comments", "source");
        }
        return problems;
    }

    private static void Exactly(XElement parent, string where, List<string> problems, params string[] names) =>
        Exactly(parent, where, problems, Atom, names);

    private static void Exactly(XElement parent, string where, List<string> problems, XNamespace ns, params string[] names)
    {
        foreach (var name in names)
            if (parent.Elements(ns + name).Count() is var n and not 1) problems.Add($"{where}: {n} {name} elements, must be exactly one");
    }

    private static void AtMostOne(XElement parent, string where, List<string> problems, params string[] names) =>
        AtMostOne(parent, where, problems, Atom, names);

    private static void AtMostOne(XElement parent, string where, List<string> problems, XNamespace ns, params string[] names)
    {
        foreach (var name in names)
            if (parent.Elements(ns + name).Count() > 1) problems.Add($"{where}: more than one {name}");
    }

    private static IEnumerable<(string Rel, string? Type, string? HrefLang)> Links(XElement parent) =>
        parent.Elements(Atom + "link").Select(l => ((string?)l.Attribute("rel") ?? "alternate", (string?)l.Attribute("type"), (string?)l.Attribute("hreflang")));

    private static void UniqueAlternates(XElement parent, string where, List<string> problems)
    {
        if (Links(parent).Where(l => l.Rel == "alternate").GroupBy(l => (l.Type, l.HrefLang)).Any(g => g.Count() > 1))
            problems.Add($"{where}: two alternate links with the same type and hreflang (4.1.1)");
    }
}
