using System.Collections.Immutable;
using Site.Publishing.Documents;
using Site.Publishing.Urls;
using Site.Publishing.Views;

namespace Site.Publishing.Search;

/// <summary>One article as search sees it: where it is, how a result names it, and its text, all set
/// for display (the index and the snippets are built from the same characters).</summary>
/// <param name="Path">The article's page, relative to the site root ("2025/08/04/01/03.html").</param>
/// <param name="Title">The title a result shows (the headline, else the kind and first words).</param>
/// <param name="Headline">The headline as indexed: matches here rank first. Empty when it has none.</param>
/// <param name="Body">Kicker, subheadline, paragraphs and captions, one per line.</param>
public sealed record SearchDocument(
    string Path, DateOnly Date, int Page, int Number,
    string Title, string DateLabel, string PageLabel,
    string Headline, string Body)
{
    /// <summary>An edition's articles in reading order (page, then number on the page).</summary>
    public static IEnumerable<SearchDocument> From(EditionModel edition) =>
        edition.Pages.SelectMany(page => page.Articles.Select(a =>
        {
            var article = a.Article;
            var lines = ImmutableArray.CreateBuilder<string>();
            if (article.Kicker is { Length: > 0 } kicker) lines.Add(kicker);
            if (article.Subheadline is { Length: > 0 } sub) lines.Add(sub);
            lines.AddRange(article.Paragraphs);
            lines.AddRange(article.Captions);
            return new SearchDocument(
                SiteUrls.Article(edition.Date, page.Number, a.Number), edition.Date, page.Number, a.Number,
                Labels.Title(article.Headline, article.Kind, article.Paragraphs.FirstOrDefault()),
                Labels.Date(edition.Date), Labels.Page(page.Number, page.Name),
                Typography.Display(article.Headline),
                string.Join('\n', lines.Select(Typography.Display)));
        }));
}
