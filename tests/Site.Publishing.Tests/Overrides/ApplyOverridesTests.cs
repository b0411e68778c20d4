using Site.Parsing.Diagnostics;
using System.Collections.Immutable;
using Site.Config;
using Site.Parsing.Model;
using Site.Testing;
using Site.Publishing.Corrections;
using Site.Publishing.Documents;

namespace Site.Publishing.Tests.Overrides;

/// <summary>Corrections from edition.yml applied to a page's parsed articles: each field, split, merge,
/// and the warnings for overrides that no longer find their article. (ImmutableArrays are compared
/// as arrays: their own Equals compares references.)</summary>
public class ApplyOverridesTests
{
    private const string Manifest = "input/issues/2025-08-04/edition.yml";

    private static Article News(string? headline, params string[] paragraphs) =>
        new(ArticleKind.News, null, headline, null, Byline.Empty, [.. paragraphs], [], false, 1, 10, []);

    private static readonly ImmutableArray<Article> Page1 =
    [
        News("电商发展强劲有力", "本报讯 近日，记者从市商务局了解到。", "另据了解，跨境电商增长三成。") with { Captions = ["图为展会现场"], Truncated = true },
        new(ArticleKind.Teaser, "导读", "关键小事", null, Byline.Empty, [], [], false, 1, 20, [], SeePage: 4),
        News("百名师生入驻乡村", "本报讯 百名师生来到乡村。") with { Byline = new(["荣怡婷"], [], [], []), BylineSource = ["■记者 荣怡婷"] },
        News("乡村新典范", "他们画下了新民居。") with { Truncated = true },
        News("重“棒”出击", "少年棒球赛开打。"),
    ];

    private static ArticleOverride Override(int line, string? headline = null, int? number = null, ArticleFields? set = null,
        ArticleSplit? split = null, bool merge = false, int page = 1, bool drop = false, int? publishedAs = null) =>
        new(line, page, headline, number, set ?? ArticleFields.None, split, merge, drop, publishedAs);

    private static CorrectedPage Corrected(params ArticleOverride[] overrides) =>
        ApplyOverrides.Run(ImmutableSortedDictionary<int, ImmutableArray<Article>>.Empty.Add(1, Page1), [.. overrides], Manifest, Repo.Rules).Pages[1];

    private static ArticleSplit SplitAt(string before, string headline, int line = 9) => new(before, ArticleFields.None with { Headline = headline }, line);

    private static (ImmutableArray<Article> Articles, ImmutableArray<string> Warnings) Apply(params ArticleOverride[] overrides)
    {
        var (pages, warnings) = ApplyOverrides.Run(ImmutableSortedDictionary<int, ImmutableArray<Article>>.Empty.Add(1, Page1),
            [.. overrides], Manifest, Repo.Rules);
        return (pages[1].Articles, [.. warnings.Select(Text)]);
    }

    /// <summary>A warning as file:line: message.</summary>
    private static string Text(Diagnostic w) => $"{w.File}:{w.Line}: {w.Message}";

    [Fact]
    public void Set_replaces_each_field_and_reads_the_byline_as_the_parser_does()
    {
        var (articles, warnings) = Apply(Override(5, headline: "电商发展强劲有力",
            set: new ArticleFields("引题", "平湖电商发展强劲有力", "副题", new OverrideText("记者 张三 通讯员 李四", 9), ArticleKind.Commentary)));
        Assert.Empty(warnings);
        var a = articles[0];
        Assert.Equal(("引题", "平湖电商发展强劲有力", "副题", ArticleKind.Commentary), (a.Kicker, a.Headline, a.Subheadline, a.Kind));
        Assert.Equal(["张三"], a.Byline.Reporters.ToArray());
        Assert.Equal(["李四"], a.Byline.Correspondents.ToArray());
        Assert.Equal(["记者 张三 通讯员 李四"], a.BylineSource.ToArray());
        Assert.Equal(Page1[0].Paragraphs.ToArray(), a.Paragraphs.ToArray());
        Assert.Equal(Page1.Skip(1), articles.Skip(1));
    }

