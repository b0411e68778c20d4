using System.Collections.Immutable;
using Site.Publishing.Documents;
using Site.Publishing.Urls;
using Site.Publishing.Views;

namespace Site.Publishing.Discovery;

/// <summary>An article as every feed format describes it: all URLs absolute, all text set for display.</summary>
/// <param name="Url">The article page's absolute URL; also its permanent id in every feed.</param>
/// <param name="Authors">Who wrote it (记者, and bare or pen names): a feed's authors.</param>
/// <param name="Contributors">Who helped (通讯员, 摄影): a feed's contributors.</param>
/// <param name="Category">The page (版) it was printed on, or null for an unnamed page.</param>
/// <remarks>Every text is <see cref="XmlText.Clean"/>: the same item goes into XML and JSON alike.</remarks>
public sealed record FeedItem(
    string Url, string Title, string? Summary, DateOnly Date,
    ImmutableArray<string> Authors, ImmutableArray<string> Contributors, string? Category)
{
    public static FeedItem From(ArticleEntry e, string baseUrl) => new(
        Absolute.Url(baseUrl, SiteUrls.Article(e.Date, e.Page, e.Number)),
        XmlText.Clean(Labels.Title(e.Headline, e.Kind, e.Excerpt)),
        string.IsNullOrEmpty(e.Excerpt) ? null : XmlText.Clean(e.Excerpt),
        e.Date,
        [.. e.Credits.Where(c => CreditRoles.IsAuthor(c.Role)).Select(c => XmlText.Clean(c.Name))],
        [.. e.Credits.Where(c => !CreditRoles.IsAuthor(c.Role)).Select(c => XmlText.Clean(c.Name))],
        e.PageName.Length > 0 ? XmlText.Clean(e.PageName) : null);
}

/// <summary>Which printed credits make someone an author and which a contributor, in feeds and in
/// schema.org alike: reporters (记者) and those named without a role (作者: bare names, pen names,
/// 本报评论员) wrote the piece; correspondents (通讯员) and photographers (摄影) contributed to it.</summary>
public static class CreditRoles
{
    public static bool IsAuthor(string role) => role is Labels.Reporter or Labels.Author;
}

/// <summary>Absolute URLs: only where a standard demands them, always from the site's base URL.</summary>
public static class Absolute
{
    /// <param name="baseUrl">site.yml's baseUrl, validated, without a trailing slash.</param>
    /// <param name="path">An output path ("2025/08/04/01/03.html").</param>
    public static string Url(string baseUrl, string path) => $"{baseUrl}/{path}";
}

/// <summary>A feed's identity and its entries, newest first.</summary>
/// <param name="Path">Where the feed itself lives (its rel="self").</param>
/// <param name="PagePath">The page it is the feed of (its rel="alternate").</param>
/// <param name="Updated">The newest edition's date among its entries (or the site's newest edition when it has none).</param>
/// <param name="Language">site.yml's language, a BCP 47 tag ("zh-CN").</param>
public sealed record FeedChannel(
    string Path, string PagePath, string Title, string Description, string SiteTitle, string Language, string BaseUrl,
    DateOnly Updated, ImmutableArray<FeedItem> Items)
{
    public string SelfUrl => Absolute.Url(BaseUrl, Path);

    public string PageUrl => Absolute.Url(BaseUrl, PagePath);
}
