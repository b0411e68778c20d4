using System.Collections.Immutable;
using Site.Parsing.Model;
using Site.Publishing.Urls;

namespace Site.Publishing.Documents;

/// <summary>A listing of articles as the archive's end leaves it: where it lives, how many articles it
/// has, its newest (its index page's, newest first) and, per numbered page, the date of the newest
/// edition the page shows. Its other articles were on pages rendered while the archive streamed past.</summary>
/// <param name="Group">Which directory group it belongs to ("版面", "栏目", "记者", …).</param>
/// <param name="Newest">Its newest <see cref="RenderIndexes.PageSize"/> articles at most, newest first.</param>
/// <param name="PageDates">The newest date on each numbered page, page 1 first.</param>
public sealed record Listing(string Folder, string Label, string Group, int Count, ImmutableArray<ListingItem> Newest, ImmutableArray<DateOnly> PageDates)
{
    public string Index => SiteUrls.ListingIndex(Folder);
}

/// <summary>One page of a listing: the index (<paramref name="Number"/> 0, the newest articles) or a
/// numbered page, counted from the oldest article.</summary>
/// <param name="Count">How many numbered pages the listing has; for a page rendered before the archive's
/// end, only as many as are known then (a page is rendered early only once it is full and not the last,
/// and that is all it shows of the count).</param>
/// <param name="Total">How many articles the listing has (what its index shows), as far as known.</param>
/// <param name="Items">Its articles, newest first.</param>
public sealed record ListingPage(string Folder, string Label, int Number, int Count, int Total, ImmutableArray<ListingItem> Items)
{
    public string Path => Number == 0 ? SiteUrls.ListingIndex(Folder) : SiteUrls.ListingPage(Folder, Number);
}

/// <param name="Role">For a person's listing: their role in that article.</param>
/// <remarks>A struct: a year's listings hold fifty thousand of them.</remarks>
public readonly record struct ListingItem(ArticleEntry Entry, string? Role);

/// <summary>Stage: everything across editions — the dates, the section and kind listings, the people —
/// as <see cref="CatalogBuilder"/> leaves it at the archive's end.</summary>
public sealed record Catalog(ImmutableArray<DateOnly> Dates, ImmutableArray<Listing> Sections, ImmutableArray<Listing> People)
{
    /// <summary>Kinds readers look for, listed across all pages.</summary>
    public static readonly ImmutableArray<(ArticleKind Kind, string Slug, string Label)> KindSections =
        [(ArticleKind.Commentary, "commentary", "评论"), (ArticleKind.Photo, "photos", "图片新闻")];
}