    [Fact]
    public void A_columnists_pen_name_is_a_byline_and_an_empty_value_clears_a_field()
    {
        var (articles, _) = Apply(Override(5, headline: "百名师生入驻乡村",
            set: ArticleFields.None with { Headline = "", Byline = new OverrideText("言成声", 7) }));
        Assert.Null(articles[2].Headline);
        Assert.Equal(["言成声"], articles[2].Byline.Authors.ToArray());

        var (cleared, _) = Apply(Override(5, headline: "百名师生入驻乡村", set: ArticleFields.None with { Byline = new OverrideText("", 7) }));
        Assert.True(cleared[2].Byline.IsEmpty);
        Assert.Empty(cleared[2].BylineSource);
    }

    [Fact]
    public void A_byline_the_parser_cannot_read_is_an_error_naming_its_line()
    {
        var e = Assert.Throws<ConfigException>(() => Apply(Override(5, headline: "百名师生入驻乡村",
            set: ArticleFields.None with { Byline = new OverrideText("本报讯 百名师生来到乡村。", 8) })));
        Assert.Equal((Manifest, 8), (e.File, e.Line));
    }

    [Fact]
    public void Number_counts_the_pages_articles_as_numbered_on_the_site_without_teasers()
    {
        var (articles, warnings) = Apply(Override(5, number: 2, set: ArticleFields.None with { Kind = ArticleKind.Photo }));
        Assert.Empty(warnings);
        Assert.Equal(ArticleKind.Photo, articles[2].Kind);
    }

    [Fact]
    public void The_headline_wins_over_a_number_that_no_longer_fits()
    {
        var (articles, warnings) = Apply(Override(5, headline: "重 “棒” 出击", number: 1, set: ArticleFields.None with { Kicker = "体育" }));
        Assert.Empty(warnings);
        Assert.Equal("体育", articles[4].Kicker);
        Assert.Null(articles[0].Kicker);
    }

    [Fact]
    public void Split_starts_a_new_article_at_the_paragraph_and_moves_the_cut_off_mark()
    {
        var (articles, warnings) = Apply(Override(5, headline: "电商发展强劲有力",
            split: new ArticleSplit("另据 了解", ArticleFields.None with { Headline = "跨境电商增长三成", Byline = new OverrideText("记者 林旭东", 9) }, 7)));
        Assert.Empty(warnings);
        Assert.Equal(6, articles.Length);
        var (first, second) = (articles[0], articles[1]);
        Assert.Equal(["本报讯 近日，记者从市商务局了解到。"], first.Paragraphs.ToArray());
        Assert.Equal(["图为展会现场"], first.Captions.ToArray());
        Assert.False(first.Truncated);
        Assert.Equal("跨境电商增长三成", second.Headline);
        Assert.Equal(["另据了解，跨境电商增长三成。"], second.Paragraphs.ToArray());
        Assert.Equal(["林旭东"], second.Byline.Reporters.ToArray());
        Assert.Empty(second.Captions);
        Assert.True(second.Truncated);
        Assert.Equal(ArticleKind.News, second.Kind);
    }

    [Fact]
    public void Merge_joins_an_article_with_the_next_one_on_its_page()
    {
        var (articles, warnings) = Apply(Override(5, headline: "百名师生入驻乡村", merge: true));
        Assert.Empty(warnings);
        Assert.Equal(4, articles.Length);
        var merged = articles[2];
        Assert.Equal("百名师生入驻乡村", merged.Headline);
        Assert.Equal(["本报讯 百名师生来到乡村。", "他们画下了新民居。"], merged.Paragraphs.ToArray());
        Assert.Equal(["荣怡婷"], merged.Byline.Reporters.ToArray());
        Assert.True(merged.Truncated);
        Assert.Equal("重“棒”出击", articles[3].Headline);
    }

