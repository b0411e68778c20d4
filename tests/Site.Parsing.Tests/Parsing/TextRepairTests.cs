using Site.Parsing.Tests.Support;
using Site.Parsing.Text;

namespace Site.Parsing.Tests.Parsing;

/// <summary>What PDF extraction does to running text and display lines, and how it is undone.</summary>
public class TextRepairTests
{
    [Fact]
    public void Hard_wrapped_narrow_columns_are_reflowed_into_paragraphs()
    {
        var article = Parse.Single("""
            ■记者 荣怡婷

            本报讯 昨天下午，青田县
            委书记林霞率党政代表团来我
            市考察，深化两地协作交流，共
            谋推进高质量发展大计。

            青田县党政代表团首先来到
            位于独山港经济开发区的浙江时
            和新材料科技有限公司考察。

            再叙山海深情
            """);
        Assert.Equal<string>([
                "本报讯 昨天下午，青田县委书记林霞率党政代表团来我市考察，深化两地协作交流，共谋推进高质量发展大计。",
                "青田县党政代表团首先来到位于独山港经济开发区的浙江时和新材料科技有限公司考察。",
            ],
            article.Paragraphs);
    }

    [Fact]
    public void A_paragraph_split_mid_word_by_a_column_break_is_joined()
    {
        var article = Parse.Single("""
            平湖电商发展强劲有力

            ■记者 林旭东

            本报讯 近日,记者从市商务局了解到,今年1至7月,我市实现网络零售额108亿元。

            在平湖抖音电商直播基地,每天都有大量的订单在直播间产生,远在千里的顾客只需要通过手机屏幕就能了解到这些产

            品的特性。直播电商作为一种新型消费模式,正成为推动县域经济发展的重要引擎。
            """);
        Assert.Equal(2, article.Paragraphs.Length);
        Assert.Equal("在平湖抖音电商直播基地,每天都有大量的订单在直播间产生,远在千里的顾客只需要通过手机屏幕就能了解到这些产品的特性。直播电商作为一种新型消费模式,正成为推动县域经济发展的重要引擎。",
            article.Paragraphs[1]);
    }

    [Fact]
    public void A_short_piece_of_a_paragraph_between_two_body_chunks_is_not_taken_for_a_headline()
    {
        var article = Parse.Single("""
            标准再提升 形式再创新

            ■记者 居丹荔

            本报讯 日前,广陈社区邻里共享自治项目正式启动。文明城镇的巩固提升,体现在全域改变的方方面面,群众幸福指数节节攀升……

            环境面貌改善了,居民素质

            提升了,是“文明”程度提升的体现。
            """);
        Assert.Equal("标准再提升 形式再创新", article.Headline);
        Assert.Equal("环境面貌改善了,居民素质提升了,是“文明”程度提升的体现。", article.Paragraphs[^1]);
    }

    [Fact]
    public void A_paragraph_that_ends_inside_a_wrapped_block_starts_a_new_paragraph()
    {
        var article = Parse.Single("""
            ■记 者 倪雨伦

            本报讯 眼下该工程即将完工，压在
            居民心头的大石头终于要放下
            了。“水管改造以后，漏水情况变
            少了。”居民黄爱

            根说。
            小区环境提质提档、矛盾纠

            纷日益减少、邻里关系更加和
            谐。

            “三方协同”共治 问题迎刃而解
            """);
        Assert.Equal<string>([
                "本报讯 眼下该工程即将完工，压在居民心头的大石头终于要放下了。“水管改造以后，漏水情况变少了。”居民黄爱根说。",
                "小区环境提质提档、矛盾纠纷日益减少、邻里关系更加和谐。",
            ],
            article.Paragraphs);
    }

    [Fact]
    public void A_paragraph_a_column_break_cut_after_a_full_line_that_ends_a_sentence_goes_on_in_a_line_set_flush()
    {
        // Indents marked with ideographic spaces, as Chinese text files and the PDF reader set them: the
        // unindented line after the break continues the paragraph; the indented one starts the next.
        var article = Parse.Single("""
            安全生产会议召开

            　　本报讯 昨天，全市召开安全
            生产工作会议，部署下一阶段的
            重点任务，要求各地压实责任。

            会议指出，当前正值汛期和高温
            季节，各类风险交织叠加。
            　　会议强调，要把安全放在首
            位，确保群众生命财产安全。
            """);
        Assert.Equal<string>([
                "本报讯 昨天，全市召开安全生产工作会议，部署下一阶段的重点任务，要求各地压实责任。会议指出，当前正值汛期和高温季节，各类风险交织叠加。",
                "会议强调，要把安全放在首位，确保群众生命财产安全。",
            ],
            article.Paragraphs);
    }

