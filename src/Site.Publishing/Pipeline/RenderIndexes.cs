using System.Collections.Immutable;
using System.Globalization;
using Site.Publishing.Discovery;
using Site.Publishing.Output;
using Site.Publishing.Urls;
using Site.Publishing.Views;

namespace Site.Publishing.Pipeline;

/// <summary>Stage: the site-wide pages — section and kind listings, people, the archive, 404 — and the
/// theme's assets.</summary>
public static class RenderIndexes
{
    /// <summary>Entries per listing page: enough to scan, small enough for a phone.</summary>
    public const int PageSize = 50;

    /// <summary>The site-wide pages as independent pieces of work, each yielding its files as it renders
    /// them: the caller runs them on every core and writes each file as it comes, so no listing's pages
    /// wait in memory. (Listings are most of these pages: one per 50 articles of every section and
    /// every person.) <paramref name="render"/> says which listing pages to render (an incremental
    /// build skips those whose content it already wrote: a person the day's edition does not name keeps
    /// even their listing's front); every other page is rendered.</summary>
    public static IEnumerable<Func<IEnumerable<OutputFile>>> Jobs(Catalog catalog, SiteContext site, Func<ListingPage, bool>? render = null)
    {
        foreach (var listing in catalog.Sections.Concat(catalog.People))
            yield return () => Pages(listing).Where(p => render is null || render(p)).Select(p => Render(p, site));
        yield return () => Rest(catalog, site);
    }

    /// <summary>A listing's pages: its index (the newest <see cref="PageSize"/>) and, once it holds more,
    /// numbered pages counted from the oldest article, so that a full page never changes again.</summary>
    public static IEnumerable<ListingPage> Pages(Listing listing)
    {
        var n = listing.Items.Length;
        var count = n > PageSize ? (n + PageSize - 1) / PageSize : 0;
        yield return new ListingPage(listing, 0, count, 0, Math.Min(n, PageSize));
        for (var page = 1; page <= count; page++)
        {
            // Items run newest first; page k holds the k-th fifty counted from the oldest.
            var end = n - (page - 1) * PageSize;
            var start = Math.Max(0, end - PageSize);
            yield return new ListingPage(listing, page, count, start, end - start);
        }
    }

    public static OutputFile Render(ListingPage page, SiteContext site)
    {
        var listing = page.Listing;
        var path = page.Path;
        var v = new ViewFactory(site, path);
        var (crumbLabel, crumbPath) = listing.Folder.StartsWith("people/", StringComparison.Ordinal)
            ? ("人物", SitePaths.People) : ("栏目", SitePaths.Sections);
        var items = page.Items.ToArray();
        var n = listing.Items.Length;
        string intro, title;
        if (page.Number == 0)
        {
            intro = string.Create(CultureInfo.InvariantCulture, $"共 {n} 篇，最新的在前。");
            title = listing.Label;
        }
        else
        {
            intro = $"{Labels.Date(items[^1].Entry.Date)}至{Labels.Date(items[0].Entry.Date)}";
            title = string.Create(CultureInfo.InvariantCulture, $"{listing.Label}（第{page.Number}页）");
        }
        var olderThanIndex = n > PageSize ? (n - PageSize - 1) / PageSize + 1 : 0;
        var crumbs = page.Number == 0
            ? new (string, string?)[] { (crumbLabel, crumbPath), (listing.Label, null) }
            : [(crumbLabel, crumbPath), (listing.Label, SitePaths.ListingIndex(listing.Folder)), (string.Create(CultureInfo.InvariantCulture, $"第{page.Number}页"), null)];
        return site.Render(path, "pages/listing", $"{title} · {site.Config.Title}", crumbs,
            new ListingView(title, intro, [.. items.Select(i => v.ArticleLink(i.Entry, Context(i)))],
                v.Pager(listing.Folder, page.Number, page.Count, olderThanIndex)), "listing",
            meta: FeedLinks.Listing(site.Config, listing));
    }

    private static IEnumerable<OutputFile> Rest(Catalog catalog, SiteContext site)
    {
        foreach (var (path, content) in site.Theme.Assets) yield return new OutputFile(path, content);
        yield return Directory(SitePaths.Sections, "栏目", catalog.Sections, site);
        yield return Directory(SitePaths.People, "人物", catalog.People, site);
        yield return Archive(catalog, site);
        foreach (var year in catalog.Dates.GroupBy(d => d.Year)) yield return ArchiveYear(year.Key, catalog, site);
        yield return site.Render(SitePaths.NotFound, "pages/not-found", "页面不存在", [], new { }, "not-found");
    }

