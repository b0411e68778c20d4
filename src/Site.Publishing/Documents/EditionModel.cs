using System.Collections.Immutable;
using Site.Config;
using Site.Parsing.Diagnostics;
using Site.Parsing.Model;

namespace Site.Publishing.Documents;

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
/// <param name="Moved">Numbers whose articles a correction merged into another or dropped, in order.</param>
public sealed record PageModel(int Number, string Name, string SourceFile, ImmutableArray<NumberedArticle> Articles,
    ImmutableArray<Article> Teasers, Article? Weather, PrintedPage? Printed = null, string? NameFile = null, int NameLine = 0,
    ImmutableArray<MovedArticle> Moved = default)
{
    public ImmutableArray<MovedArticle> Moved { get; init; } = Moved.IsDefault ? [] : Moved;
}

/// <summary>An article and its number on its page, the last part of its URL.</summary>
public sealed record NumberedArticle(int Number, Article Article);

/// <summary>A number of a page that holds no article after edition.yml's corrections: its article was merged
/// into another or dropped. Its URL stays, as a small page that points to where the text went.</summary>
/// <param name="To">The number of the article its text is now part of; null when it was dropped (the page
/// points to its 版 instead).</param>
/// <param name="Title">The title it was listed by, for the reader who followed an old link.</param>
public sealed record MovedArticle(int Number, int? To, string Title);
