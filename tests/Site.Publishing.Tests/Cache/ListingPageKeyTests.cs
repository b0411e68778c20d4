using System.Collections.Immutable;
using Site.Parsing.Model;
using Site.Publishing.Cache;
using Site.Publishing.Documents;

namespace Site.Publishing.Tests.Cache;

/// <summary>A numbered listing page is kept from the last build when its key matches: the key must change
/// with anything the page shows.</summary>
public sealed class ListingPageKeyTests
{
    private static readonly DateOnly Day1 = new(2024, 3, 1);
    private static readonly DateOnly Day2 = new(2024, 3, 2);

    private static ListingItem Item(DateOnly date, int page, int number, string? role = null) =>
        new(new ArticleEntry(date, page, number, "要闻", ArticleKind.News, null, "主题", null, null, [], false), role);

    private static ListingPage Page(params ListingItem[] items) =>
        new("sections/yaowen", "要闻", 1, 2, items.Length, [.. items]);

    private static readonly Dictionary<DateOnly, string> Keys = new() { [Day1] = "parse-1", [Day2] = "parse-2" };

    private static string Key(ListingPage page, IReadOnlyDictionary<DateOnly, string>? keys = null) =>
        BuildKeys.ListingPage("site", page, keys ?? Keys);

    private static readonly ListingPage Base = Page(Item(Day2, 1, 1), Item(Day2, 1, 2), Item(Day1, 2, 1));

    [Fact]
    public void The_same_page_gives_the_same_key() =>
        Assert.Equal(Key(Base), Key(Page(Item(Day2, 1, 1), Item(Day2, 1, 2), Item(Day1, 2, 1))));

    [Fact]
    public void A_reparsed_edition_of_any_article_changes_the_key()
    {
        Assert.NotEqual(Key(Base), Key(Base, new Dictionary<DateOnly, string> { [Day1] = "parse-1b", [Day2] = "parse-2" }));
        Assert.NotEqual(Key(Base), Key(Base, new Dictionary<DateOnly, string> { [Day1] = "parse-1", [Day2] = "parse-2b" }));
    }

    [Fact]
    public void Another_article_or_order_changes_the_key()
    {
        Assert.NotEqual(Key(Base), Key(Page(Item(Day2, 1, 1), Item(Day2, 1, 3), Item(Day1, 2, 1))));
        Assert.NotEqual(Key(Base), Key(Page(Item(Day2, 1, 2), Item(Day2, 1, 1), Item(Day1, 2, 1))));
        Assert.NotEqual(Key(Base), Key(Page(Item(Day2, 1, 1), Item(Day2, 1, 2))));
        // The same places on another day (an article moved between editions).
        Assert.NotEqual(Key(Base), Key(Page(Item(Day2, 1, 1), Item(Day1, 1, 2), Item(Day1, 2, 1))));
        // Page and number are not interchangeable.
        Assert.NotEqual(Key(Page(Item(Day1, 1, 2))), Key(Page(Item(Day1, 2, 1))));
    }

    [Fact]
    public void A_persons_role_changes_the_key() =>
        Assert.NotEqual(Key(Page(Item(Day1, 1, 1, "记者"))), Key(Page(Item(Day1, 1, 1, "通讯员"))));

    [Fact]
    public void A_listing_front_changes_with_the_listings_size_though_its_newest_articles_do_not()
    {
        // The front shows "共 n 篇" and a pager over the numbered pages.
        ImmutableArray<ListingItem> newest = [Item(Day2, 1, 1), Item(Day2, 1, 2)];
        string Front(int total, int count) => BuildKeys.ListingPage("site", new ListingPage("people/p1", "张三", 0, count, total, newest), Keys);
        Assert.NotEqual(Front(3, 0), Front(4, 0));
        Assert.NotEqual(Front(3, 0), Front(3, 1));
    }

    [Fact]
    public void Whether_the_page_is_the_last_changes_the_key() =>
        Assert.NotEqual(Key(Base with { Count = 1 }), Key(Base with { Count = 2 }));

    [Fact]
    public void A_numbered_page_before_the_last_has_one_key_however_the_listing_grows()
    {
        // Rendered as soon as it is full (knowing only that a page follows) or at the archive's end, the
        // page is the same, and so is its key: an incremental build keeps it.
        Assert.Equal(Key(Base with { Count = 2, Total = 51 }), Key(Base with { Count = 9, Total = 420 }));
    }
}