    [Fact]
    public void A_columns_short_first_line_that_goes_on_with_a_clause_the_column_before_broke_off_is_not_a_headline()
    {
        // The column before ends on a comma; the next column's first line, flush and short of the column by a
        // character, carries the sentence on. Where indents are marked, only an indented line starts a paragraph.
        var article = Parse.Single("""
            记者 荣怡婷 通讯员 纪海云 陈明远

            百名师生入驻平湖乡村

            绘就“浙派民居”新典范

            　　本报讯 8月1日下午，第五
            届全国大学生乡村振兴大赛嘉兴
            平湖市“浙派民居”专项百名师
            生入村仪式举行，来自同济大
            学、北京林业大学、苏州大学等
            全国各地的31支高校团队齐聚
            平湖，开启为期近两个月的驻村
            实践，以青春智慧赋能乡村振
            兴，共同谱写新时代“浙派民
            居”建设的华美篇章。

            　　作为立项队伍之一，来自杭
            州师范大学公共艺术专业的大三
            学生赵紫莹和团队小伙伴们带着
            “春恰——平湖西瓜品牌”项目
            来到了活动现场。一个个憨态可
            掬、戴着瓜帽的卡通人物手捧西
            瓜出现在大众视线，平湖西瓜摇
            身一变成了喜庆高贵的代名
            词……“平湖是‘西瓜之乡’，

            但很多人不知道在明朝嘉靖年
            间，平湖西瓜曾被列为皇室贡
            品。我们希望通过设计和包装，
            唤醒大家的‘贡瓜记忆’，从而
            进一步扩大平湖西瓜的知名度。”
            """);
        Assert.Equal("百名师生入驻平湖乡村", article.Headline);
        Assert.Equal("绘就“浙派民居”新典范", article.Subheadline);
        Assert.Equal(2, article.Paragraphs.Length);
        Assert.Contains("“平湖是‘西瓜之乡’，但很多人不知道在明朝嘉靖年间", article.Paragraphs[1]);
    }

    [Fact]
    public void A_paragraphs_indented_first_line_left_short_by_a_long_latin_word_is_running_text_not_a_headline()
    {
        var issue = Parse.Text("""
            科学家完成染色体定序

            　　基因科学家的目标是，提
            供诊断工具以发现致病的缺陷
            基因，终而提供可阻止这些基
            因产生障碍的疗法。

            　　由法国基因研究中心
            GENOSCOPE领导的国际科学
            家表示，第十四对染色体有攸
            关免疫系统功能的两丛基因。
            """);
        var article = Assert.Single(issue.Articles);
        Assert.Equal("科学家完成染色体定序", article.Headline);
        Assert.Equal(2, article.Paragraphs.Length);
        Assert.StartsWith("由法国基因研究中心GENOSCOPE领导", article.Paragraphs[1]);
    }

    [Fact]
    public void An_indented_letter_spaced_line_that_a_column_break_leaves_two_lines_long_is_running_text_not_a_headline()
    {
        // Justified over a line too short for "GENOSCOPE", the line is spread out like display type, and a column
        // break after the next line leaves the two as a block of their own.
        var issue = Parse.Text("""
            科学家完成染色体定序

            　　基因科学家的目标是，提
            供诊断工具以发现致病的缺陷
            基因，终而提供可阻止这些基
            因产生障碍的疗法。

            　　由 法 国 基 因 研 究 中 心
            GENOSCOPE领导的国际科学家

            表示，第十四对染色体有攸关
            免疫系统功能的两丛基因和六
            十多种疾病基因。（范艳倩）
            """);
        var article = Assert.Single(issue.Articles);
        Assert.Equal("科学家完成染色体定序", article.Headline);
        Assert.Equal(2, article.Paragraphs.Length);
        Assert.StartsWith("由法国基因研究中心GENOSCOPE领导的国际科学家表示", article.Paragraphs[1]);
    }

