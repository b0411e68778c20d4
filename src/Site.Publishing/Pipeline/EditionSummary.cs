using System.Collections.Immutable;
using Site.Parsing.Model;

namespace Site.Publishing.Pipeline;

/// <summary>What the site-wide pages need to know of one article: enough to list and link it, none of
/// its body. Summaries are all the build keeps of an edition once its pages are rendered, so memory
/// grows with the number of articles, not with their text.</summary>
public sealed record ArticleEntry(
    DateOnly Date,
    int Page,
    int Number,
    string PageName,
    ArticleKind Kind,
    string? Kicker,
    string? Headline,
    string? Subheadline,
    string? Excerpt,   // the first paragraph's first 80 characters, set for display
    ImmutableArray<(string Role, string Name)> Credits,
    bool Truncated);

/// <summary>An edition as the site-wide pages see it.</summary>
/// <param name="PageList">Its pages (版) in order: number and name.</param>
public sealed record EditionSummary(DateOnly Date, ImmutableArray<PageSummary> PageList, ImmutableArray<ArticleEntry> Articles, int? IssueNumber)
{
    public int Pages => PageList.Length;
}

/// <summary>A page (版) of an edition: its number and name ("要闻", or "" when unnamed).</summary>
public sealed record PageSummary(int Number, string Name);
