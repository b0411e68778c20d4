using System.Collections.Immutable;
using Site.Config;
using Site.Parsing.Diagnostics;
using Site.Parsing.Model;

namespace Site.Publishing.Pipeline;

/// <summary>A parsed edition: its facts and its pages in order.</summary>
public sealed record EditionModel(DateOnly Date, EditionInfo Facts, ImmutableArray<PageModel> Pages, ImmutableArray<Diagnostic> Warnings)
{
    public int ArticleCount => Pages.Sum(p => p.Articles.Length);
}

/// <summary>One page (版) of an edition.</summary>
/// <param name="Articles">The page's articles with their numbers (teasers and the weather box have none:
/// they are shown on the page, not as articles of their own).</param>
/// <param name="Printed">The page's size when it came as a PDF (<paramref name="SourceFile"/>), the frame of
/// its articles' <see cref="Article.Regions"/>; null for a text page.</param>
/// <param name="NameFile">The edition.yml that gives <paramref name="Name"/>, and <paramref name="NameLine"/> the
/// line it is on: where a name without a section slug is reported.</param>
public sealed record PageModel(int Number, string Name, string SourceFile, ImmutableArray<NumberedArticle> Articles,
    ImmutableArray<Article> Teasers, Article? Weather, PrintedPage? Printed = null, string? NameFile = null, int NameLine = 0);

/// <summary>An article and its number on its page, the last part of its URL.</summary>
public sealed record NumberedArticle(int Number, Article Article);
