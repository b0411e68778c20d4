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

/// <summary>An article entry's display text: kicker, headline, subheadline, excerpt. Read back from the
/// build state it stays the bytes the state stored until first read: an incremental build over ten
/// years reads 175,000 summaries and shows the text of a few thousand (listing fronts, feeds), and
/// decoding the rest was most of what reading the state cost.</summary>
public sealed class EntryText : IEquatable<EntryText>
{
    private sealed record Values(string? Kicker, string? Headline, string? Subheadline, string? Excerpt);

    private Values? values;
    private readonly byte[]? stored;

    public EntryText(string? kicker, string? headline, string? subheadline, string? excerpt) =>
        values = new Values(kicker, headline, subheadline, excerpt);

    private EntryText(byte[] stored) => this.stored = stored;

    /// <summary>Text as <see cref="Cache.StateCodec"/> stores it (four optional strings), decoded when first read.</summary>
    /// <remarks>Its own copy of the bytes, not a window on the state part's: a listing keeps an article
    /// for as long as it is among its newest, and must not keep the whole year's part with it.</remarks>
    internal static EntryText Stored(byte[] bytes, int start, int length) => new(bytes.AsSpan(start, length).ToArray());

    /// <summary>The stored bytes when the text came from the build state, so that writing the state again
    /// copies them instead of decoding and encoding; empty otherwise.</summary>
    internal ReadOnlySpan<byte> StoredBytes => stored;

    public string? Kicker => Decoded.Kicker;

    public string? Headline => Decoded.Headline;

    public string? Subheadline => Decoded.Subheadline;

    public string? Excerpt => Decoded.Excerpt;

    // Two threads reading it first both decode the same strings; either result may stay.
    private Values Decoded => values ??= Decode();

    private Values Decode()
    {
        var r = new Cache.StateReader(stored!, 0);
        return new Values(r.ReadNullable(), r.ReadNullable(), r.ReadNullable(), r.ReadNullable());
    }

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
