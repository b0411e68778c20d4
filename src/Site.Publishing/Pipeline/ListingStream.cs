using System.Collections.Immutable;
using Site.Publishing.Documents;

namespace Site.Publishing.Pipeline;

/// <summary>One listing as the archive streams past, oldest article first. Numbered pages count from the
/// oldest article, and a full page with an article after it never changes again (its pager names only its
/// neighbours), so such a page is handed out as soon as it is known and its articles are dropped: what a
/// listing holds is its last two pages at most, not its whole history.</summary>
internal sealed class ListingStream(string folder, string label)
{
    private const int PageSize = RenderIndexes.PageSize;

    // Oldest first: the articles not yet on a finished page.
    private readonly List<ListingItem> pending = [];
    // The newest finished page's articles, oldest first: the index's newest fifty may reach into it.
    private ListingItem[] lastFinished = [];
    private readonly List<DateOnly> pageDates = [];
    private Dictionary<string, int>? roles;

    public string Folder => folder;

    public string Label => label;

    public int Count { get; private set; }

    /// <summary>Adds an article older than none added before.</summary>
    public void Add(ListingItem item)
    {
        pending.Add(item);
        Count++;
        if (item.Role is { } role)
        {
            roles ??= new Dictionary<string, int>(StringComparer.Ordinal);
            roles[role] = roles.GetValueOrDefault(role) + 1;
        }
    }

    /// <summary>The pages that can no longer change (full, with an article after them), now dropped from
    /// the stream.</summary>
    public void TakeFinished(List<ListingPage> into)
    {
        var taken = 0;
        while (pending.Count - taken > PageSize)
        {
            lastFinished = [.. pending.GetRange(taken, PageSize)];
            taken += PageSize;
            pageDates.Add(lastFinished[^1].Entry.Date);
            // It knows it is not the last page, and that is all a numbered page shows of the count.
            into.Add(new ListingPage(folder, label, pageDates.Count, pageDates.Count + 1, Count, NewestFirst(lastFinished)));
        }
        if (taken > 0) pending.RemoveRange(0, taken);
    }

    /// <summary>The listing at the archive's end, and its pages still to render: the index (its newest
    /// articles) and, once it has more than a page, the last numbered page.</summary>
    /// <param name="group">Its directory group; null for a person's: the role credited most often (a
    /// tie goes to the role first in ordinal order).</param>
    public (Listing Listing, ImmutableArray<ListingPage> Pages) Finish(string? group)
    {
        var pages = ImmutableArray.CreateBuilder<ListingPage>(2);
        var count = Count > PageSize ? (Count + PageSize - 1) / PageSize : 0;
        var newest = NewestFirst([.. lastFinished.Skip(Math.Max(0, lastFinished.Length + pending.Count - PageSize)), .. pending]);
        pages.Add(new ListingPage(folder, label, 0, count, Count, newest));
        if (count > 0)
        {
            pageDates.Add(pending[^1].Entry.Date);
            pages.Add(new ListingPage(folder, label, count, count, Count, NewestFirst(pending)));
        }
        group ??= roles?.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).First().Key ?? "";
        return (new Listing(folder, label, group, Count, newest, [.. pageDates]), pages.ToImmutable());
    }

    private static ImmutableArray<ListingItem> NewestFirst(IReadOnlyList<ListingItem> oldestFirst)
    {
        var items = ImmutableArray.CreateBuilder<ListingItem>(oldestFirst.Count);
        for (var i = oldestFirst.Count - 1; i >= 0; i--) items.Add(oldestFirst[i]);
        return items.MoveToImmutable();
    }
}
