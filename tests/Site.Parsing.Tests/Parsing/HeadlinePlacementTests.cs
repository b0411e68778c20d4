using Site.Parsing.Tests.Support;

namespace Site.Parsing.Tests.Parsing;

/// <summary>Layout order is not reading order: a headline may stand before its byline, between byline
/// and body, or after the whole body.</summary>
public class HeadlinePlacementTests
{
    [Fact]
    public void Headline_before_the_byline_heads_the_article_that_follows()
    {
        var article = Parse.Single("""
            我市开展新闻发言人培训

            记者 荣怡婷

            本报讯 昨天上午,我市新闻发言人培训会召开。市委常委、宣传部部长沈志凤出席会议并作培训动员讲话。
            """);
        Assert.Equal("我市开展新闻发言人培训", article.Headline);
        Assert.Equal<string>(["荣怡婷"], article.Byline.Reporters);
    }

    [Fact]
    public void Headline_after_the_byline_heads_the_article_it_stands_in()
    {
        var article = Parse.Single("""
            ■记者 钱澄蓉

            动起来，“燃放”一城激情

            今夏，什么最“燃”？体育运
            动必定有一席之地。
            """);
        Assert.Equal("动起来，“燃放”一城激情", article.Headline);
        Assert.Equal<string>(["今夏，什么最“燃”？体育运动必定有一席之地。"], article.Paragraphs);
    }

    [Fact]
    public void Headline_after_the_body_heads_the_article_before_it_on_a_page_that_opens_with_a_byline()
    {
        var issue = Parse.Text("""
            ■记者 荣怡婷

            本报讯 昨天下午，青田县
            委书记林霞率党政代表团来我
            市考察。

            再叙山海深情再叙山海深情 携手共谱新篇携手共谱新篇
            青田县党政代表团来平考察

            ■记者 徐玉霞

            本报讯 昨天下午，市政协召开“关
            注弱势群体，促进低收入困难
            群体增收共富”专题协商会。

            市政协召开
            专题协商会

            促进低收入困难群体增收共富
            """);
        Assert.Equal(2, issue.Articles.Length);
        Assert.Equal("再叙山海深情 携手共谱新篇", issue.Articles[0].Headline);
        Assert.Equal("青田县党政代表团来平考察", issue.Articles[0].Subheadline);
        Assert.Equal<string>(["荣怡婷"], issue.Articles[0].Byline.Reporters);
        Assert.Equal("市政协召开专题协商会", issue.Articles[1].Headline);
        Assert.Equal("促进低收入困难群体增收共富", issue.Articles[1].Subheadline);
        Assert.Equal<string>(["徐玉霞"], issue.Articles[1].Byline.Reporters);
    }

    [Fact]
    public void Three_display_lines_are_kicker_headline_and_subheadline()
    {
        var article = Parse.Single("""
            市委十五届七次全体(扩大)会议暨半年度经济社会形势分析会召开

            创新突破 六千争先 勇夺“全年红”决胜“十四五”

            仲旭东代表市委常委会作报告 周军波传达嘉兴市委全会精神

            ■记者 胡佳英

            本报讯 8月1日下午,市委十五届七次全体(扩大)会议暨半年度经济社会形势分析会召开。仲旭东代表市委常委会作报告,周军波传达嘉兴市委全会精神。

            全会号召,让我们更加紧密地团结在以习近平总书记为核心的党中央周围,创新突破、六千争先,勇夺“全年红”、决胜“十四五”而不懈奋斗!
            """);
        Assert.Equal("市委十五届七次全体(扩大)会议暨半年度经济社会形势分析会召开", article.Kicker);
        Assert.Equal("创新突破 六千争先 勇夺“全年红”决胜“十四五”", article.Headline);
        Assert.Equal("仲旭东代表市委常委会作报告 周军波传达嘉兴市委全会精神", article.Subheadline);
    }

    [Fact]
    public void Of_two_display_lines_a_sentence_over_a_plain_line_is_kicker_and_headline()
    {
        var article = Parse.Single("""
            到2027年,实现30亿元以上出口规模

            我市加力推动跨境电商高质量发展

            ■记者 林旭东 通讯员 吴慧婷

            本报讯 近日,《平湖市加力推动跨境电商高质量发展实施方案》出台,到2027年实现30亿元以上出口规模。
            """);
        Assert.Equal("到2027年,实现30亿元以上出口规模", article.Kicker);
        Assert.Equal("我市加力推动跨境电商高质量发展", article.Headline);
        Assert.Null(article.Subheadline);
    }

    [Fact]
    public void Of_two_display_lines_the_second_is_the_subheadline_by_default()
    {
        var article = Parse.Single("""
            平湖电商发展强劲有力

            网络零售额突破百亿元,增幅嘉兴第一

            ■记者 林旭东
            通讯员 吴慧婷

            本报讯 近日,记者从市商务局了解到,今年1至7月,我市实现网络零售额108亿元,电商发展强劲。
            """);
        Assert.Equal("平湖电商发展强劲有力", article.Headline);
        Assert.Equal("网络零售额突破百亿元,增幅嘉兴第一", article.Subheadline);
    }

    [Fact]
    public void A_subheadline_opening_with_a_dash_stays_a_subheadline()
    {
        var article = Parse.Single("""
            跑出“加速度” 拼抢下半场

            ——一论学习贯彻市委十五届七次全会精神

            ■本报评论员

            上周五,市委十五届七次全体(扩大)会议暨半年度经济社会形势分析会召开,吹响了拼抢下半场的号角。
            """);
        Assert.Equal("跑出“加速度” 拼抢下半场", article.Headline);
        Assert.Equal("——一论学习贯彻市委十五届七次全会精神", article.Subheadline);
    }
}
