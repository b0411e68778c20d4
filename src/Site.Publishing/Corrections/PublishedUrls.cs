using System.Collections.Immutable;
using Site.Parsing.Diagnostics;
using Site.Publishing.Documents;
using Site.Publishing.Urls;

namespace Site.Publishing.Corrections;

/// <summary>Compares what the last build published at each article URL of an edition with what this build
/// puts there (<see cref="ArticleIdentity"/>): a URL that would hold another article, or nothing, is a
/// warning naming the page's raw file, so a new parse cannot silently break shared links, feeds and
/// search engines' entries; <c>--strict</c> refuses it. A new URL is no change.</summary>
public static class PublishedUrls
{
    /// <summary>What the advice to a maintainer is, whatever the change.</summary>
    public const string Hint = "a new parse of the page? keep its URL with publishedAs: in edition.yml, or build once without --strict to accept it";

    public static ImmutableArray<Diagnostic> Changes(EditionSummary published, EditionModel now, EditionSummary nowSummary)
    {
        var changes = ImmutableArray.CreateBuilder<Diagnostic>();
        var current = nowSummary.Articles.ToDictionary(a => (a.Page, a.Number));
        var pages = now.Pages.ToDictionary(p => p.Number);
        foreach (var old in published.Articles)
        {
            if (current.TryGetValue((old.Page, old.Number), out var entry) && ArticleIdentity.Same(old, entry)) continue;
            pages.TryGetValue(old.Page, out var page);
            if (page?.Moved.FirstOrDefault(m => m.Number == old.Number) is { } moved && ArticleIdentity.Names(moved, old)) continue;

            var url = SiteUrls.Article(old.Date, old.Page, old.Number);
            // The raw page, at the article now there when there is one.
            var file = page?.SourceFile ?? now.Pages.FirstOrDefault()?.SourceFile ?? SiteUrls.Edition(old.Date);
            var line = entry is null ? 0 : page?.Articles.FirstOrDefault(a => a.Number == old.Number)?.Article.Line ?? 0;
            var was = ArticleIdentity.Describe(old);
            var isNow = entry is not null ? $"would now be {ArticleIdentity.Describe(entry)}"
                : page?.Moved.Any(m => m.Number == old.Number) == true ? "would now point to another article"
                : "would now be gone";
            var movedTo = nowSummary.Articles.FirstOrDefault(a => ArticleIdentity.Same(old, a)) is { } there
                ? $"; that article is now {SiteUrls.Article(there.Date, there.Page, there.Number)}" : "";
            changes.Add(Diagnostic.Warning(file, line, InputCodes.UrlChanged, $"{url} was published as {was} and {isNow}{movedTo}", Hint));
        }
        return changes.ToImmutable();
    }
}
