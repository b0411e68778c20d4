using System.Collections.Immutable;
using System.Globalization;
using Site.Publishing.Discovery;
using Site.Publishing.Documents;
using Site.Publishing.Output;
using Site.Publishing.Rendering;
using Site.Publishing.Urls;
using Site.Publishing.Views;

namespace Site.Publishing.Pipeline;

/// <summary>Stage: the site-wide pages — section and kind listings, people, the archive, 404 — and the
/// theme's assets. Listing pages are most of them (one per 50 articles of every section and every
/// person): the build renders each as soon as it is final and writes it as it comes.</summary>
public static class RenderIndexes
{
    /// <summary>Entries per listing page: enough to scan, small enough for a phone.</summary>
    public const int PageSize = 50;

    /// <summary>A page of a listing. Its index shows how many articles the listing has and links to every
    /// numbered page; a numbered page shows its articles and its neighbours, so once full and not the last
    /// it never changes (<see cref="CatalogBuilder"/> renders it then).</summary>
    public static OutputFile Render(ListingPage page, SiteContext site)
    {
        var path = page.Path;
        var v = new ViewFactory(site.Config, path);
        var (crumbLabel, crumbPath) = SiteUrls.IsPersonListing(page.Folder)
            ? ("人物", SiteUrls.People) : ("栏目", SiteUrls.Sections);
        var items = page.Items;
        var n = page.Total;
        string intro, title;
        if (page.Number == 0)
        {
            intro = string.Create(CultureInfo.InvariantCulture, $"共 {n} 篇，最新的在前。");
            title = page.Label;
        }
        else
        {
            intro = $"{Labels.Date(items[^1].Entry.Date)}至{Labels.Date(items[0].Entry.Date)}";
            title = string.Create(CultureInfo.InvariantCulture, $"{page.Label}（第{page.Number}页）");
        }
        var description = PageMetadata.Describe($"{title}：{intro}", items.Take(5).Select(i => Labels.Title(i.Entry.Headline, i.Entry.Kind, i.Entry.Excerpt)));
        // Only the index links to the page before it (the newest full one).
        var olderThanIndex = page.Number == 0 && n > PageSize ? (n - PageSize - 1) / PageSize + 1 : 0;
        var crumbs = page.Number == 0
            ? new (string, string?)[] { (crumbLabel, crumbPath), (page.Label, null) }
            : [(crumbLabel, crumbPath), (page.Label, SiteUrls.ListingIndex(page.Folder)), (string.Create(CultureInfo.InvariantCulture, $"第{page.Number}页"), null)];
        return site.Render(path, "pages/listing", $"{title} · {site.Config.Title}", crumbs,
            new ListingView(title, intro, [.. items.Select(i => v.ArticleLink(i.Entry, Context(i)))],
                v.Pager(page.Folder, page.Number, page.Count, olderThanIndex)), "listing",
            description,
            PageMetadata.For(site.Config, path, title, description, FeedLinks.Listing(site.Config, page.Folder, page.Label)));
    }

    /// <summary>The site-wide pages that are not listings: the theme's assets, the directories of sections
    /// and people, the archive and its years, 404.</summary>
    public static IEnumerable<OutputFile> Rest(Catalog catalog, SiteContext site)
    {
        foreach (var (path, content) in site.Theme.Assets) yield return new OutputFile(SiteUrls.ThemeAsset(path), content);
        yield return Favicon.Write(site.Config);
        yield return Directory(SiteUrls.Sections, "栏目", catalog.Sections, site);
        yield return Directory(SiteUrls.People, "人物", PeopleByRole(catalog.People), site);
        yield return Archive(catalog, site);
        foreach (var year in catalog.Dates.GroupBy(d => d.Year)) yield return ArchiveYear(year.Key, catalog, site);
        yield return site.Render(SiteUrls.NotFound, "pages/not-found", $"页面不存在 · {site.Config.Title}", [], new { }, "not-found");
    }

    private static string Context(ListingItem i) =>
        $"{Labels.Date(i.Entry.Date)} {Labels.Page(i.Entry.Page, i.Entry.PageName)}" + (i.Role is null ? "" : $" · {i.Role}");

