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
/// <remarks>A struct: ten years' listings hold half a million of them.</remarks>
public readonly record struct ListingItem(ArticleEntry Entry, string? Role);

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
        // while the sections are. Grouped with dictionaries of lists, each in the order met (newest first):
        // the same listings LINQ's GroupBy gives, without its buffers for 175,000 summaries.
        var peopleTask = Task.Run(() =>
        {
            var byName = new Dictionary<string, List<ListingItem>>(StringComparer.Ordinal);
            foreach (var entry in newestFirst)
                foreach (var (role, name) in entry.Credits)
                {
                    if (!byName.TryGetValue(name, out var items)) byName.Add(name, items = []);
                    items.Add(new ListingItem(entry, role));
                }
            return byName.OrderBy(p => p.Key, StringComparer.Ordinal)
                .Select(p => new Listing(SitePaths.PersonFolder(p.Key), p.Key, MostFrequentRole(p.Value), [.. p.Value]))
                .ToImmutableArray();
        });

        var byPage = new Dictionary<string, List<ListingItem>>(StringComparer.Ordinal);
        var byKind = KindSections.ToDictionary(k => k.Kind, _ => new List<ListingItem>());
        foreach (var entry in newestFirst)
        {
            if (entry.PageName.Length > 0)
            {
                if (!byPage.TryGetValue(entry.PageName, out var items)) byPage.Add(entry.PageName, items = []);
                items.Add(new ListingItem(entry, null));
            }
            if (byKind.TryGetValue(entry.Kind, out var kindItems)) kindItems.Add(new ListingItem(entry, null));
        }
        var sections = new List<Listing>();
        foreach (var (name, items) in byPage.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var slug = site.SectionSlug(name, "site.yml")!;
            sections.Add(new(SitePaths.SectionFolder(slug), name, "版面", [.. items]));
        }
        foreach (var (kind, slug, label) in KindSections)
            sections.Add(new(SitePaths.SectionFolder(slug), label, "栏目", [.. byKind[kind]]));

        var people = peopleTask.GetAwaiter().GetResult();
        var clash = people.GroupBy(p => p.Folder).FirstOrDefault(g => g.Count() > 1);
        if (clash is not null)
            throw new InputException($"two people's names give the same page id {clash.Key}: {string.Join(", ", clash.Select(p => p.Label))}");

        return new Catalog([.. editions.Select(e => e.Date).Order()], [.. sections], people);
    }

    /// <summary>The role a person is credited in most often (the directory's group); a tie goes to the
    /// role first in ordinal order.</summary>
    private static string MostFrequentRole(List<ListingItem> items)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in items) counts[item.Role!] = counts.GetValueOrDefault(item.Role!) + 1;
        return counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).First().Key;
    }
}
