using Site.Parsing.Tests.Support;

namespace Site.Parsing.Tests.Parsing;

/// <summary>Bylines come in every form the paper prints.</summary>
public class BylineTests
{
    private static Model.Byline BylineOf(string byline) => Parse.Single($"""
        平湖电商发展强劲有力

        {byline}

        本报讯 近日,记者从市商务局了解到,今年1至7月,我市实现网络零售额108亿元。
        """).Byline;

    [Fact]
    public void Marked_reporter_and_correspondent_on_one_line_are_split_by_role()
    {
        var b = BylineOf("■记者 华婷婷 通讯员 潘国浩");
        Assert.Equal<string>(["华婷婷"], b.Reporters);
        Assert.Equal<string>(["潘国浩"], b.Correspondents);
    }

    [Fact]
    public void Reporter_and_correspondents_on_two_lines_are_read_as_one_byline()
    {
        var b = BylineOf("■记者 胡佳英\n通讯员 徐冰艳 曹金凤");
        Assert.Equal<string>(["胡佳英"], b.Reporters);
        Assert.Equal<string>(["徐冰艳", "曹金凤"], b.Correspondents);
    }

    [Fact]
    public void An_unmarked_byline_is_read_by_its_role_labels()
    {
        var b = BylineOf("记者 居丹荔 通讯员 李凤超 迺勇瑶");
        Assert.Equal<string>(["居丹荔"], b.Reporters);
        Assert.Equal<string>(["李凤超", "迺勇瑶"], b.Correspondents);
    }

    [Fact]
    public void A_letter_spaced_role_label_is_recognised()
    {
        var b = BylineOf("■记 者 倪雨伦\n通讯员 夏晓蕾");
        Assert.Equal<string>(["倪雨伦"], b.Reporters);
        Assert.Equal<string>(["夏晓蕾"], b.Correspondents);
    }

    [Fact]
    public void A_two_letter_name_set_with_a_space_to_line_up_is_one_name()
    {
        var issue = Parse.Text("""
            高端机床
            再添新引擎

            近日，尼得科机床（浙江）有限公司的一期新厂房主体建设已完成。

            ■摄影 王 强 陈明远
            """);
        Assert.Equal<string>(["王强", "陈明远"], issue.Articles.Single().Byline.Photographers);
    }

    [Fact]
    public void The_papers_commentator_is_the_author_of_a_commentary()
    {
        var article = Parse.Single("""
            跑出“加速度” 拼抢下半场

            ■本报评论员

            上周五,市委十五届七次全体(扩大)会议召开,吹响了拼抢下半场的号角。
            """);
        Assert.Equal(Model.ArticleKind.Commentary, article.Kind);
        Assert.Equal<string>(["本报评论员"], article.Byline.Authors);
    }

    [Fact]
    public void A_columnists_pen_name_with_or_without_the_marker_makes_a_commentary()
    {
        foreach (var pen in new[] { "言成声", "■言成声" })
        {
            var article = Parse.Single($"""
                让现代社区成为百姓幸福家园

                {pen}

                近日召开的全省现代社区建设工作推进会,公布了我省第一批现代社区名单。
                """);
            Assert.Equal(Model.ArticleKind.Commentary, article.Kind);
            Assert.Equal<string>(["言成声"], article.Byline.Authors);
        }
    }

    [Fact]
    public void Bare_names_under_the_headline_are_the_authors_on_a_page_without_role_labels()
    {
        var issue = Parse.Text("""
            补齐短板积蓄发展动能

            巨增曲珠 陈起东

            今年初以来,秀洲区王江泾镇持续开展“六问六争”主题实践活动。

            践行责任与担当 助力长三角一体化

            娄懿

            立足共富大局新阶段,农行浙江长三角一体化示范区支行紧扣两个关键词。
            """);
        Assert.Equal<string>(["巨增曲珠", "陈起东"], issue.Articles[0].Byline.Authors);
        Assert.Equal<string>(["娄懿"], issue.Articles[1].Byline.Authors);
        Assert.Equal(Model.ArticleKind.News, issue.Articles[0].Kind);
    }

    [Fact]
    public void The_byline_as_printed_is_kept_with_the_article()
    {
        var issue = Parse.Text("""
            平湖电商发展强劲有力

            ■记者 林旭东
            通讯员 吴慧婷

            本报讯 近日,记者从市商务局了解到,今年1至7月,我市实现网络零售额108亿元。
            """);
        Assert.Equal<string>(["■记者 林旭东 通讯员 吴慧婷"], issue.Articles.Single().BylineSource);
    }

    [Fact]
    public void A_bracketed_dateline_on_a_line_of_its_own_opens_the_lead_and_is_no_signature()
    {
        var article = Parse.Single("""
            看守世界研究中心称许环境革命
            （法新社华盛顿九日电）
            环境研究组织「看守世界研究
            中心」在其「世界现况」的年
            度报告中，以不寻常的乐观态
            度赞扬「环境革命」的到来。
            """);
        Assert.Equal("看守世界研究中心称许环境革命", article.Headline);
        Assert.Null(article.Subheadline);
        Assert.Empty(article.Byline.Authors);
        Assert.StartsWith("（法新社华盛顿九日电）环境研究组织", article.Paragraphs[0]);
    }
}
