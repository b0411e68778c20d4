using Site.Parsing.Model;
using Site.Parsing.Tests.Support;
using Site.Testing;

namespace Site.Parsing.Tests.Parsing;

/// <summary>Mastheads, slogans, banners, advertisements, public-service ads, QR prompts and award
/// notes are noise, reported and never inside an article.</summary>
public class NoiseTests
{
    private static List<string> NoiseOf(string raw) => [.. Parse.Text(raw).Noise.Select(n => n.Text)];

    [Fact]
    public void App_names_and_the_masthead_are_noise()
    {
        var noise = NoiseOf("""
            平湖发布 今平湖客户端

            平湖版

            嘉兴市新闻传媒中心 中共平湖市委 联办
            2025年8月4日 星期一
            农历乙巳年闰六月十一 总第5723期
            """);
        Assert.Equal<string>(["平湖发布 今平湖客户端", "平湖版", "嘉兴市新闻传媒中心 中共平湖市委 联办 2025年8月4日 星期一 农历乙巳年闰六月十一 总第5723期"], noise);
    }

    [Fact]
    public void A_column_logo_between_two_articles_is_noise_not_a_kicker()
    {
        var issue = Parse.Text("""
            平湖电商发展强劲有力

            ■记者 林旭东

            本报讯 近日,记者从市商务局了解到,今年1至7月,我市实现网络零售额108亿元。

            喜迎二十大
            稳进提质看平湖

            第105期创新学堂 学习活动举行

            ■记者 胡佳英

            本报讯 昨晚,第105期创新学堂学习活动举行,重点学习投资、专项债、土地等相关内容。
            """);
        Assert.Equal<string>(["喜迎二十大 稳进提质看平湖"], issue.Noise.Select(n => n.Text));
        Assert.Null(issue.Articles[1].Kicker);
        Assert.Equal("第105期创新学堂 学习活动举行", issue.Articles[1].Headline);
    }

    [Fact]
    public void A_slogan_in_two_blocks_above_a_headline_is_noise_because_it_does_not_talk_about_the_article()
    {
        var issue = Parse.Text("""
            曹桥数字经济新引擎驱动新发展

            记者 黄雨欣

            本报讯 在曹桥街道“5G智慧谷”内,数字经济的力量蓬勃发展。

            经济创新

            构建高质量发展典范

            我市开展新闻发言人培训

            记者 荣怡婷

            本报讯 昨天上午,我市新闻发言人培训会召开,研究如何做好新闻发布工作。
            """);
        Assert.Equal<string>(["经济创新", "构建高质量发展典范"], issue.Noise.Select(n => n.Text));
        Assert.Equal("我市开展新闻发言人培训", issue.Articles[1].Headline);
        Assert.Null(issue.Articles[1].Subheadline);
    }

    [Fact]
    public void Qr_prompts_and_award_notes_are_noise()
    {
        var issue = Parse.Text("""
            扫一扫 看视频

            本栏目被评为嘉兴市十大精品栏目

            重“棒”出击

            上周末,2025年全国青少年棒球锦标赛U10组比赛在林埭镇徐家埭棒球场开赛。

            ■摄影 王强 纪亚千
            """);
        Assert.Equal<string>(["扫一扫 看视频", "本栏目被评为嘉兴市十大精品栏目"], issue.Noise.Select(n => n.Text));
        Assert.Equal("重“棒”出击", issue.Articles.Single().Headline);
    }

    [Fact]
    public void An_advertisement_and_the_short_lines_beside_it_are_noise()
    {
        var issue = Parse.Text("""
            ■记 者 倪雨伦

            本报讯 近日，记者来到市区世纪名苑小区北门口的沿街道路。近年来，为积极探索党建引领城市基层治理实践新路径，当湖街道坚持以党建引领推进社区、业委会、物业公司三方协同共治，让居民得到实惠。

            “三方协同”共治 问题迎刃而解

            当湖党建引领基层治理惠民实打实

            嘉兴市交通学校

            诚信、廉教、优质服务是我们永远的追求！

            地址：平湖市当湖街道乍王线大胜段88号（吾悦广场南）

            友 情 提 醒 ：关 注 天 气 ，注 意 交 通 安 全
            招生热线：85087171（驾培）、85087980（全日制）
            """);
        var article = issue.Articles.Single();
        Assert.Equal("“三方协同”共治 问题迎刃而解", article.Headline);
        Assert.Equal("当湖党建引领基层治理惠民实打实", article.Subheadline);
        Assert.Equal(4, issue.Noise.Length);
    }

    [Fact]
    public void Classified_ads_and_a_shops_offer_are_noise_not_a_headline_for_the_story_below()
    {
        // A local number after 电话, 价格面议, 满300减50 and an address line: an advertiser's words.
        var issue = Parse.Text("""
            分类广告

            房屋出租 价格面议
            电话 8607 1939

            会员日 满300减50

            地址：平湖市当湖街道新华中路38号

            （法新社巴黎七日电）一九九七年至二〇〇〇年以五座大满贯赛单打冠军与八座双打冠军称雄网坛的名将今天宣布退役。
            """);
        // The story's headline was printed elsewhere: nothing above it is one.
        var article = issue.Articles.Single();
        Assert.Null(article.Headline);
        Assert.Null(article.Subheadline);
        Assert.All(["房屋出租", "会员日", "地址"], t => Assert.Contains(issue.Noise, n => n.Text.Contains(t)));
    }

    [Theory]
    [InlineData("年中大促 全场5折起")]
    [InlineData("新店开业 特价99元")]
    [InlineData("换季清仓 8.5折")]
    public void A_shops_discount_is_an_advertisers_words_not_a_headline(string offer)
    {
        var issue = Parse.Text($"""
            {offer}

            详询电话：0573-69466140

            （法新社巴黎七日电）一九九七年至二〇〇〇年以五座大满贯赛单打冠军与八座双打冠军称雄网坛的名将今天宣布退役。
            """);
        Assert.Null(issue.Articles.Single().Headline);
        Assert.Contains(issue.Noise, n => n.Text == offer && n.Reason == NoiseReason.Advertisement);
    }

    [Fact]
    public void A_public_service_ad_after_the_last_article_is_noise()
    {
        var issue = Parse.Text("""
            让现代社区成为百姓幸福家园

            言成声

            社区是党和政府联系、服务居民群众的“最后一公里”。

            文明健康 绿色环保 公益广告

            环保之心·汇聚点滴

            平湖市文明办 平湖市传媒中心 宣
            """);
        Assert.Equal<string>(["文明健康 绿色环保 公益广告", "环保之心·汇聚点滴", "平湖市文明办 平湖市传媒中心 宣"], issue.Noise.Select(n => n.Text));
    }

    [Fact]
    public void The_pages_editorial_credits_are_noise_even_on_a_page_that_prints_headlines_after_bodies()
    {
        var issue = Parse.Text("""
            ■记者 荣怡婷

            本报讯 昨天下午，青田县委书记林霞率党政代表团来我市考察，深化两地协作交流。

            青田县党政代表团来平考察

            责任编辑：张三 美术编辑：李四
            """);
        Assert.Equal("青田县党政代表团来平考察", issue.Articles.Single().Headline);
        Assert.Equal(["责任编辑：张三 美术编辑：李四"], issue.Noise.Select(n => n.Text));
    }

    [Fact]
    public void Noise_rules_match_letter_spaced_print()
    {
        Assert.True(Repo.Rules.IsNoise(Text.TextShape.Compact("友 情 提 醒 ：关 注 天 气")));
    }
}
