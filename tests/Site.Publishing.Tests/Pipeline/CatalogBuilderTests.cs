using System.Collections.Immutable;
using Site.Config;
using Site.Parsing.Model;
using Site.Testing;
using Site.Publishing.Documents;
using Site.Publishing.Pipeline;
using Site.Publishing.Rendering;
using Site.Publishing.Theming;

namespace Site.Publishing.Tests.Pipeline;

/// <summary>The catalog is built as the editions stream past, a year at a time, and each listing page is
/// handed out once, as soon as it can no longer change: the pages must be those of the whole listing
/// paginated at the end, whatever the batches.</summary>
public sealed class CatalogBuilderTests
{
    private static readonly SiteContext Site = new(
        SiteConfig.Default with { Sections = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create("要闻", "yaowen")]) },
        Theme.Load(Path.Combine(Repo.Root, "themes", "default"), null));

    private static readonly DateOnly Start = new(2020, 12, 20);

    /// <summary>Editions of one page (要闻), day after day, with the given numbers of articles, each
    /// article credited to 张三 as 记者.</summary>
    private static List<EditionSummary> Editions(IEnumerable<int> articles) =>
    [
        .. articles.Select((n, day) =>
        {
            var date = Start.AddDays(day);
            return new EditionSummary(date, [new PageSummary(1, "要闻")],
                [.. Enumerable.Range(1, n).Select(a => new ArticleEntry(date, 1, a, "要闻", ArticleKind.News, null, $"{date:MMdd}-{a}", null, null, [("记者", "张三")], false))],
                null);
        }),
    ];

    /// <summary>The listing paginated from all its articles at once, as the pages promise: the index holds
    /// the newest fifty; numbered pages hold fifty each counted from the oldest, the last the rest.</summary>
    private static List<(string Path, int Number, bool Last, int Total, string[] Items)> Reference(List<EditionSummary> editions)
    {
        var newestFirst = editions.OrderByDescending(e => e.Date).SelectMany(e => e.Articles).Select(a => a.Headline!).ToList();
        var n = newestFirst.Count;
        var count = n > 50 ? (n + 49) / 50 : 0;
        var pages = new List<(string, int, bool, int, string[])> { ("sections/yaowen/index.html", 0, count == 0, n, [.. newestFirst.Take(50)]) };
        var oldestFirst = Enumerable.Reverse(newestFirst).ToList();
        for (var page = 1; page <= count; page++)
            pages.Add(($"sections/yaowen/{page}.html", page, page == count, n, [.. oldestFirst.Skip((page - 1) * 50).Take(50).Reverse()]));
        return pages;
    }

    private static (string, int, bool, int, string[]) Shape(ListingPage p, bool exactTotal) =>
        (p.Path, p.Number, p.Number == p.Count, exactTotal ? p.Total : -1, [.. p.Items.Select(i => i.Entry.Headline!)]);

    [Theory]
    [InlineData(new[] { 3 }, 1)]
    [InlineData(new[] { 7, 7, 7, 7, 7, 7, 7, 1 }, 3)]          // 50 exactly: no numbered page
    [InlineData(new[] { 7, 7, 7, 7, 7, 7, 7, 2 }, 3)]          // 51: page 1 full, page 2 holds one
    [InlineData(new[] { 50, 50, 50 }, 1)]                      // 150: page 3 full and last
    [InlineData(new[] { 50, 50, 51 }, 2)]
    [InlineData(new[] { 9, 0, 30, 61, 4, 120, 7, 0, 48, 99, 1 }, 4)]
    [InlineData(new[] { 9, 0, 30, 61, 4, 120, 7, 0, 48, 99, 1 }, 1)]
    public void Streamed_pages_are_the_whole_listings_pages_whatever_the_batches(int[] articles, int batch)
    {
        var editions = Editions(articles);
        var builder = new CatalogBuilder(Site);
        var early = editions.Chunk(batch).SelectMany(b => builder.Add(b)).Where(p => p.Folder == "sections/yaowen").ToList();
        var (catalog, open) = builder.Finish();
        var late = open.Where(p => p.Folder == "sections/yaowen").ToList();

        // Handed out early: full, numbered, and known not to be the last (all a numbered page shows of the count).
        Assert.All(early, p => Assert.True(p.Number > 0 && p.Items.Length == 50 && p.Number < p.Count));
        var expected = Reference(editions);
        var made = early.Select(p => Shape(p, exactTotal: false)).Concat(late.Select(p => Shape(p, exactTotal: true))).OrderBy(p => p.Item2).ToList();
        Assert.Equal(expected.Select(p => (p.Path, p.Number, p.Last)), made.Select(p => (p.Item1, p.Item2, p.Item3)));
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].Items, made[i].Item5);
            if (made[i].Item4 >= 0) Assert.Equal(expected[i].Total, made[i].Item4);
        }

        var listing = catalog.Sections.Single(l => l.Folder == "sections/yaowen");
        Assert.Equal(articles.Sum(), listing.Count);
        Assert.Equal(expected[0].Items, listing.Newest.Select(i => i.Entry.Headline!));
        // The sitemap's date of each numbered page: its newest article's.
        Assert.Equal(late.Concat(early).Where(p => p.Number > 0).OrderBy(p => p.Number).Select(p => p.Items[0].Entry.Date), listing.PageDates);
    }

    [Fact]
    public void A_page_is_handed_out_with_the_batch_that_brings_the_article_after_it()
    {
        var editions = Editions([25, 25, 1, 49, 1]);
        var builder = new CatalogBuilder(Site);
        int[] Numbers(IEnumerable<EditionSummary> batch) => [.. builder.Add(batch).Where(p => p.Folder == "sections/yaowen").Select(p => p.Number)];
        Assert.Empty(Numbers(editions[..2]));      // 50: page 1 is full but could still be the last
        Assert.Equal([1], Numbers(editions[2..3]));
        Assert.Empty(Numbers(editions[3..4]));     // 100
        Assert.Equal([2], Numbers(editions[4..]));
        Assert.Equal([0, 3], builder.Finish().Pages.Where(p => p.Folder == "sections/yaowen").Select(p => p.Number));
    }

    [Fact]
    public void People_kinds_and_sections_are_listed_with_their_groups()
    {
        var date = Start;
        var entries = ImmutableArray.Create(
            new ArticleEntry(date, 1, 1, "要闻", ArticleKind.Commentary, null, "评", null, null, [("记者", "李四"), ("通讯员", "王五")], false),
            new ArticleEntry(date, 1, 2, "要闻", ArticleKind.Photo, null, "图", null, null, [("摄影", "李四"), ("摄影", "王五")], false),
            new ArticleEntry(date, 1, 3, "要闻", ArticleKind.News, null, "闻", null, null, [("通讯员", "王五")], false));
        var builder = new CatalogBuilder(Site);
        builder.Add([new EditionSummary(date, [new PageSummary(1, "要闻")], entries, 1)]);
        var (catalog, _) = builder.Finish();

        Assert.Equal([("要闻", "版面", 3), ("评论", "栏目", 1), ("图片新闻", "栏目", 1)], catalog.Sections.Select(l => (l.Label, l.Group, l.Count)));
        // A person's group is the role credited most often; a tie goes to the first in ordinal order.
        Assert.Equal([("李四", "摄影", 2), ("王五", "通讯员", 3)], catalog.People.Select(l => (l.Label, l.Group, l.Count)));
        // Newest first, and within an edition by page and number, as the edition prints them.
        Assert.Equal(["评", "图", "闻"], catalog.People.Single(p => p.Label == "王五").Newest.Select(i => i.Entry.Headline!));
        Assert.Equal(date, Assert.Single(catalog.Dates));
    }

    [Fact]
    public void A_person_credited_twice_in_one_article_is_listed_in_the_credits_order()
    {
        var date = Start;
        var entry = new ArticleEntry(date, 1, 1, "要闻", ArticleKind.News, null, "闻", null, null, [("记者", "李四"), ("摄影", "李四")], false);
        var builder = new CatalogBuilder(Site);
        builder.Add([new EditionSummary(date, [new PageSummary(1, "要闻")], [entry], null)]);
        Assert.Equal(["记者", "摄影"], builder.Finish().Catalog.People.Single().Newest.Select(i => i.Role));
    }

    [Fact]
    public void Editions_come_oldest_first_and_a_page_name_without_a_slug_is_an_input_error()
    {
        var editions = Editions([1, 1]);
        var builder = new CatalogBuilder(Site);
        builder.Add(editions[1..]);
        Assert.Throws<ArgumentException>(() => builder.Add(editions[..1]));

        var unnamed = new ArticleEntry(Start, 1, 1, "综合", ArticleKind.News, null, "闻", null, null, [], false);
        var error = Assert.Throws<InputException>(() => new CatalogBuilder(Site).Add([new EditionSummary(Start, [new PageSummary(1, "综合")], [unnamed], null)]));
        Assert.Contains("综合", error.Message, StringComparison.Ordinal);
    }
}
