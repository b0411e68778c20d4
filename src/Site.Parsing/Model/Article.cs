using System.Collections.Immutable;

namespace Site.Parsing.Model;

public enum ArticleKind { News, Commentary, Photo, Weather, Teaser }

/// <summary>One article in reading order.</summary>
/// <param name="Page">1-based page within the raw file (form feeds start new pages).</param>
/// <param name="Line">1-based line in the raw file where the article's first block starts.</param>
/// <param name="BylineSource">The byline blocks exactly as printed (role labels included).</param>
/// <param name="SeePage">For a 导读 teaser, the page number it points at ("详见四版" gives 4).</param>
/// <param name="Cue">Why the article starts where it starts: the cue the parser read (a byline, a
/// dateline, a headline over or under its body, a photo credit), for a maintainer reading the parse.</param>
/// <param name="Regions">Where the article is printed on its page (PDF input only; null for text, which has
/// no positions): one rectangle per column part, in reading order.</param>
public sealed record Article(
    ArticleKind Kind,
    string? Kicker,
    string? Headline,
    string? Subheadline,
    Byline Byline,
    ImmutableArray<string> Paragraphs,
    ImmutableArray<string> Captions,
    bool Truncated,
    int Page,
    int Line,
    ImmutableArray<string> BylineSource,
    int? SeePage = null,
    string? Cue = null,
    ImmutableArray<PageRegion>? Regions = null,
    ImmutableArray<PageRegion>? Pictures = null)
{
    /// <summary>The regions, empty when the page came as text.</summary>
    public ImmutableArray<PageRegion> RegionsOrEmpty() => Regions is { IsDefault: false } r ? r : [];

    /// <summary>The photos, empty when the page came as text or prints none for the article.</summary>
    public ImmutableArray<PageRegion> PicturesOrEmpty() => Pictures is { IsDefault: false } p ? p : [];
}

/// <summary>People credited for an article, by role.</summary>
public sealed record Byline(
    ImmutableArray<string> Reporters,
    ImmutableArray<string> Correspondents,
    ImmutableArray<string> Photographers,
    ImmutableArray<string> Authors)
{
    public static readonly Byline Empty = new([], [], [], []);

    public bool IsEmpty => Reporters.IsEmpty && Correspondents.IsEmpty && Photographers.IsEmpty && Authors.IsEmpty;

    public Byline Merge(Byline other) => new(
        Reporters.AddRange(other.Reporters),
        Correspondents.AddRange(other.Correspondents),
        Photographers.AddRange(other.Photographers),
        Authors.AddRange(other.Authors));
}