    [Fact]
    public void Merges_in_a_row_fold_into_the_first_and_skip_the_teaser_between()
    {
        var (articles, warnings) = Apply(Override(5, number: 1, merge: true), Override(8, number: 2, merge: true));
        Assert.Empty(warnings);
        Assert.Equal([ArticleKind.News, ArticleKind.Teaser, ArticleKind.News], articles.Select(a => a.Kind));
        Assert.Equal(4, articles[0].Paragraphs.Length);
        Assert.Equal("重“棒”出击", articles[2].Headline);
    }

    [Fact]
    public void Overrides_that_find_nothing_are_warnings_naming_edition_yml_and_their_line()
    {
        var (articles, warnings) = Apply(
            Override(4, headline: "不存在的标题", set: ArticleFields.None with { Kicker = "甲" }),
            Override(7, number: 9, merge: true),
            Override(10, headline: "重“棒”出击", merge: true),
            Override(13, headline: "电商发展强劲有力", split: new ArticleSplit("本报讯", ArticleFields.None with { Headline = "乙" }, 15)),
            Override(18, headline: "甲", merge: true, page: 2));
        Assert.Equal(Page1.ToArray(), articles.ToArray());
        Assert.Equal(
        [
            $"{Manifest}:18: override for page 2: the edition has no page 2",
            $"{Manifest}:4: override for page 1, headline \"不存在的标题\" matches no article on the page (was the raw text or the parser changed?)",
            $"{Manifest}:7: override for page 1, article 9 matches no article on the page (was the raw text or the parser changed?)",
            $"{Manifest}:15: override for page 1, headline \"电商发展强劲有力\": no paragraph after the first starts with \"本报讯\"",
            $"{Manifest}:10: override for page 1, headline \"重“棒”出击\": merge: next, but it is the last article on the page",
        ], warnings.ToArray());
    }

    [Fact]
    public void A_headline_printed_twice_needs_a_number()
    {
        ImmutableArray<Article> twice = [News("图片新闻", "甲。"), News("图片新闻", "乙。")];
        var pages = ImmutableSortedDictionary<int, ImmutableArray<Article>>.Empty.Add(1, twice);
        var kicker = ArticleFields.None with { Kicker = "丙" };
        var (_, warnings) = ApplyOverrides.Run(pages, [Override(3, headline: "图片新闻", set: kicker)], Manifest, Repo.Rules);
        Assert.Equal([$"{Manifest}:3: override for page 1, headline \"图片新闻\" matches more than one article; add number: to say which"], warnings.Select(Text).ToArray());
        var (fixedPages, none) = ApplyOverrides.Run(pages, [Override(3, headline: "图片新闻", number: 2, set: kicker)], Manifest, Repo.Rules);
        Assert.Empty(none);
        Assert.Equal([null, "丙"], fixedPages[1].Articles.Select(a => a.Kicker));
    }

    // Page1's numbers as parsed: 1 电商发展强劲有力, (the teaser), 2 百名师生入驻乡村, 3 乡村新典范, 4 重“棒”出击.

    [Fact]
    public void A_split_off_article_takes_a_number_after_the_pages_last_and_the_rest_keep_theirs()
    {
        var page = Corrected(Override(5, headline: "电商发展强劲有力", split: SplitAt("另据了解", "跨境电商增长三成")));
        Assert.Equal(["电商发展强劲有力", "跨境电商增长三成", "关键小事", "百名师生入驻乡村", "乡村新典范", "重“棒”出击"], page.Articles.Select(a => a.Headline));
        Assert.Equal([1, 5, null, 2, 3, 4], page.Numbers.ToArray());
        Assert.Empty(page.Moved.ToArray());
    }

    [Fact]
    public void Split_off_articles_are_numbered_in_the_order_of_their_overrides_so_a_correction_added_later_changes_no_number()
    {
        ImmutableArray<Article> two = [News("甲", "甲一。", "甲二。"), News("乙", "乙一。", "乙二。")];
        var pages = ImmutableSortedDictionary<int, ImmutableArray<Article>>.Empty.Add(1, two);
        var (page, _) = ApplyOverrides.Run(pages, [Override(5, headline: "乙", split: SplitAt("乙二", "乙之二")),
            Override(9, headline: "甲", split: SplitAt("甲二", "甲之二"))], Manifest, Repo.Rules);
        Assert.Equal(["甲", "甲之二", "乙", "乙之二"], page[1].Articles.Select(a => a.Headline));
        Assert.Equal([1, 4, 2, 3], page[1].Numbers.ToArray());
    }

