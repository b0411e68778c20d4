using Site.Config;
using Site.Parsing.Model;
using Site.Publishing.Documents;
using Site.Publishing.Theming;
using Site.Publishing.Urls;
using Site.Publishing.Views;

namespace Site.Publishing.Discovery;

/// <summary>What an article page tells machines in its head: Open Graph and schema.org NewsArticle.
/// URL-bearing fields appear only when the site has a base URL.</summary>
public static class ArticleMetadata
{
    public static PageMeta For(SiteConfig config, EditionModel edition, PageModel page, int number, Article article)
    {
        var openGraph = new OpenGraphView(
            Labels.Title(article.Headline, article.Kind, article.Paragraphs.FirstOrDefault()),
            "article",
            config.BaseUrl is { } baseUrl ? Absolute.Url(baseUrl, SiteUrls.Article(edition.Date, page.Number, number)) : null,
            config.Title,
            config.Language.Replace('-', '_'),   // Open Graph writes locales as zh_CN
            article.Paragraphs.FirstOrDefault() is { } first ? Labels.Excerpt(first, 100) : null,
            PublicationTime.Rfc3339(edition.Date),
            page.Name.Length > 0 ? page.Name : null);
        // Trusted markup only after serialization: the JSON writer has escaped every < > & in it.
        return new PageMeta([], openGraph, new HtmlString(NewsArticleJsonLd.Write(config, edition, page, number, article)));
    }
}
