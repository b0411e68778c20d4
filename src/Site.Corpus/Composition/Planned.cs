using System.Collections.Immutable;
using Site.Parsing.Model;

namespace Site.Corpus.Composition;

/// <summary>An article as the generator means it: what a correct parse of its page should say.</summary>
public sealed record PlannedArticle(
    ArticleKind Kind,
    string? Kicker,
    string Headline,
    string? Subheadline,
    Byline Byline,
    ImmutableArray<string> Paragraphs);

/// <summary>One raw page file and what it holds.</summary>
/// <param name="Noise">The blocks on it that are not part of any article, as printed.</param>
public sealed record PlannedPage(int Number, string Text, ImmutableArray<PlannedArticle> Articles, ImmutableArray<string> Noise);

/// <summary>One day's edition: its pages and its edition.yml.</summary>
public sealed record PlannedEdition(DateOnly Date, int IssueNumber, ImmutableArray<PlannedPage> Pages, string Manifest)
{
    public int ArticleCount => Pages.Sum(p => p.Articles.Length);
}