    [Fact]
    public void A_marked_indent_fills_its_line_and_a_line_short_of_full_before_an_opening_quote_starts_no_paragraph()
    {
        // "安全生产，责任重于泰山。" reaches the column's edge from its indent; the line under it starts at the
        // edge, a character short only because the print kept "落" with the comma after it.
        var article = Parse.Single("""
            安全生产会议召开

            　　本报讯 昨天，全市召开安全
            生产工作会议，部署下一阶段的
            重点任务，要求各地压实责任，
            把各项防范措施落到实处，确保
            汛期平稳。
            　　安全生产，责任重于泰山。
            “会议要求”各地压实责任，落
            实到岗位，落实到每一个人，做
            到守土有责。
            """);
        Assert.Equal<string>([
                "本报讯 昨天，全市召开安全生产工作会议，部署下一阶段的重点任务，要求各地压实责任，把各项防范措施落到实处，确保汛期平稳。",
                "安全生产，责任重于泰山。“会议要求”各地压实责任，落实到岗位，落实到每一个人，做到守土有责。",
            ],
            article.Paragraphs);
    }

    [Fact]
    public void A_paragraphs_short_last_line_and_the_next_ones_indented_opening_quote_stay_two_paragraphs()
    {
        // "距”。" ends its paragraph; the line under it, a quotation's first, is as wide as the column less
        // the indent: not the rest of a line an extractor broke at the quotation mark.
        var article = Parse.Single("""
            百名师生入驻平湖乡村

            本次活动以“浙里民居，青春筑力”为主
            题，由中国青年创业就业基金会、浙江大学新
            农村发展研究院和平湖市人民政府主办，旨在
            吸引、汇聚全国青年大学生的创意与智慧，入
            乡打造浙派民居特色，提升浙派民居的品质与
            内涵，进一步推进城乡融合、缩小“三大差
            距”。
            “作为主办单位，平湖结合本地发展实
            际，以‘乡村出题、高校答题、真题真做、成
            果落地’模式抛出个性化赛题，前期有不少参
            赛师生来平湖调研踩点，围绕乡村闲置房屋改
            造、老街区业态策划运营、农产品品牌设计与
            推广运营等内容进行考察交流，精心打磨参赛
            作品。
            """);
        Assert.Equal(2, article.Paragraphs.Length);
        Assert.EndsWith("缩小“三大差距”。", article.Paragraphs[0]);
        Assert.StartsWith("“作为主办单位", article.Paragraphs[1]);
    }

    [Fact]
    public void A_paragraphs_first_line_that_ends_a_sentence_short_only_by_its_lost_indent_goes_on_into_the_next_line()
    {
        // Printed, "善行一日捐，温暖一座城。" stands after a two-character indent and fills its line; an extraction
        // without indents leaves it two characters short, like a one-line paragraph.
        var article = Parse.Single("""
            市领导带头参加慈善活动

            本报讯 昨天，市领导带头参加活动
            企业纷纷把一天的利润、干部职工一
            日的工资捐赠给慈善事业，共同促进
            我市慈善事业的发展。
            善行一日捐，温暖一座小城市。
            活动开展以来，得到了社会各界的热
            情支持，大家募集的资金主要用于救
            助困难群众。
            """);
        Assert.Equal(2, article.Paragraphs.Length);
        Assert.StartsWith("善行一日捐，温暖一座小城市。活动开展以来", article.Paragraphs[1]);
    }

    [Fact]
    public void A_broken_off_line_end_that_opens_with_a_closing_quote_is_running_text_not_a_headline()
    {
        // The extractor printed the quote hung past the line's end, and the word after it, as a line of their own.
        var article = Parse.Single("""
            让每一件提案都落地有声
            记者汤智娟通讯员翁辰宸
            本报讯“感谢委员们对城市建设工作的关心和支持，我
            们将加快明湖科创区建设进度，争取早出成果早见成效。
            ”近
            日，城投集团投资开发部副主任沈贇将《关于加快明湖科创
            区建设的建议》提案答复件送达该提案执笔人手中，并就下
            一步提案落实进行了交流。
            """);
        Assert.Equal("让每一件提案都落地有声", article.Headline);
        Assert.Contains("早见成效。”近日，城投集团", Assert.Single(article.Paragraphs));
    }

