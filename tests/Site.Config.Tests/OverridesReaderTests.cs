using Site.Config;
using Site.Parsing.Model;

namespace Site.Config.Tests;

/// <summary>edition.yml's overrides: list as a maintainer writes it, and the errors a mistake gets.</summary>
public class OverridesReaderTests
{
    [Fact]
    public void Every_kind_of_override_is_read_with_its_line()
    {
        var manifest = EditionManifestReader.Parse("""
            pages:
              1: 要闻
            overrides:
              - page: 1
                headline: 百名师生入驻平湖乡村
                set:
                  kicker: 引题
                  headline: 主题
                  subheadline: ""
                  byline: 记者 张三 通讯员 李四
                  kind: commentary
              - page: 2
                number: 3
                split:
                  before: 另据了解
                  headline: 新的主题
              - page: 2
                number: 4
                merge: next
            """, "edition.yml");
        Assert.Equal(3, manifest.Overrides.Length);
        var (set, split, merge) = (manifest.Overrides[0], manifest.Overrides[1], manifest.Overrides[2]);
        Assert.Equal((4, 1, "百名师生入驻平湖乡村", (int?)null), (set.Line, set.Page, set.Headline, set.Number));
        Assert.Equal(new ArticleFields("引题", "主题", "", new OverrideText("记者 张三 通讯员 李四", 10), ArticleKind.Commentary), set.Set);
        Assert.Null(set.Split);
        Assert.False(set.MergeNext);
        Assert.Equal((12, 2, (string?)null, (int?)3), (split.Line, split.Page, split.Headline, split.Number));
        Assert.Equal(new ArticleSplit("另据了解", ArticleFields.None with { Headline = "新的主题" }, 15), split.Split);
        Assert.True(merge.MergeNext);
        Assert.Equal(ArticleFields.None, merge.Set);
    }

    [Fact]
    public void Drop_and_published_as_are_read_and_a_split_gives_its_new_article_a_number()
    {
        var manifest = EditionManifestReader.Parse("""
            overrides:
              - page: 1
                headline: 欢迎订阅
                drop: true
              - page: 1
                headline: 重“棒”出击
                publishedAs: 4
              - page: 2
                number: 1
                split:
                  before: 另据了解
                  headline: 新的主题
                  publishedAs: 6
            """, "edition.yml");
        var (drop, pin, split) = (manifest.Overrides[0], manifest.Overrides[1], manifest.Overrides[2]);
        Assert.Equal((true, (int?)null), (drop.Drop, drop.PublishedAs));
        Assert.Equal((false, (int?)4, ArticleFields.None), (pin.Drop, pin.PublishedAs, pin.Set));
        Assert.Equal(new ArticleSplit("另据了解", ArticleFields.None with { Headline = "新的主题" }, 11, 6), split.Split);
    }

    [Fact]
    public void An_edition_yml_without_overrides_has_none()
    {
        Assert.Empty(EditionManifestReader.Parse("pages:\n  1: 要闻\n", "edition.yml").Overrides);
        Assert.Empty(EditionManifestReader.Parse("overrides:\n", "edition.yml").Overrides);
    }

    [Theory]
    [InlineData("overrides:\n  page: 1\n", 2, "overrides must be a list")]
    [InlineData("overrides:\n  - headline: 甲\n    merge: next\n", 2, "an override needs page:")]
    [InlineData("overrides:\n  - page: 1\n    merge: next\n", 2, "needs headline: (the article's headline as parsed) or number:")]
    [InlineData("overrides:\n  - page: 1\n    headline: 甲\n", 2, "needs set:, split:, merge:, drop: or publishedAs:")]
    [InlineData("overrides:\n  - page: 1\n    headline: 甲\n    headlien: 乙\n", 4, "unknown override setting \"headlien\"")]
    [InlineData("overrides:\n  - page: one\n    headline: 甲\n    merge: next\n", 2, "page must be a positive whole number")]
    [InlineData("overrides:\n  - page: 1\n    headline: 甲\n    merge: previous\n", 4, "merge takes one value: next")]
    [InlineData("overrides:\n  - page: 1\n    headline: 甲\n    set:\n      kind: editorial\n", 5, "kind must be news, commentary or photo, not \"editorial\"")]
    [InlineData("overrides:\n  - page: 1\n    headline: 甲\n    set:\n      author: 乙\n", 5, "unknown field \"author\" in set")]
    [InlineData("overrides:\n  - page: 1\n    headline: 甲\n    set: 乙\n", 4, "set must be a mapping of fields")]
    [InlineData("overrides:\n  - page: 1\n    headline: 甲\n    split:\n      headline: 乙\n", 5, "split needs before:")]
    [InlineData("overrides:\n  - page: 1\n    headline: 甲\n    split:\n      before: 乙\n", 5, "split needs headline:")]
    [InlineData("overrides:\n  - page: 1\n    headline: 甲\n    merge: next\n    split:\n      before: 乙\n      headline: 丙\n", 2, "split: and merge: cannot be in one override")]
    [InlineData("overrides:\n  - page: 1\n    headline: 甲\n    drop: yes please\n", 4, "drop takes one value: true")]
    [InlineData("overrides:\n  - page: 1\n    headline: 甲\n    drop: true\n    merge: next\n", 2, "drop: removes the article; it cannot be with set:, split:, merge: or publishedAs:")]
    [InlineData("overrides:\n  - page: 1\n    headline: 甲\n    publishedAs: 0\n", 4, "publishedAs must be a positive whole number")]
    [InlineData("overrides:\n  - page: 1\n    headline: 甲\n    split:\n      before: 乙\n      headline: 丙\n      publishedAs: x\n", 7, "publishedAs must be a positive whole number")]
    [InlineData("overrides:\n  - page: 1\n    headline: [甲\n", 3, "never closed")]   // at the bracket
    public void A_bad_override_names_the_file_and_line(string yaml, int line, string problem)
    {
        var e = Assert.Throws<ConfigException>(() => EditionManifestReader.Parse(yaml, "input/issues/2025-08-04/edition.yml"));
        Assert.Equal("input/issues/2025-08-04/edition.yml", e.File);
        Assert.Equal(line, e.Line);
        Assert.Contains(problem, e.Problem, StringComparison.Ordinal);
    }
}
