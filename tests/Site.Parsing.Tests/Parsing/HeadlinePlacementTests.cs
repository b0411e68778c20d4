using Site.Parsing.Tests.Support;
using Site.Parsing.Model;

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

    [Fact]
    public void Headline_and_byline_set_below_the_first_columns_head_the_article_whose_sentence_runs_past_them()
    {
        // Read column by column, a headline printed under the body's first columns falls mid-sentence.
        var article = Parse.Single("""
            本报讯 昨天上午，我市新
            闻发言人培训会召开。市委常
            委、宣传部长沈志凤出席会议并
            作培训动员讲话。

            此次培训邀请原浙江广电集团
            民生资讯广播的记者、主持人叶
            峰作专题培训，阐释了新闻舆论
            引导工作的重要性、当前新闻发

            我市开展新闻发言人培训

            ■记者 荣怡婷

            布面临的风险挑战，并就新媒体
            环境下，如何做好新闻宣传提出
            见地，让现场听众受益匪浅。
            """);
        Assert.Equal("我市开展新闻发言人培训", article.Headline);
        Assert.Equal<string>(["荣怡婷"], article.Byline.Reporters);
        Assert.Equal(2, article.Paragraphs.Length);
        Assert.Contains("当前新闻发布面临的风险挑战", article.Paragraphs[1]);
    }

    [Fact]
    public void A_commentarys_signature_under_its_titles_is_not_the_next_storys_when_a_reporters_byline_follows()
    {
        // Titles and signature under the commentary, then the next story's byline over its headline: two
        // signatures in a row, of a commentator and of a reporter, are two articles'.
        var issue = Parse.Text("""
            　　行至半山，更应快马加鞭；船到中流，更当奋楫前行。下半场的号角已然嘹亮，我们唯有团结奋进、知难而进，
            跑出金平湖高质量发展之路。

            跑出“加速度” 拼抢下半场

            ——一论学习贯彻市委十五届七次全会精神

            ■本报评论员

            ■记者 黄雨欣 通讯员 纪亚千

            我市两家物流企业党组织获省级荣誉

            　　本报讯 近日，2022年度全省交通运输行业党建示范点名单公布，我市两家物流企业党组织获评。
            """);
        Assert.Equal(2, issue.Articles.Length);
        Assert.Equal(ArticleKind.Commentary, issue.Articles[0].Kind);
        Assert.Equal("跑出“加速度” 拼抢下半场", issue.Articles[0].Headline);
        Assert.Equal<string>(["本报评论员"], issue.Articles[0].Byline.Authors);
        Assert.Equal("我市两家物流企业党组织获省级荣誉", issue.Articles[1].Headline);
        Assert.Equal<string>(["黄雨欣"], issue.Articles[1].Byline.Reporters);
        Assert.Empty(issue.Articles[1].Byline.Authors);
    }

    [Fact]
    public void A_headline_under_the_first_columns_is_found_when_lines_over_it_hold_brackets_and_quotes()
    {
        // Brackets and quotes are counted narrower or wider than they print, so the widest line overstates
        // the column; the line over the headline is as full as most.
        var article = Parse.Single("""
            本报讯 今年以来，市科技局持
            续推进科技创新政策兑现，提前
            完成全年科发资金兑现工作。

            今年5月，为规范和加强科发资金管理，市科技局根据财
            政局新出台的《平湖市财政专项资金管理办法》有关要求，
            启动对《平湖市科技发展资金管理办法（试行）》的修订工
            作，对资金使用原则、来源、使用范围、审核流程、拨付方
            式、监督管理等进行明确，使科发资金使用更趋规范和透
            明。同时，按照财政局新修订的《平湖市财政局关于明确财
            政专项资金一票否决事项的通知》有关规则，对“一票否决”
            事项审核标准进行明确，提高了处罚金额的下限额度，扩大

            科发资金兑现“加速度”

            了企业的受惠范围，增强了可操
            作性，缩短了资金兑现周期。
            """);
        Assert.Equal("科发资金兑现“加速度”", article.Headline);
        Assert.Equal(2, article.Paragraphs.Length);
        Assert.Contains("扩大了企业的受惠范围", article.Paragraphs[1]);
    }

    [Fact]
    public void A_paragraph_that_ends_its_column_in_two_unpunctuated_lines_is_running_text_not_a_headline()
    {
        // The paragraph's first line is indented, so it stops two characters short of the column.
        var article = Parse.Single("""
            法国向安理会提出强化对伊核查的建议

            新华社联合国2月11日电
            （记者 郭立军）法国11日
            向安理会成员非正式散发了
            一份关于强化对伊拉克武
            器核查的建议。

            法国建议短期内将现
            阶段在伊执行武器核查任
            务的正式人员增加一倍，
            此后再逐步增加核查人员
            人数并最终达到目前的3
            倍。现在在伊拉克的正式
            核查人员有约110人。

            法国还建议通过加强
            空中侦察或利用联合国警

            卫确保“冻结”伊境内的
            可疑地点，动用机动海关
            巡视组加强对伊入境货物
            的检查。
            """);
        Assert.Equal("法国向安理会提出强化对伊核查的建议", article.Headline);
        Assert.Equal(3, article.Paragraphs.Length);
        Assert.StartsWith("法国还建议通过加强空中侦察或利用联合国警卫确保", article.Paragraphs[2]);
    }

    [Fact]
    public void A_letter_spaced_headline_over_its_subheadline_is_weighed_by_the_words_it_spells()
    {
        var article = Parse.Single("""
            平 湖 电 商 发 展 强 劲 有 力

            网 络 零 售 额 突 破 百 亿 元 ， 增 幅 嘉 兴 第 一

            ■记者 林旭东 通讯员 吴慧婷

            本报讯 近日，记者从市商务局了解到，今年1至7月，平湖实现网络零售额108亿元，电商发展增速位列嘉兴第一。
            """);
        Assert.Equal("平湖电商发展强劲有力", article.Headline);
        Assert.Equal("网络零售额突破百亿元，增幅嘉兴第一", article.Subheadline);
    }

    [Fact]
    public void Headline_and_byline_set_under_a_story_its_photo_credit_ends_sign_that_story_not_the_headline_below()
    {
        var issue = Parse.Text("""
            本报讯 昨天上午，我市举办新闻发言人培训
            班，邀请专家围绕新闻发布和舆论引导授课。
            各部门新闻发言人参加培训。

            培训现场。
            ■摄影 吕勇婷

            我市开展新闻发言人培训

            ■记者 荣怡婷

            广陈文创产品获省银奖

            ■记者 居丹荔 通讯员 李凤超

            本报讯 近日，在浙江省文化和旅游厅主办
            的文创产品评选大赛中，广陈镇报送的文创
            产品荣获银奖，是我市唯一获奖的作品。
            """);
        Assert.Equal(2, issue.Articles.Length);
        Assert.Equal("我市开展新闻发言人培训", issue.Articles[0].Headline);
        Assert.Equal<string>(["荣怡婷"], issue.Articles[0].Byline.Reporters);
        Assert.Equal<string>(["吕勇婷"], issue.Articles[0].Byline.Photographers);
        Assert.Equal("广陈文创产品获省银奖", issue.Articles[1].Headline);
        Assert.Equal<string>(["居丹荔"], issue.Articles[1].Byline.Reporters);
    }

    [Fact]
    public void Headline_and_byline_under_a_story_and_over_a_photo_item_sign_the_story_and_leave_the_photo_its_own()
    {
        var issue = Parse.Text("""
            本报讯 昨天上午，我市举办新闻发言人培训
            班，邀请专家围绕新闻发布和舆论引导授课。

            我市开展新闻发言人培训

            ■记者 荣怡婷

            重“棒”出击

            上周末，全国青少年棒球锦标赛在林埭镇开赛，近900名棒球少年在这里展开激烈角逐。
            ■摄影 王强 纪亚千

            第105期创新学堂 学习活动举行

            ■记者 胡佳英

            本报讯 昨晚，第105期创新学堂学习活动
            举行，重点学习投资、专项债等相关内容。
            """);
        Assert.Equal<string>(["我市开展新闻发言人培训", "重“棒”出击", "第105期创新学堂 学习活动举行"], issue.Articles.Select(a => a.Headline!));
        Assert.Equal<string>(["荣怡婷"], issue.Articles[0].Byline.Reporters);
        Assert.Equal(ArticleKind.Photo, issue.Articles[1].Kind);
        Assert.Empty(issue.Articles[1].Byline.Reporters);
        Assert.Equal<string>(["王强", "纪亚千"], issue.Articles[1].Byline.Photographers);
        Assert.Equal<string>(["胡佳英"], issue.Articles[2].Byline.Reporters);
    }

    [Fact]
    public void A_photo_items_caption_set_apart_from_its_credit_under_a_storys_headline_and_byline_leaves_them_the_story()
    {
        // The PDF reader's blocks: the caption and its credit in blocks of their own, a blank line between.
        var issue = Parse.Text("""
            本报讯 昨天上午，我市举办新闻发言人培训
            班，邀请专家围绕新闻发布和舆论引导授课。

            我市开展新闻发言人培训

            记者 荣怡婷

            重“棒”出击

            上周末，全国青少年棒球锦标赛在林埭镇
            开赛，近900名棒球少年在这里展开激烈
            角逐。

            ■摄影 王强 纪亚千

            第105期创新学堂 学习活动举行

            ■记者 胡佳英

            本报讯 昨晚，第105期创新学堂学习活动
            举行，重点学习投资、专项债等相关内容。
            """);
        Assert.Equal<string>(["我市开展新闻发言人培训", "重“棒”出击", "第105期创新学堂 学习活动举行"], issue.Articles.Select(a => a.Headline!));
        Assert.Equal<string>(["荣怡婷"], issue.Articles[0].Byline.Reporters);
        var photo = issue.Articles[1];
        Assert.Equal(ArticleKind.Photo, photo.Kind);
        Assert.Empty(photo.Byline.Reporters);
        Assert.StartsWith("上周末", Assert.Single(photo.Paragraphs));
    }

    [Fact]
    public void Headline_and_byline_under_a_story_over_the_pages_last_item_a_photo_sign_the_story()
    {
        // The photo item is the page's last: nothing below it to take a headline.
        var issue = Parse.Text("""
            本报讯 昨天上午，我市新闻发言人培训班开班，各部门新闻发言人参加培训。会议要求，要端正学习态度，切实增强培训学习的思想自觉和行动自觉。
            我市开展新闻发言人培训
            ■记者荣怡婷
            重“棒”出击
            上周末，2025年全国青少年棒球锦标赛U10组比赛在林埭镇徐家埭棒球场开赛。来自全国各地的50支队伍，近900名棒
            球少年在这里展开激烈角逐。
            ■摄影王强纪亚千
            """);
        Assert.Equal(2, issue.Articles.Length);
        var (story, photo) = (issue.Articles[0], issue.Articles[1]);
        Assert.Equal("我市开展新闻发言人培训", story.Headline);
        Assert.Equal<string>(["荣怡婷"], story.Byline.Reporters);
        Assert.Equal(ArticleKind.Photo, photo.Kind);
        Assert.Equal("重“棒”出击", photo.Headline);
        Assert.Empty(photo.Byline.Reporters);
    }

    [Fact]
    public void Byline_and_titles_printed_after_every_body_at_the_pages_end_sign_the_untitled_story_above()
    {
        // An extraction in the order the page was drawn: the story first, its byline and titles last.
        var issue = Parse.Text("""
            本报讯 近日，记者从市商务局了解到，今年1至7月，我市实现网络零售额108亿元，同比增长33.8%，增速位列嘉兴第一。
            电商赋能，未来可期。市商务局相关负责人说，他们将继续用好平湖市电子商务公共服务中心等平台。
            ■记者林旭东通讯员吴慧婷
            平湖电商发展强劲有力
            网络零售额突破百亿元，增幅嘉兴第一
            """);
        var story = Assert.Single(issue.Articles);
        Assert.Equal("平湖电商发展强劲有力", story.Headline);
        Assert.Equal("网络零售额突破百亿元，增幅嘉兴第一", story.Subheadline);
        Assert.Equal<string>(["林旭东"], story.Byline.Reporters);
        Assert.StartsWith("本报讯 近日", story.Paragraphs[0]);
    }

    [Fact]
    public void Headline_and_byline_under_the_pages_last_story_sign_it_even_with_an_advertisement_after_them()
    {
        // A slogan over the story shares no words with it; the headline under it does.
        var issue = Parse.Text("""
            民生优享幸福平湖
            本报讯 昨天上午，我市新闻发言人培训班开班，各部门新闻发言人参加培训。会议要求，要端正学习态度，切实增强培训学习的思想自觉和行动自觉。
            我市开展新闻发言人培训
            记者荣怡婷
            公益广告
            垃圾分类从我做起
            平湖市文明办平湖市传媒中心宣
            """);
        var story = Assert.Single(issue.Articles);
        Assert.Equal("我市开展新闻发言人培训", story.Headline);
        Assert.Equal<string>(["荣怡婷"], story.Byline.Reporters);
    }
}