    [Fact]
    public void A_closing_quote_pushed_to_the_next_line_keeps_its_sentence_in_one_paragraph()
    {
        var article = Parse.Single("""
            百名师生入驻平湖乡村

            本报讯 “作为主办单位，平湖结合本地发展实
            际，以‘乡村出题、高校答题、真题真做、成
            果落地’模式抛出个性化赛题，前期有不少参
            赛师生来平湖调研踩点，围绕乡村闲置房屋改
            造、老街区业态策划运营等内容进行考察交流，
            精心打磨参赛作品。
            ”市建设局相关负责人说。经过初赛和复
            赛，共有31支立项队伍从全国76所高校、211支
            团队中“杀出重围”。
            """);
        Assert.Single(article.Paragraphs);
        Assert.Contains("精心打磨参赛作品。”市建设局相关负责人说。", article.Paragraphs[0]);
    }

    [Fact]
    public void A_decorative_headline_extracted_twice_is_collapsed_and_the_copy_accounted_for()
    {
        var issue = Parse.Text("""
            ■记者 荣怡婷

            本报讯 昨天下午，青田县委书记林霞率党政代表团来我市考察。

            再叙山海深情再叙山海深情 携手共谱新篇携手共谱新篇
            青田县党政代表团来平考察
            """);
        Assert.Equal("再叙山海深情 携手共谱新篇", issue.Articles.Single().Headline);
        Assert.Equal<string>(["再叙山海深情", "携手共谱新篇"], issue.Undone);
    }

    [Fact]
    public void Letter_spacing_inside_Chinese_text_is_removed()
    {
        Assert.Equal("平湖电商高质量发展的“金名片”定会越擦越亮。",
            Spacing.Body(Spacing.JoinWrapped(["平湖电商高", "质量发展的“金名", "片 ”定 会 越 擦 越", "亮。"])));
    }

    [Fact]
    public void PDF_spacing_between_Chinese_and_figures_is_removed()
    {
        Assert.Equal("计划建设2栋厂房，整个项目建筑面积4.9万平方米，预计今年9月竣工。",
            Spacing.Body("计划建设 2栋厂房，整个项目建筑面积 4.9万平方米，预计今年 9月竣工。"));
        Assert.Equal("当湖街道已有116个小区", Spacing.Body("当湖街道已有 116 个小区"));
    }

    [Fact]
    public void Spaces_between_Latin_words_and_after_the_dateline_are_kept()
    {
        Assert.Equal("本报讯 近日,JIAXING DAILY报道", Spacing.Body("本报讯 近日,JIAXING DAILY报道"));
        Assert.Equal("TikTok Shop", Spacing.Body(Spacing.JoinWrapped(["TikTok", "Shop"])));
    }

    [Fact]
    public void A_headline_keeps_the_space_the_paper_set_between_two_phrases()
    {
        var article = Parse.Single("""
            第105期创新学堂 学习活动举行

            ■记者 胡佳英

            本报讯 昨晚,第105期创新学堂学习活动举行,重点学习投资、专项债、土地等相关内容。
            """);
        Assert.Equal("第105期创新学堂 学习活动举行", article.Headline);
    }

    [Theory]
    [InlineData("本报讯 近日,记者了解到,今年1至7月,我市实现网络零售额108亿元。", true)]   // half-width commas
    [InlineData("本报讯 昨天下午，青田县委书记林霞率党政代表团来我市考察。", true)]          // full-width
    [InlineData("“水管改造以后，漏水情况变少了！”", true)]
    [InlineData("群众幸福指数节节攀升……", true)]
    [InlineData("Is it done?", true)]
    [InlineData("还增强了社区自我“造血功", false)]
    [InlineData("早在2021年，", false)]
    [InlineData("积极推动青田农特产品“走出", false)]
    public void Sentence_ends_are_recognised_in_half_and_full_width_punctuation(string text, bool ends) =>
        Assert.Equal(ends, TextShape.EndsSentence(text));
}
