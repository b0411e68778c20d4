using System.Collections.Immutable;
using System.Globalization;
using Site.Config;
using Site.Publishing.Documents;
using Site.Publishing.Output;
using Site.Publishing.Urls;

namespace Site.Publishing.Discovery;

/// <summary>Stage: the site-wide machine-readable files — editions.json always; with a base URL also the
/// feeds (Atom, RSS 2.0, JSON Feed, and an Atom feed per section), the sitemaps and robots.txt. Fed a year
/// at a time as the build finishes it (that year's sitemaps come out then), it keeps of older years only
/// what editions.json and the sitemap index name: an outline per edition, a line per sitemap.</summary>
public sealed class SiteDiscovery(SiteConfig config)
{
    /// <summary>The site-wide feeds carry every article of this many newest editions (a day's paper is
    /// about 50 articles: three days fill a feed reader without flooding it).</summary>
    public const int FeedEditions = 3;

    /// <summary>A section's feed carries its newest articles, this many.</summary>
    public const int ListingFeedEntries = 20;

    /// <summary>The code of <see cref="NoBaseUrlWarning"/>.</summary>
    public const string NoBaseUrlCode = "no-base-url";

    public const string NoBaseUrlWarning =
        "no base URL (baseUrl in site.yml, or --base-url): feeds, sitemaps and robots.txt were left out, since they need absolute URLs";

    private readonly List<EditionOutline> editions = [];
    private readonly List<(string Path, DateOnly LastModified)> yearSitemaps = [];
    // The newest editions whole (oldest first), for the feeds; and the newest with articles, for Google News.
    private readonly Queue<EditionSummary> latest = new();
    private EditionSummary? news;

    /// <summary>Every edition added, oldest first.</summary>
    public IReadOnlyList<EditionOutline> Editions => editions;

    /// <summary>Adds a year's editions, oldest first (years come oldest first).</summary>
    /// <returns>Its sitemaps, when there is a base URL: the caller writes them (<see cref="Write"/>), or keeps
    /// those the last build wrote from the same editions (ten years are 26 MB of sitemaps).</returns>
    public YearSitemaps? AddYear(IReadOnlyList<EditionSummary> oldestFirst)
    {
        if (oldestFirst.Count == 0) return null;
        var year = oldestFirst[0].Date.Year;
        if (oldestFirst.Any(e => e.Date.Year != year) || (editions.Count > 0 && editions[^1].Date.Year >= year))
            throw new ArgumentException("a year's editions are added together, years oldest first", nameof(oldestFirst));
        foreach (var edition in oldestFirst)
        {
            editions.Add(EditionOutline.Of(edition));
            latest.Enqueue(edition);
            if (latest.Count > FeedEditions) latest.Dequeue();
            if (!edition.Articles.IsEmpty) news = edition;
        }
        if (config.BaseUrl is null) return null;
        var sitemaps = Sitemaps.Year(year, oldestFirst);
        yearSitemaps.AddRange(sitemaps.Files);
        return sitemaps;
    }

    /// <summary>A year's sitemaps, as <see cref="AddYear"/> gave them.</summary>
    public IEnumerable<OutputFile> Write(YearSitemaps year) =>
        Sitemaps.Write(year, config.BaseUrl ?? throw new InvalidOperationException("sitemaps need a base URL"));

    /// <summary>The files that need the whole archive: editions.json, the feeds, the site-wide sitemap
    /// and the index of all sitemaps, the Google News sitemap, robots.txt.</summary>
    /// <param name="warn">Told once, when the files that need a base URL are left out.</param>
    /// <param name="note">Told what a maintainer should know but need not fix: robots.txt left out of a site
    /// published under a path (a note, not a warning: such a site is right, and --strict builds must pass).</param>
    public IEnumerable<OutputFile> Finish(Catalog catalog, Action<string> warn, Action<string>? note = null)
    {
        yield return EditionsJson.Write(editions, config.Title, config.BaseUrl);
        if (config.BaseUrl is not { } baseUrl)
        {
            warn(NoBaseUrlWarning);
            yield break;
        }
        if (editions.Count == 0) yield break;

        var newest = editions[^1];
        var title = XmlText.Clean(config.Title);
        var recent = latest.Reverse().ToList();
        var items = recent.SelectMany(e => e.Articles).Select(a => FeedItem.From(a, baseUrl)).ToImmutableArray();
        var description = string.Create(CultureInfo.InvariantCulture, $"{title}最近{recent.Count}期的全部文章");
        var main = new FeedChannel(SiteUrls.AtomFeed, SiteUrls.Home, title, description, title, config.Language, baseUrl, newest.Date, items);
        yield return AtomFeed.Write(main);
        yield return RssFeed.Write(main with { Path = SiteUrls.RssFeed });
        yield return JsonFeed.Write(main with { Path = SiteUrls.JsonFeed });

        foreach (var listing in catalog.Sections.Where(l => HasFeed(l.Folder)))
        {
            var entries = listing.Newest.Take(ListingFeedEntries).Select(i => FeedItem.From(i.Entry, baseUrl)).ToImmutableArray();
            var label = XmlText.Clean(listing.Label);
            yield return AtomFeed.Write(new FeedChannel(
                SiteUrls.ListingFeed(listing.Folder), listing.Index,
                $"{label} · {title}", $"{title}「{label}」的最新文章", title, config.Language, baseUrl,
                entries.IsEmpty ? newest.Date : entries[0].Date, entries));
        }

        foreach (var file in Sitemaps.SiteWideAndIndex(newest.Date, catalog, yearSitemaps, baseUrl)) yield return file;
        // Google News wants the latest articles; an edition without any (all teasers) leaves the one before.
        if (news is not null) yield return Sitemaps.News(news, title, config.Language, baseUrl);
        if (RobotsTxt.AtHostRoot(baseUrl)) yield return RobotsTxt.Write(baseUrl, hasNews: news is not null);
        else note?.Invoke(RobotsTxt.UnderPathNote(baseUrl, hasNews: news is not null));
    }

    /// <summary>Sections and kinds have feeds; a person's listing does not.</summary>
    public static bool HasFeed(string listingFolder) => SiteUrls.IsSectionListing(listingFolder);
}
