using System.Collections.Immutable;
using System.Globalization;
using Site.Publishing.Output;
using Site.Publishing.Pipeline;
using Site.Publishing.Urls;

namespace Site.Publishing.Discovery;

/// <summary>Stage: the site-wide machine-readable files — editions.json always; with a base URL also the
/// feeds (Atom, RSS 2.0, JSON Feed, and an Atom feed per section), the sitemaps and robots.txt.</summary>
public static class SiteDiscovery
{
    /// <summary>The site-wide feeds carry every article of this many newest editions (a day's paper is
    /// about 50 articles: three days fill a feed reader without flooding it).</summary>
    public const int FeedEditions = 3;

    /// <summary>A section's feed carries its newest articles, this many.</summary>
    public const int ListingFeedEntries = 20;

    public const string NoBaseUrlWarning =
        "no base URL (baseUrl in site.yml, or --base-url): feeds, sitemaps and robots.txt were left out, since they need absolute URLs";

    /// <param name="warn">Told once, when the files that need a base URL are left out.</param>
    /// <param name="renderYear">Which years' sitemaps to write (see <see cref="Sitemaps.Write"/>).</param>
    public static IEnumerable<OutputFile> Files(Catalog catalog, IEnumerable<EditionSummary> summaries, SiteContext site, Action<string> warn,
        Func<YearSitemaps, bool>? renderYear = null)
    {
        var oldestFirst = summaries.OrderBy(s => s.Date).ToList();
        var config = site.Config;
        yield return EditionsJson.Write(oldestFirst, config.Title, config.BaseUrl);
        if (config.BaseUrl is not { } baseUrl)
        {
            warn(NoBaseUrlWarning);
            yield break;
        }
        if (oldestFirst.Count == 0) yield break;

        var newest = oldestFirst[^1];
        var title = XmlText.Clean(config.Title);
        var latest = oldestFirst.TakeLast(FeedEditions).Reverse().ToList();
        var items = latest.SelectMany(e => e.Articles).Select(a => FeedItem.From(a, baseUrl)).ToImmutableArray();
        var description = string.Create(CultureInfo.InvariantCulture, $"{title}最近{latest.Count}期的全部文章");
        var main = new FeedChannel(DiscoveryPaths.AtomFeed, SitePaths.Home, title, description, title, config.Language, baseUrl, newest.Date, items);
        yield return AtomFeed.Write(main);
        yield return RssFeed.Write(main with { Path = DiscoveryPaths.RssFeed });
        yield return JsonFeed.Write(main with { Path = DiscoveryPaths.JsonFeed });

        foreach (var listing in catalog.Sections.Where(HasFeed))
        {
            var entries = listing.Items.Take(ListingFeedEntries).Select(i => FeedItem.From(i.Entry, baseUrl)).ToImmutableArray();
            var label = XmlText.Clean(listing.Label);
            yield return AtomFeed.Write(new FeedChannel(
                DiscoveryPaths.ListingFeed(listing.Folder), SitePaths.ListingIndex(listing.Folder),
                $"{label} · {title}", $"{title}「{label}」的最新文章", title, config.Language, baseUrl,
                entries.IsEmpty ? newest.Date : entries[0].Date, entries));
        }

        foreach (var file in Sitemaps.Write(oldestFirst, catalog, baseUrl, renderYear)) yield return file;
        // Google News wants the latest articles; an edition without any (all teasers) leaves the one before.
        var news = oldestFirst.LastOrDefault(e => !e.Articles.IsEmpty);
        if (news is not null) yield return Sitemaps.News(news, title, config.Language, baseUrl);
        yield return RobotsTxt.Write(baseUrl, hasNews: news is not null);
    }

    /// <summary>Sections and kinds have feeds; a person's listing does not.</summary>
    public static bool HasFeed(Listing listing) => listing.Folder.StartsWith("sections/", StringComparison.Ordinal);
}
