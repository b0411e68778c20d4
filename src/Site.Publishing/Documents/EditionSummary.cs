using System.Collections.Immutable;
using Site.Parsing.Model;

namespace Site.Publishing.Documents;

/// <summary>What the site-wide pages need to know of one article: enough to list and link it, none of
/// its body. Summaries are all the build keeps of an edition once its pages are rendered, so memory
/// grows with the number of articles, not with their text.</summary>
public sealed record ArticleEntry(
    DateOnly Date,
    int Page,
    int Number,
    string PageName,
    ArticleKind Kind,
    EntryText Text,
    ImmutableArray<(string Role, string Name)> Credits,
    bool Truncated)
{
    /// <param name="excerpt">The first paragraph's first 80 characters, set for display.</param>
    public ArticleEntry(DateOnly date, int page, int number, string pageName, ArticleKind kind,
        string? kicker, string? headline, string? subheadline, string? excerpt, ImmutableArray<(string Role, string Name)> credits, bool truncated)
        : this(date, page, number, pageName, kind, new EntryText(kicker, headline, subheadline, excerpt), credits, truncated)
    {
    }

    public string? Kicker => Text.Kicker;

    public string? Headline => Text.Headline;

    public string? Subheadline => Text.Subheadline;

    /// <summary>The first paragraph's first 80 characters, set for display.</summary>
    public string? Excerpt => Text.Excerpt;
}

/// <summary>An article entry's display text: kicker, headline, subheadline, excerpt. The build cache reads
/// it back in a form of its own that decodes when first read (Cache.StoredEntryText): an incremental
/// build over ten years reads 175,000 summaries and shows the text of a few thousand.</summary>
public class EntryText : IEquatable<EntryText>
{
    /// <summary>The four texts, in that order.</summary>
    protected sealed record Values(string? Kicker, string? Headline, string? Subheadline, string? Excerpt);

    private Values? values;

    public EntryText(string? kicker, string? headline, string? subheadline, string? excerpt) =>
        values = new Values(kicker, headline, subheadline, excerpt);

    /// <summary>For a form that decodes its values when first read (<see cref="Decode"/>).</summary>
    protected EntryText()
    {
    }

    public string? Kicker => Decoded.Kicker;

    public string? Headline => Decoded.Headline;

    public string? Subheadline => Decoded.Subheadline;

    public string? Excerpt => Decoded.Excerpt;

    // Two threads reading it first both decode the same strings; either result may stay.
    private Values Decoded => values ??= Decode();

    /// <summary>The values of a text made without them.</summary>
    protected virtual Values Decode() => throw new InvalidOperationException("an entry text without values");

    public bool Equals(EntryText? other) => other is not null && Decoded == other.Decoded;

    public override bool Equals(object? obj) => Equals(obj as EntryText);

    public override int GetHashCode() => Decoded.GetHashCode();
}

/// <summary>An edition as the site-wide pages see it.</summary>
/// <param name="PageList">Its pages (版) in order: number and name.</param>
public sealed record EditionSummary(DateOnly Date, ImmutableArray<PageSummary> PageList, ImmutableArray<ArticleEntry> Articles, int? IssueNumber)
{
    public int Pages => PageList.Length;
}

/// <summary>A page (版) of an edition: its number and name ("要闻", or "" when unnamed).</summary>
public sealed record PageSummary(int Number, string Name);

/// <summary>An edition as editions.json and the build's report see it once its year has streamed past:
/// its pages, and only the number of its articles.</summary>
public sealed record EditionOutline(DateOnly Date, ImmutableArray<PageSummary> PageList, int Articles, int? IssueNumber)
{
    public static EditionOutline Of(EditionSummary e) => new(e.Date, e.PageList, e.Articles.Length, e.IssueNumber);
}
