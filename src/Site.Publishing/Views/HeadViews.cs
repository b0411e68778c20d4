using System.Collections.Immutable;
using Site.Publishing.Theming;

namespace Site.Publishing.Views;

/// <summary>A feed a page announces in its head (&lt;link rel="alternate"&gt;); the URL is absolute.</summary>
public sealed record AlternateView(string Url, string Type, string Title);

/// <summary>Open Graph fields of a page (an article, or a website page: home, edition, 版, listing). Url is
/// null without a base URL (Open Graph wants absolute URLs); PublishedTime and Section are an article's.</summary>
public sealed record OpenGraphView(
    string Title, string Type, string? Url, string SiteName, string Locale, string? Description,
    string? PublishedTime, string? Section, OpenGraphImage? Image = null);

/// <summary>og:image: an absolute URL (so only with a base URL), its size and its text alternative.</summary>
public sealed record OpenGraphImage(string Url, int Width, int Height, string Alt);

/// <summary>What a page adds to its head beyond the frame: its own feed, Open Graph, structured data.</summary>
/// <param name="StructuredData">JSON-LD already serialized (and escaped so it cannot end its script element).</param>
public sealed record PageMeta(ImmutableArray<AlternateView> Alternates, OpenGraphView? OpenGraph, HtmlString? StructuredData)
{
    public static readonly PageMeta None = new([], null, null);
}
