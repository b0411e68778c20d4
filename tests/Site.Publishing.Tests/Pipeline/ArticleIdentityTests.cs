using Site.Parsing.Model;
using Site.Publishing.Corrections;
using Site.Publishing.Documents;

namespace Site.Publishing.Tests.Pipeline;

/// <summary>When two articles published at one URL are the same article: the headline or the body's opening
/// is the same, letters and digits only.</summary>
public class ArticleIdentityTests
{
    private static ArticleEntry Entry(string? headline, string? excerpt, ArticleKind kind = ArticleKind.News) =>
        new(new DateOnly(2025, 8, 4), 1, 2, "要闻", kind, null, headline, null, excerpt, [], false);

    [Fact]
    public void A_corrected_headline_keeps_the_article_by_its_body()
    {
        Assert.True(ArticleIdentity.Same(Entry("百名师生入驻乡村", "本报讯 8月1日下午，第二届大赛启动。"),
            Entry("百名师生入驻平湖乡村", "本报讯 8月1日下午,第二届大赛启动。")));
    }

    [Fact]
    public void A_cleaned_up_body_keeps_the_article_by_its_headline_whatever_its_spacing_and_punctuation()
    {
        Assert.True(ArticleIdentity.Same(Entry("跑出“加速度” 拼抢下半场", "上周五，市委全会召开。"),
            Entry("跑出\"加速度\"拼抢下半场", "时序过半，答卷日新。")));
    }

    [Fact]
    public void Another_headline_and_another_body_are_another_article()
    {
        Assert.False(ArticleIdentity.Same(Entry("重“棒”出击", "上周末，2025年全国青少年棒球锦标赛开赛。"),
            Entry("跑出“加速度” 拼抢下半场", "上周五，市委十五届七次全体会议召开。")));
    }

    [Fact]
    public void Two_articles_without_headlines_or_bodies_are_never_taken_for_the_same()
    {
        Assert.False(ArticleIdentity.Same(Entry(null, null, ArticleKind.Photo), Entry(null, null, ArticleKind.Photo)));
        Assert.False(ArticleIdentity.Same(Entry("", "。"), Entry("", "！")));
    }

    [Fact]
    public void Only_the_opening_of_the_body_counts()
    {
        var opening = new string('甲', ArticleIdentity.BodyStart);
        Assert.True(ArticleIdentity.Same(Entry("一", opening + "乙"), Entry("二", opening + "丙")));
        Assert.False(ArticleIdentity.Same(Entry("一", opening[1..] + "乙"), Entry("二", opening[1..] + "丙")));
    }

    [Fact]
    public void A_moved_page_names_the_article_by_its_title()
    {
        Assert.True(ArticleIdentity.Names(new MovedArticle(4, 3, "重“棒”出击"), Entry("重 “棒” 出击", "上周末。")));
        Assert.False(ArticleIdentity.Names(new MovedArticle(4, 3, "重“棒”出击"), Entry("跑出“加速度”", "上周五。")));
    }
}