    private static string Context(ListingItem i) =>
        $"{Labels.Date(i.Entry.Date)} {Labels.Page(i.Entry.Page, i.Entry.PageName)}" + (i.Role is null ? "" : $" · {i.Role}");

    private static OutputFile Directory(string path, string heading, ImmutableArray<Listing> listings, SiteContext site)
    {
        var v = new ViewFactory(site, path);
        var groups = listings.GroupBy(l => l.Group)
            .Select(g => new DirectoryGroupView(g.Key,
                [.. g.Select(l => new DirectoryEntryView(v.Link(SitePaths.ListingIndex(l.Folder)), l.Label, l.Items.Length))]));
        return site.Render(path, "pages/directory", $"{heading} · {site.Config.Title}", [(heading, null)],
            new DirectoryView(heading, [.. groups]), "directory");
    }

    private static OutputFile Archive(Catalog catalog, SiteContext site)
    {
        var v = new ViewFactory(site, SitePaths.Archive);
        var years = catalog.Dates.GroupBy(d => d.Year).OrderByDescending(g => g.Key)
            .Select(g => new ArchiveYearLinkView(g.Key, v.Link(SitePaths.ArchiveYear(g.Key)), g.Count()));
        var latest = catalog.Dates.IsEmpty ? null : new LinkView(v.Link(SitePaths.Edition(catalog.Dates[^1])), Labels.Date(catalog.Dates[^1]));
        return site.Render(SitePaths.Archive, "pages/archive", $"往期 · {site.Config.Title}", [("往期", null)],
            new ArchiveView([.. years], latest), "archive");
    }

    private static OutputFile ArchiveYear(int year, Catalog catalog, SiteContext site)
    {
        var path = SitePaths.ArchiveYear(year);
        var v = new ViewFactory(site, path);
        var dates = catalog.Dates.Where(d => d.Year == year).ToHashSet();
        var months = Enumerable.Range(1, 12).Select(m => Month(year, m, dates, v)).ToImmutableArray();
        var years = catalog.Dates.Select(d => d.Year).Distinct().Order().ToList();
        var at = years.IndexOf(year);
        LinkView? YearLink(int y) => new(v.Link(SitePaths.ArchiveYear(y)), string.Create(CultureInfo.InvariantCulture, $"{y}年"));
        return site.Render(path, "pages/archive-year", string.Create(CultureInfo.InvariantCulture, $"{year}年 · 往期 · {site.Config.Title}"),
            [("往期", SitePaths.Archive), (string.Create(CultureInfo.InvariantCulture, $"{year}年"), null)],
            new ArchiveYearView(year, dates.Count, months,
                at > 0 ? YearLink(years[at - 1]) : null, at + 1 < years.Count ? YearLink(years[at + 1]) : null), "archive-year");
    }

    /// <summary>A month as weeks from Monday to Sunday; days with an edition link to it.</summary>
    private static MonthView Month(int year, int month, HashSet<DateOnly> dates, ViewFactory v)
    {
        var first = new DateOnly(year, month, 1);
        var lead = ((int)first.DayOfWeek + 6) % 7;
        var days = DateTime.DaysInMonth(year, month);
        var cells = Enumerable.Repeat(new DayView(0, null, null), lead)
            .Concat(Enumerable.Range(1, days).Select(d =>
            {
                var date = new DateOnly(year, month, d);
                return dates.Contains(date) ? new DayView(d, v.Link(SitePaths.Edition(date)), Labels.Date(date)) : new DayView(d, null, null);
            }))
            .ToList();
        while (cells.Count % 7 != 0) cells.Add(new DayView(0, null, null));
        var weeks = cells.Chunk(7).Select(w => new WeekView([.. w])).ToImmutableArray();
        var count = Enumerable.Range(1, days).Count(d => dates.Contains(new DateOnly(year, month, d)));
        return new MonthView(string.Create(CultureInfo.InvariantCulture, $"{month}月"), count, weeks);
    }
}