    /// <summary>People by the role they are credited in most, 记者 first (then 通讯员, 摄影, 作者), each role's
    /// names in pinyin order.</summary>
    private static ImmutableArray<Listing> PeopleByRole(ImmutableArray<Listing> people)
    {
        string[] roles = [Labels.Reporter, Labels.Correspondent, Labels.Photographer, Labels.Author];
        int Rank(string role) => Array.IndexOf(roles, role) is var i and >= 0 ? i : roles.Length;
        return [.. people.OrderBy(l => Rank(l.Group)).ThenBy(l => l.Group, StringComparer.Ordinal).ThenBy(l => l.Label, NameOrder.Pinyin)];
    }

    private static OutputFile Directory(string path, string heading, ImmutableArray<Listing> listings, SiteContext site)
    {
        var v = new ViewFactory(site.Config, path);
        var groups = listings.GroupBy(l => l.Group)
            .Select(g => new DirectoryGroupView(g.Key,
                [.. g.Select(l => new DirectoryEntryView(v.Link(SiteUrls.ListingIndex(l.Folder)), l.Label, l.Count))]));
        return site.Render(path, "pages/directory", $"{heading} · {site.Config.Title}", [(heading, null)],
            new DirectoryView(heading, [.. groups]), "directory");
    }

    private static OutputFile Archive(Catalog catalog, SiteContext site)
    {
        var v = new ViewFactory(site.Config, SiteUrls.Archive);
        var years = catalog.Dates.GroupBy(d => d.Year).OrderByDescending(g => g.Key)
            .Select(g => new ArchiveYearLinkView(g.Key, v.Link(SiteUrls.ArchiveYear(g.Key)), g.Count(),
                [.. g.GroupBy(d => d.Month).OrderByDescending(m => m.Key).Select(m => new ArchiveMonthLinkView(
                    v.Link(SiteUrls.ArchiveYear(g.Key)) + "#" + MonthId(m.Key), MonthLabel(m.Key), m.Count()))]));
        var latest = catalog.Dates.IsEmpty ? null : new LinkView(v.Link(SiteUrls.Edition(catalog.Dates[^1])), Labels.Date(catalog.Dates[^1]));
        return site.Render(SiteUrls.Archive, "pages/archive", $"往期 · {site.Config.Title}", [("往期", null)],
            new ArchiveView([.. years], latest), "archive");
    }

    private static OutputFile ArchiveYear(int year, Catalog catalog, SiteContext site)
    {
        var path = SiteUrls.ArchiveYear(year);
        var v = new ViewFactory(site.Config, path);
        var dates = catalog.Dates.Where(d => d.Year == year).ToHashSet();
        var months = Enumerable.Range(1, 12).Reverse().Where(m => dates.Any(d => d.Month == m)).Select(m => Month(year, m, dates, v)).ToImmutableArray();
        var years = catalog.Dates.Select(d => d.Year).Distinct().Order().ToList();
        var at = years.IndexOf(year);
        LinkView? YearLink(int y) => new(v.Link(SiteUrls.ArchiveYear(y)), string.Create(CultureInfo.InvariantCulture, $"{y}年"));
        return site.Render(path, "pages/archive-year", string.Create(CultureInfo.InvariantCulture, $"{year}年 · 往期 · {site.Config.Title}"),
            [("往期", SiteUrls.Archive), (string.Create(CultureInfo.InvariantCulture, $"{year}年"), null)],
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
                return dates.Contains(date) ? new DayView(d, v.Link(SiteUrls.Edition(date)), Labels.Date(date)) : new DayView(d, null, null);
            }))
            .ToList();
        while (cells.Count % 7 != 0) cells.Add(new DayView(0, null, null));
        var weeks = cells.Chunk(7).Select(w => new WeekView([.. w])).ToImmutableArray();
        var count = Enumerable.Range(1, days).Count(d => dates.Contains(new DateOnly(year, month, d)));
        return new MonthView(MonthId(month), MonthLabel(month), count, weeks);
    }

    private static string MonthId(int month) => string.Create(CultureInfo.InvariantCulture, $"m{month:00}");

    private static string MonthLabel(int month) => string.Create(CultureInfo.InvariantCulture, $"{month}月");
}
