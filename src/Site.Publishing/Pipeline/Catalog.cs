using System.Collections.Immutable;
using Site.Parsing.Model;
using Site.Publishing.Urls;

namespace Site.Publishing.Pipeline;

/// <summary>A listing of articles, newest first, and where it lives.</summary>
/// <param name="Group">Which directory group it belongs to ("版面", "栏目", "记者", …).</param>
public sealed record Listing(string Folder, string Label, string Group, ImmutableArray<ListingItem> Items);

/// <summary>One page of a listing: the index (<paramref name="Number"/> 0, the newest articles) or a
/// numbered page; its articles are <c>Listing.Items[Start..(Start + Length)]</c>, newest first.</summary>
/// <param name="Count">How many numbered pages the listing has.</param>
public sealed record ListingPage(Listing Listing, int Number, int Count, int Start, int Length)
{
    public string Path => Number == 0 ? SitePaths.ListingIndex(Listing.Folder) : SitePaths.ListingPage(Listing.Folder, Number);

    public IEnumerable<ListingItem> Items => Listing.Items.Skip(Start).Take(Length);
}

/// <param name="Role">For a person's listing: their role in that article.</param>
public sealed record ListingItem(ArticleEntry Entry, string? Role);

/// <summary>Stage: everything across editions — the dates, the section and kind listings, the people.</summary>
public sealed record Catalog(ImmutableArray<DateOnly> Dates, ImmutableArray<Listing> Sections, ImmutableArray<Listing> People)
{
    /// <summary>Kinds readers look for, listed across all pages.</summary>
    public static readonly ImmutableArray<(ArticleKind Kind, string Slug, string Label)> KindSections =
        [(ArticleKind.Commentary, "commentary", "评论"), (ArticleKind.Photo, "photos", "图片新闻")];

    public static Catalog Build(IEnumerable<EditionSummary> summaries, SiteContext site)
    {
        var editions = summaries.OrderByDescending(s => s.Date).ToList();
        var newestFirst = editions.SelectMany(e => e.Articles).ToList();   // within an edition: page, number

        // The people (the largest grouping: every credit of every article) are gathered on another core
        // while the sections are.
        var peopleTask = Task.Run(() => newestFirst
            .SelectMany(a => a.Credits.Select(c => (c.Name, c.Role, Entry: a)))
            .GroupBy(x => x.Name)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new Listing(SitePaths.PersonFolder(g.Key), g.Key,
                g.GroupBy(x => x.Role).OrderByDescending(r => r.Count()).ThenBy(r => r.Key, StringComparer.Ordinal).First().Key,
                [.. g.Select(x => new ListingItem(x.Entry, x.Role))]))
            .ToImmutableArray());

        var sections = new List<Listing>();
        foreach (var group in newestFirst.Where(a => a.PageName.Length > 0).GroupBy(a => a.PageName).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var slug = site.SectionSlug(group.Key, "site.yml")!;
            sections.Add(new(SitePaths.SectionFolder(slug), group.Key, "版面", [.. group.Select(a => new ListingItem(a, null))]));
        }
        foreach (var (kind, slug, label) in KindSections)
            sections.Add(new(SitePaths.SectionFolder(slug), label, "栏目",
                [.. newestFirst.Where(a => a.Kind == kind).Select(a => new ListingItem(a, null))]));

        var people = peopleTask.GetAwaiter().GetResult();
        var clash = people.GroupBy(p => p.Folder).FirstOrDefault(g => g.Count() > 1);
        if (clash is not null)
            throw new InputException($"two people's names give the same page id {clash.Key}: {string.Join(", ", clash.Select(p => p.Label))}");

        return new Catalog([.. editions.Select(e => e.Date).Order()], [.. sections], people);
    }
}