    [Fact]
    public void A_merged_away_number_points_to_the_article_that_holds_its_text()
    {
        var page = Corrected(Override(5, headline: "百名师生入驻乡村", merge: true));
        Assert.Equal([1, null, 2, 4], page.Numbers.ToArray());
        Assert.Equal([new MovedArticle(3, 2, "乡村新典范")], page.Moved.ToArray());
    }

    [Fact]
    public void Merges_in_a_row_point_every_merged_away_number_to_the_first_article()
    {
        var page = Corrected(Override(5, number: 1, merge: true), Override(8, number: 2, merge: true));
        Assert.Equal([1, null, 4], page.Numbers.ToArray());
        Assert.Equal([new MovedArticle(2, 1, "百名师生入驻乡村"), new MovedArticle(3, 1, "乡村新典范")], page.Moved.ToArray());
    }

    [Fact]
    public void A_dropped_article_leaves_its_number_to_a_page_that_points_to_its_page()
    {
        var page = Corrected(Override(5, headline: "乡村新典范", drop: true), Override(8, headline: "百名师生入驻乡村", merge: true));
        Assert.Equal(["电商发展强劲有力", "关键小事", "百名师生入驻乡村"], page.Articles.Select(a => a.Headline));
        Assert.Equal([1, null, 2], page.Numbers.ToArray());
        Assert.Equal(["本报讯 百名师生来到乡村。", "少年棒球赛开打。"], page.Articles[2].Paragraphs.ToArray());
        Assert.Equal([new MovedArticle(3, null, "乡村新典范"), new MovedArticle(4, 2, "重“棒”出击")], page.Moved.ToArray());
    }

    [Fact]
    public void Published_as_gives_an_article_its_old_number_and_the_one_it_displaces_a_new_one()
    {
        var page = Corrected(Override(5, headline: "重“棒”出击", publishedAs: 2));
        Assert.Equal([1, null, 5, 3, 2], page.Numbers.ToArray());
        Assert.Empty(page.Moved.ToArray());

        // A merge and its pins, as after a parse that found one article more: 3 is held again, not left to a moved page.
        var restored = Corrected(Override(5, headline: "百名师生入驻乡村", merge: true), Override(8, headline: "重“棒”出击", publishedAs: 3));
        Assert.Equal([1, null, 2, 3], restored.Numbers.ToArray());
        Assert.Empty(restored.Moved);
    }

    [Fact]
    public void A_number_published_as_twice_on_a_page_is_an_error_naming_the_second_line()
    {
        var e = Assert.Throws<ConfigException>(() => Corrected(Override(5, number: 1, publishedAs: 3), Override(8, number: 2, publishedAs: 3)));
        Assert.Equal((Manifest, 8), (e.File, e.Line));
        Assert.Contains("publishedAs: 3 is given to two articles of page 1 (the other on line 5)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_override_of_a_dropped_article_is_a_warning()
    {
        var (_, warnings) = Apply(Override(5, headline: "乡村新典范", drop: true), Override(8, number: 3, set: ArticleFields.None with { Kicker = "甲" }));
        Assert.Equal([$"{Manifest}:8: override for page 1, article 3: the article is dropped by the override on line 5"], warnings.ToArray());
        var (_, diagnostics) = ApplyOverrides.Run(ImmutableSortedDictionary<int, ImmutableArray<Article>>.Empty.Add(1, Page1),
            [Override(5, headline: "乡村新典范", drop: true), Override(8, number: 3, set: ArticleFields.None with { Kicker = "甲" })], Manifest, Repo.Rules);
        Assert.Equal([(Severity.Warning, InputCodes.MootOverride)], diagnostics.Select(d => (d.Severity, d.Code)).ToArray());
    }
}
