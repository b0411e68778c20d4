using System.Collections.Immutable;
using Site.Publishing.Documents;
using Site.Publishing.Rendering;
using Site.Publishing.Urls;
using Site.Publishing.Views;

namespace Site.Publishing.Pipeline;

/// <summary>Stage: the catalog, built as the editions stream past, oldest first — the section and kind
/// listings, the people, the dates. Each batch of editions (a year, as the build finishes it) hands back
/// the listing pages it finished, for the caller to render and forget; <see cref="Finish"/> gives the
/// catalog and the pages still open. Memory grows with the number of listings, not of articles.</summary>
public sealed class CatalogBuilder(SiteContext site)
{
    private readonly List<DateOnly> dates = [];
    private readonly Dictionary<string, ListingStream> sections = new(StringComparer.Ordinal);
    private readonly ListingStream[] kinds =
        [.. Catalog.KindSections.Select(k => new ListingStream(SiteUrls.SectionFolder(k.Slug), k.Label))];
    private readonly Dictionary<string, ListingStream> people = new(StringComparer.Ordinal);
    // A person's folder → their name: two names with one folder would write one page twice.
    private readonly Dictionary<string, string> personFolders = new(StringComparer.Ordinal);
    private bool finished;

    /// <summary>Adds editions newer than every edition added before, oldest first.</summary>
    /// <returns>The listing pages they finished: full, and never to change again.</returns>
    /// <exception cref="InputException">A page name has no section slug, or two people's names give one page id.</exception>
    public IReadOnlyList<ListingPage> Add(IEnumerable<EditionSummary> oldestFirst)
    {
        ObjectDisposedException.ThrowIf(finished, this);
        foreach (var edition in oldestFirst)
        {
            if (dates.Count > 0 && edition.Date <= dates[^1])
                throw new ArgumentException($"{edition.Date:yyyy-MM-dd} comes after {dates[^1]:yyyy-MM-dd}: editions are added oldest first", nameof(oldestFirst));
            dates.Add(edition.Date);
            // Listings run newest first, an edition's articles by page and number: oldest first is the reverse.
            for (var a = edition.Articles.Length - 1; a >= 0; a--)
            {
                var entry = edition.Articles[a];
                if (entry.PageName.Length > 0) Section(entry.PageName).Add(new ListingItem(entry, null));
                for (var k = 0; k < kinds.Length; k++)
                    if (Catalog.KindSections[k].Kind == entry.Kind) kinds[k].Add(new ListingItem(entry, null));
                for (var c = entry.Credits.Length - 1; c >= 0; c--)
                {
                    var (role, name) = entry.Credits[c];
                    // 本报评论员 is the paper's office, not a person with a page of their own.
                    if (!Labels.IsRole(name)) Person(name).Add(new ListingItem(entry, role));
                }
            }
        }
        var pages = new List<ListingPage>();
        foreach (var stream in sections.Values.Concat(kinds).Concat(people.Values)) stream.TakeFinished(pages);
        return pages;
    }

    /// <summary>The catalog, and the listing pages still to render (every listing's index and last page).</summary>
    public (Catalog Catalog, IReadOnlyList<ListingPage> Pages) Finish()
    {
        ObjectDisposedException.ThrowIf(finished, this);
        finished = true;
        var pages = new List<ListingPage>();
        ImmutableArray<Listing> All(IEnumerable<(ListingStream Stream, string? Group)> streams)
        {
            var listings = ImmutableArray.CreateBuilder<Listing>();
            foreach (var (stream, group) in streams)
            {
                var (listing, open) = stream.Finish(group);
                listings.Add(listing);
                pages.AddRange(open);
            }
            return listings.ToImmutable();
        }
        var sectionListings = All(sections.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => (s.Value, (string?)"版面"))
            .Concat(kinds.Select(k => (k, (string?)"栏目"))));
        var peopleListings = All(people.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Value, (string?)null)));
        return (new Catalog([.. dates], sectionListings, peopleListings), pages);
    }

    private ListingStream Section(string pageName)
    {
        if (!sections.TryGetValue(pageName, out var stream))
            sections.Add(pageName, stream = new ListingStream(SiteUrls.SectionFolder(site.SectionSlug(pageName, "site.yml")!), pageName));
        return stream;
    }

    private ListingStream Person(string name)
    {
        if (people.TryGetValue(name, out var stream)) return stream;
        var folder = SiteUrls.PersonFolder(name);
        if (personFolders.TryGetValue(folder, out var other))
        {
            string[] names = [other, name];
            Array.Sort(names, StringComparer.Ordinal);
            throw new InputException("", 0, InputCodes.PersonClash, $"two people's names give the same page id {folder}: {string.Join(", ", names)}");
        }
        personFolders.Add(folder, name);
        people.Add(name, stream = new ListingStream(folder, name));
        return stream;
    }
}
