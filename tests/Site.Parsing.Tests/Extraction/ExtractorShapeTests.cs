using Site.Parsing.Model;
using Site.Parsing.Rules;

namespace Site.Parsing.Tests.Extraction;

/// <summary>Pages as extractors other than the seeds' give them, read with no paper's rules: one test for
/// each shape of the raw text the parser handles.</summary>
public class ExtractorShapeTests
{
    private static ParsedIssue Read(string raw) => IssueParser.Parse(raw, "page.txt", ParserRules.Default);

    private static Article Only(string raw)
    {
        var issue = Read(raw);
        Assert.True(issue.Articles.Length == 1,
            $"expected one article, got {issue.Articles.Length}: {string.Join(" / ", issue.Articles.Select(a => a.Headline))}");
        return issue.Articles[0];
    }

    // A column about twelve characters wide, as pdftotext -raw gives it: no blank line anywhere.
    private const string TwoArticlesNoBlankLines = """
        第105期创新学堂
        学习活动举行
        ■记者 胡佳英
        本报讯 昨晚，第105期
        创新学堂学习活动举行，
        重点学习投资、专项债、
        土地等相关内容。仲旭
        东、周军波等市领导参加。
        投资是拉动经济增长
        的重要动力。今年1至7
        月，全市完成固定资产投
        资220.56亿元，增长
        11.2%，投资结构更趋优化。
        我市开展新闻发言人培训
        ■记者 荣怡婷
        本报讯 昨天上午，我
        市新闻发言人培训会召
        开。市委常委、宣传部长
        沈志凤出席会议并讲话。
        """;

    [Fact]
    public void Headline_byline_and_lead_without_blank_lines_are_told_apart()
    {
        var issue = Read(TwoArticlesNoBlankLines);
        // The column broke the first headline inside a word its lead repeats (学堂学习): one headline.
        Assert.Equal<string>(["第105期创新学堂学习活动举行", "我市开展新闻发言人培训"], issue.Articles.Select(a => a.Headline ?? ""));
        Assert.Null(issue.Articles[0].Subheadline);
        Assert.Equal<string>(["胡佳英"], issue.Articles[0].Byline.Reporters);
        Assert.Equal<string>(["荣怡婷"], issue.Articles[1].Byline.Reporters);
        Assert.StartsWith("本报讯", issue.Articles[1].Paragraphs[0]);
    }

    [Fact]
    public void Paragraphs_without_blank_lines_end_at_a_short_line_that_ends_a_sentence()
    {
        var first = Read(TwoArticlesNoBlankLines).Articles[0];
        Assert.Equal(2, first.Paragraphs.Length);
        Assert.StartsWith("投资是拉动经济增长", first.Paragraphs[1]);
    }

    [Fact]
    public void A_byline_run_into_its_lead_is_cut_from_it()
    {
        var article = Only("""
            平湖电商发展强劲有力

            ■记者 林旭东 通讯员 吴慧婷 本报讯 近日，记者从市商务局了解到，今年1至7月，我市实现网络零售额108亿元。
            """);
        Assert.Equal<string>(["林旭东"], article.Byline.Reporters);
        Assert.Equal<string>(["吴慧婷"], article.Byline.Correspondents);
        Assert.StartsWith("本报讯 近日", article.Paragraphs[0]);
    }

    [Fact]
    public void A_byline_glued_without_spaces_is_read()
    {
        var article = Only("""
            让每一件提案都落地有声
            ■记者汤智娟通讯员翁辰宸
            本报讯近日，平湖城投高质高效推动政协提案办理，取得明显成效。
            """);
        Assert.Equal<string>(["汤智娟"], article.Byline.Reporters);
        Assert.Equal<string>(["翁辰宸"], article.Byline.Correspondents);
    }

    [Fact]
    public void Names_run_together_are_cut_at_surnames()
    {
        var article = Only("""
            曹桥数字经济新引擎驱动新发展
            ■记者黄雨欣通讯员夏晓蕾倪春军
            本报讯在曹桥街道“5G智慧谷”内，数字经济的力量蓬勃发展。
            """);
        Assert.Equal<string>(["夏晓蕾", "倪春军"], article.Byline.Correspondents);
    }

    [Fact]
    public void A_name_the_column_wrapped_joins_its_byline()
    {
        var article = Only("""
            我市加力推动跨境电商高质量发展
            ■记者 林旭东 通讯员 吴慧
            婷
            本报讯 近日，《平湖市加力推动跨境电商高质量发展实施方案》出台。
            """);
        Assert.Equal<string>(["吴慧婷"], article.Byline.Correspondents);
    }

    [Fact]
    public void A_line_broken_at_a_quotation_mark_is_put_back_together()
    {
        // pdftotext -raw breaks a line where the font changes, as it does at curly quotes.
        var article = Only("""
            电商发展强劲有力
            ■记者 林旭东
            本报讯 近日，记者从市商务局了解
            到，直播电商作为一种新型消费模
            式，正成为推动引擎。
            “目前我们已
            经入驻商家四百多家，并与鸭鸭、
            雅鹿等品牌建立深合作。
            ”平湖
            抖音电商直播基地总监洪涛说，他
            们积极参与各类直播促销活动。
            """);
        Assert.Single(article.Paragraphs);
        Assert.Contains("引擎。“目前我们已经入驻", article.Paragraphs[0]);
        Assert.Contains("合作。”平湖抖音", article.Paragraphs[0]);
    }

    [Fact]
    public void A_dateline_names_its_reporters_and_stays_in_the_lead()
    {
        var article = Only("""
            中国文化节在安卡拉开幕
            新华社安卡拉1月28日电（记者 郑金发 怀成波）以“中土人民共庆中国春节”为主题的“中国文化节”28日晚在土耳其首都安卡拉开幕。
            """);
        Assert.Equal<string>(["郑金发", "怀成波"], article.Byline.Reporters);
        Assert.StartsWith("新华社安卡拉1月28日电（记者", article.Paragraphs[0]);
    }

    [Fact]
    public void A_signature_in_brackets_after_the_body_is_its_byline()
    {
        var article = Only("""
            澳洲重新开放驻马尼拉大使馆
            （法新社马尼拉二日电）澳洲今天重新开放它驻菲律宾大使馆。
            欧盟办事处与澳洲大使馆在同一建筑内。（龙瑞秀）
            """);
        Assert.Equal<string>(["龙瑞秀"], article.Byline.Authors);
        Assert.EndsWith("在同一建筑内。", article.Paragraphs[^1]);
        Assert.Contains("（龙瑞秀）", article.BylineSource);
    }

    [Fact]
    public void A_bracketed_agency_dateline_starts_a_new_article()
    {
        var issue = Read("""
            阿卡特尔称去年第四季销售成长近百分之三十
            （法新社巴黎电）因电信业景气低迷，阿卡特尔表示，第四季的销售数字应可呈现成长。
            澳洲重新开放驻马尼拉大使馆
            （法新社马尼拉二日电）澳洲今天重新开放它驻菲律宾大使馆。
            """);
        Assert.Equal(2, issue.Articles.Length);
    }

    [Fact]
    public void A_credit_at_a_captions_end_is_the_photographer()
    {
        var article = Only("""
            中 智 签 订 动 植 物 卫 生 备 忘 录
            根据备忘录，中智双方将制订有关进出境动植物检验检疫要求。
            （新华社记者 叶磊瑞 摄）
            """);
        Assert.Equal(ArticleKind.Photo, article.Kind);
        Assert.Equal<string>(["叶磊瑞"], article.Byline.Photographers);
        Assert.Equal<string>(["根据备忘录，中智双方将制订有关进出境动植物检验检疫要求。"], article.Paragraphs);
    }

    [Fact]
    public void Folios_editors_credits_nameplates_and_section_labels_are_noise_without_rules()
    {
        var issue = Read("""
            第05版 教科新闻
            STRAITS CHINESE DAILY
            华夏日报
            WORLD 国际
            我市开展新闻发言人培训
            ■记者 荣怡婷
            本报讯 昨天上午，我市新闻发言人培训会召开。
            本版责编：徐雪嘉 版式：王强
            国内统一连续出版物号 CN11-0099
            责任编辑：段刚明版面设计：田露
            """);
        Assert.Equal("我市开展新闻发言人培训", Assert.Single(issue.Articles).Headline);
        Assert.Equal([NoiseReason.FolioLine, NoiseReason.Nameplate, NoiseReason.Nameplate, NoiseReason.SectionLabel, NoiseReason.EditorsCredits, NoiseReason.PublicationNumbers, NoiseReason.EditorsCredits],
            issue.Noise.Select(n => n.Reason));
    }

    [Fact]
    public void An_advertisement_with_a_phone_number_is_noise()
    {
        var issue = Read("""
            我市开展新闻发言人培训
            ■记者 荣怡婷
            本报讯 昨天上午，我市新闻发言人培训会召开。

            东湖眼镜 新店开业 特价99元
            详询电话：0573-77467665
            """);
        Assert.DoesNotContain(issue.Articles, a => a.Paragraphs.Any(p => p.Contains("0573")));
        Assert.Contains(issue.Noise, n => n.Reason == NoiseReason.Advertisement);
    }

    [Fact]
    public void Kangxi_radicals_are_read_as_the_ideographs_they_stand_for()
    {
        var article = Only("""
            平湖电商发展强劲有⼒
            ■记者 林旭东
            本报讯 今年1⾄7⽉，我市实现⽹络零售额108亿元。
            """);
        Assert.Equal("平湖电商发展强劲有力", article.Headline);
        Assert.Equal("本报讯 今年1至7月，我市实现网络零售额108亿元。", article.Paragraphs[0]);
    }

    [Fact]
    public void Control_and_format_characters_never_reach_an_article_and_are_reported()
    {
        var issue = Read("平湖电商\u200B发展强劲有力\n■记者 林旭东\n本报讯 今年\a1至7月，\u001b我市\u007f实现\uFEFF网络\u2028零售额108亿元。\n");
        var article = Assert.Single(issue.Articles);
        var text = string.Concat(article.Paragraphs) + article.Headline;
        Assert.DoesNotContain(text, c => c is '\u200B' or '\a' or '\u001b' or '\u007f' or '\uFEFF' or '\u2028');
        Assert.Contains(issue.Warnings, w => w.Message.Contains("control or format") && w.Line == 1);
    }

    [Fact]
    public void Two_equal_lines_are_not_taken_for_doubled_text()
    {
        var issue = Read("""
            平湖版
            平湖版

            我市开展新闻发言人培训
            ■记者 荣怡婷
            本报讯 昨天上午，我市新闻发言人培训会召开。
            """);
        Assert.Empty(issue.Undone);
        Assert.Equal(2, issue.Noise.Count(n => n.Text.Contains("平湖版")) + issue.Noise.Where(n => n.Text == "平湖版 平湖版").Count());
    }

    [Fact]
    public void A_headline_printed_under_its_body_goes_to_the_body_it_talks_about()
    {
        var issue = Read("""
            （法新社巴黎电）阿卡特尔表示，第四季的销售成长将近百分之三十，公司全年收益数字将于二月四日公布。
            阿卡特尔称去年第四季销售成长近百分之三十
            澳洲重新开放驻马尼拉大使馆
            （法新社马尼拉二日电）澳洲今天重新开放它驻菲律宾大使馆，该大使馆曾因恐怖威胁而关闭。
            """);
        Assert.Equal<string>(["阿卡特尔称去年第四季销售成长近百分之三十", "澳洲重新开放驻马尼拉大使馆"], issue.Articles.Select(a => a.Headline ?? ""));
    }

    [Fact]
    public void A_teaser_pointer_in_brackets_is_read()
    {
        var issue = Read("""
            导读
            经济
            日本央行决定维持现行金融政策
            （详见第7版）
            """);
        var teaser = Assert.Single(issue.Articles);
        Assert.Equal(ArticleKind.Teaser, teaser.Kind);
        Assert.Equal("经济", teaser.Kicker);
        Assert.Equal("日本央行决定维持现行金融政策", teaser.Headline);
        Assert.Equal(7, teaser.SeePage);
    }

    [Fact]
    public void A_glued_word_under_a_headline_is_not_taken_for_names()
    {
        // Names run together are read only after a role label; a bare line of six letters is a word.
        var article = Only("""
            第12版 经济

            市里召开会议

            本报讯 昨天，市里召开了会议。会议强调，要把工作做好。
            """);
        Assert.Equal("市里召开会议", article.Headline);
        Assert.True(article.Byline.IsEmpty);
    }

    [Fact]
    public void A_wrapped_headline_tail_is_not_a_byline()
    {
        var article = Only("""
            法国派宪兵增援在科特迪瓦的维
            和部队
            新华社巴黎1月29日电（记者 王敬诚）法国外长德维尔潘29日在议会听证会上宣布，法国日前向科特迪瓦派出了宪兵增援部队。
            """);
        Assert.Equal("法国派宪兵增援在科特迪瓦的维和部队", (article.Kicker ?? "") + article.Headline + article.Subheadline);
        Assert.Equal<string>(["王敬诚"], article.Byline.Reporters);
        Assert.Empty(article.Byline.Authors);
    }

    [Fact]
    public void A_导读_box_whose_pointers_follow_all_its_titles_is_paired_in_order()
    {
        // pdftotext's reading order: labels and titles first, the masthead between, the pointers last.
        var issue = Read("""
            导读

            深1度·民生优享

            柬埔寨抗议者放火焚烧泰国驻柬埔寨大使馆

            平湖新闻

            美国去年个人消费开支增长情况不佳

            2025年1月22日 星期三

            详见六版
            详见三版

            我市开展新闻发言人培训
            ■记者 荣怡婷
            本报讯 昨天上午，我市新闻发言人培训会召开。
            """);
        var teasers = issue.Articles.Where(a => a.Kind == ArticleKind.Teaser).ToList();
        Assert.Equal<string>(["柬埔寨抗议者放火焚烧泰国驻柬埔寨大使馆", "美国去年个人消费开支增长情况不佳"], teasers.Select(t => t.Headline ?? ""));
        Assert.Equal<string>(["深1度·民生优享", "平湖新闻"], teasers.Select(t => t.Kicker ?? ""));
        Assert.Equal<int?>([6, 3], teasers.Select(t => t.SeePage));
        Assert.Equal("我市开展新闻发言人培训", issue.Articles.Single(a => a.Kind == ArticleKind.News).Headline);
    }

    [Fact]
    public void A_headline_and_its_bracketed_dateline_on_one_line_are_cut_apart()
    {
        var article = Only("""
            美国愿和北韩谈判但拒绝再付出报酬（法新社华盛顿七日电）美国国务院今天表示，美国愿意和北韩谈判。
            美国官员说，华府不会为北韩停止核子计划付出报酬。（孟蕾芳）
            """);
        Assert.Equal("美国愿和北韩谈判但拒绝再付出报酬", article.Headline);
        Assert.StartsWith("（法新社华盛顿七日电）", article.Paragraphs[0]);
        Assert.Equal<string>(["孟蕾芳"], article.Byline.Authors);
    }

    [Fact]
    public void A_lunar_date_line_and_a_publishers_line_are_masthead_furniture()
    {
        var issue = Read("""
            嘉兴市新闻传媒中心中共平湖市委联办
            农历乙巳年三月廿七
            深圳罗湖海关严厉打击货币走私
            新华社深圳1月5日电（记者 李南玲）深圳罗湖海关近日破获一起货币走私案。
            """);
        Assert.Equal("深圳罗湖海关严厉打击货币走私", Assert.Single(issue.Articles).Headline);
        Assert.Equal([NoiseReason.PublisherLine, NoiseReason.Masthead], issue.Noise.Select(n => n.Reason));
    }

    [Fact]
    public void A_doubled_column_label_in_a_导读_box_read_in_order_loses_no_character()
    {
        // The label is set in outline and fill, so it comes out doubled; its undone half must be accounted for.
        var issue = Properties.Guarded.ParseAndBalance("""
            导读

            文化视窗文化视窗

            柬埔寨抗议者放火焚烧泰国驻柬埔寨大使馆

            2025年1月22日 星期三

            详见六版

            我市开展新闻发言人培训
            ■记者 荣怡婷
            本报讯 昨天上午，我市新闻发言人培训会召开。
            """, ParserRules.Default, "a 导读 box with a doubled label");
        var teaser = issue.Articles.Single(a => a.Kind == ArticleKind.Teaser);
        Assert.Equal("文化视窗", teaser.Kicker);
        Assert.Equal<string>(["文化视窗"], issue.Undone);
    }

    [Theory]
    [InlineData("法国派宪兵\n增援在科特\n迪瓦的维和\n部队", "法国派宪兵增援在科特迪瓦的维和部队")]
    [InlineData("美 国 去 年\n个 人 消 费\n开 支 增 长\n情 况 不 佳", "美国去年个人消费开支增长情况不佳")]
    [InlineData("驻科特迪瓦法军遭\n袭击", "驻科特迪瓦法军遭袭击")]
    [InlineData("第 1 0 5 期 创 新 学 堂 学\n习 活 动 举 行", "第105期创新学堂学习活动举行")]
    public void A_headline_wrapped_in_a_narrow_column_among_running_lines_is_one_headline(string title, string expected)
    {
        // -raw text has no blank line: the headline's lines stand among the lines around them.
        var article = Only($"""
            {title}
            新华社巴黎1月29
            日电（记者 王敬诚）
            法国外长德维尔潘29
            日在议会听证会上宣
            布，为保证实施科特
            迪瓦各党派达成的和
            平协议，法国日前向
            科特迪瓦派出了宪兵
            增援部队。
            """);
        Assert.Equal(expected, article.Headline);
        Assert.Null(article.Kicker);
        Assert.Null(article.Subheadline);
    }

    [Fact]
    public void A_column_label_over_a_body_whose_headline_stands_under_it_is_noise()
    {
        // The label stands where a headline stands; the headline, printed under the body, talks about it.
        var issue = Read("""
            关注
            新华社上海2月20日电（记者 汪洪洋）地处中国金融贸易中心
            的沪浙闽二省一市，2002年金融案件数量与上年相比下降44.4%，
            案件数量降至13年来最低点。
            沪浙闽金融案件数量降至13年最低点
            """);
        Assert.Equal("沪浙闽金融案件数量降至13年最低点", Assert.Single(issue.Articles).Headline);
        Assert.Contains(issue.Noise, n => n.Text == "关注" && n.Reason == NoiseReason.ColumnLabelOrSlogan);
    }

    [Fact]
    public void The_short_end_of_a_wrapped_headline_is_not_taken_for_a_label()
    {
        var article = Only("""
            我市两家物流企业党组织获省级荣
            誉
            ■记者 黄雨欣
            本报讯 近日，2022年度全省交通运输行业党建工作示范点名单公布，我市两家物流企业党组织
            获评省级荣誉。
            """);
        Assert.Equal("我市两家物流企业党组织获省级荣誉", article.Headline);
    }

    [Fact]
    public void A_headline_the_column_broke_inside_a_word_the_body_uses_is_one_headline()
    {
        // Two display lines and no sizes: a subheadline, unless the break falls inside a word (贸易顺差).
        var article = Only("""
            欧元区去年贸易
            顺差达1023亿欧元
            新华社布鲁塞尔2月19日电（记者 冯坚）欧盟统计局19日发表的最新统计报告显示，欧元区对外
            贸易在2002年实现顺差1023亿欧元，贸易顺差比上年大幅增加。
            """);
        Assert.Equal("欧元区去年贸易顺差达1023亿欧元", article.Headline);
        Assert.Null(article.Subheadline);
    }

    [Fact]
    public void A_subheadline_whose_first_words_do_not_run_on_from_the_headline_stays_apart()
    {
        var article = Only("""
            平湖电商发展强劲有力
            网络零售额突破百亿元，增幅嘉兴第一
            本报讯 近日，记者从市商务局了解到，今年1至7月，我市实现网络零售额突破百亿元，电商发展
            强劲有力。
            """);
        Assert.Equal("平湖电商发展强劲有力", article.Headline);
        Assert.Equal("网络零售额突破百亿元，增幅嘉兴第一", article.Subheadline);
    }

    [Theory]
    [InlineData("意味美国对平壤的政策「向前迈进了一步」。 本报记者 钱晨", "摄影报道")]
    [InlineData("意味美国对平壤的政策「向前迈进了一步」。 本报记", "者 钱晨 摄影报道")]
    public void A_credit_at_a_captions_end_that_the_column_wrapped_credits_the_photographer(string last, string wrapped)
    {
        // Not "报道" or "者钱晨" for a name: the credit starts after the caption's last sentence.
        var article = Only($"""
            美国愿和北韩谈判但拒绝再付出报酬

            美国总统布希的政府目前面临伊拉克和北韩的双重危机，布
            希政府官员和日本与南韩高级外交官会谈后发布声明说，这
            {last}
            {wrapped}
            """);
        Assert.Equal(ArticleKind.Photo, article.Kind);
        Assert.Equal<string>(["钱晨"], article.Byline.Photographers);
        Assert.EndsWith("向前迈进了一步」。", Assert.Single(article.Paragraphs));
    }

    [Fact]
    public void A_line_the_column_broke_after_摄_mid_sentence_is_no_photo_credit()
    {
        // "摄氏" broken at the line's end: "当地气温降至摄" after a comma is the sentence running on, not a credit.
        var article = Only("""
            欧洲连日大雪多人死亡交通中断

            （法新社维也纳八日电）连日大雪、西伯利亚的低温以及欧洲各地的强风已造成多人死亡。
            斯洛伐克周一也有三名印度非法移民因寒冷和疲倦而死亡，当地气温降至摄
            氏零下二十度。（方萍晓）
            """);
        Assert.Empty(article.Byline.Photographers);
        Assert.Empty(article.Captions);
        Assert.Contains("当地气温降至摄氏零下二十度。", string.Concat(article.Paragraphs));
    }

    [Fact]
    public void A_headlines_wrapped_tail_over_a_dateline_is_not_a_name()
    {
        // "低点" under the headline would pass for a two-character name glued before the dateline.
        var article = Only("""
            沪浙闽金融案件数量降至13年最
            低点
            新华社上海2月20日电（记者汪洪洋）地处中国金融贸易中
            心和金融改革开放前沿的沪浙闽二省一市，2002年金融案件数
            量与上年相比下降44.4%，案件数量降至13年来最低点。
            """);
        Assert.Equal("沪浙闽金融案件数量降至13年最低点", article.Headline);
        Assert.Equal<string>(["汪洪洋"], article.Byline.Reporters);
        Assert.Empty(article.Byline.Authors);
    }

    [Fact]
    public void A_headline_with_a_colon_after_a_signed_body_starts_the_next_article()
    {
        var issue = Read("""
            欧洲连日大雪多人死亡交通中断
            （法新社维也纳八日电）连日大雪、西伯利亚的低温以及欧
            洲各地的强风已造成多人死亡，东部地区已降下大雪，如今
            雪势向西移动。
            （方萍晓）
            纽约时报：白宫研拟制裁北韩措施
            （法新社华盛顿电）纽约时报今天引述美国官员报导指出，
            白宫正在研拟一旦在平壤当局未能扬弃其发展核武行动时祭
            出的制裁措施。
            """);
        Assert.Equal<string>(["欧洲连日大雪多人死亡交通中断", "纽约时报：白宫研拟制裁北韩措施"], issue.Articles.Select(a => a.Headline!));
        Assert.Equal<string>(["方萍晓"], issue.Articles[0].Byline.Authors);
    }

    [Fact]
    public void A_paragraph_whose_last_line_fills_the_column_ends_where_the_next_line_is_indented()
    {
        // -raw drops the indent; the next paragraph's first line is one character short, the line after full.
        var article = Only("""
            美国去年个人消费开支增长情况不佳
            新华社华盛顿1月31日电（记者王振华）美国商务部31日发
            布的报告显示，尽管美国的个人消费在去年的年底出现了较快的
            增长，但是全年的增长幅度仅与经济发生衰退的那一年持平。
            去年最后的一个月，美国经济增长的主要动力个人消费开支
            有了明显的增长，是去年七月份以来增长幅度最大的一个月份。
            """);
        Assert.Equal(2, article.Paragraphs.Length);
        Assert.EndsWith("持平。", article.Paragraphs[0]);
    }

    [Fact]
    public void A_line_short_only_by_the_space_around_its_figures_does_not_open_a_paragraph()
    {
        var article = Only("""
            公共自行车成了夜间健身新选择
            ■记者 胡佳英
            本报讯 平湖夏夜一景正可佐证这
            一观点。今年夏天，我市公共
            自行车单日租借量达到 1.3 万
            辆次，突破单日租借最高量。
            分析相关数据，发现超过 6%
            的租借，都在傍晚时分，运动轨
            迹大多环绕东湖、明湖景区以
            及各大绿道，都在夜里出行。
            """);
        Assert.Single(article.Paragraphs);
    }

    [Fact]
    public void A_signature_the_column_wrapped_inside_its_brackets_is_the_byline()
    {
        var article = Only("""
            科学家为攸关初期失智症的染色体完成定序
            （法新社巴黎电）人类共有二十三对染色体。过去三年
            中，已有三对染色体完成排序，包括第二
            十对、第二十一对和第二十二对。
            （范艳
            倩）
            """);
        Assert.Equal<string>(["范艳倩"], article.Byline.Authors);
        Assert.DoesNotContain(article.Paragraphs, p => p.Contains('（') && p.Contains("范艳"));
    }

    [Theory]
    [InlineData("新华社上海2月10日电（杨金志 杨烨）经用指纹比对，上海警方确认两名男子为土耳其居民。", new[] { "杨金志", "杨烨" }, new string[0])]
    [InlineData("（法新社巴黎电）（记者 王敬诚）法国外长德维尔潘在议会听证会上宣布增援。", new string[0], new[] { "王敬诚" })]
    public void Names_in_brackets_after_a_dateline_are_the_byline(string lead, string[] authors, string[] reporters)
    {
        var article = Only($"""
            上海警方证实法航两名坠机者为土耳其男子
            {lead}
            """);
        Assert.Equal(authors.Order(), article.Byline.Authors.Order());
        Assert.Equal(reporters.Order(), article.Byline.Reporters.Order());
    }

    [Fact]
    public void Two_names_run_together_one_with_a_rare_surname_are_cut_in_three_and_three()
    {
        var article = Only("""
            广陈文创产品获省银奖
            ■记者居丹荔通讯员李凤超迺勇瑶
            本报讯近日，在浙江省文化和旅游厅主办的评选大赛中，农开区报送的作品荣获银奖。
            """);
        Assert.Equal("广陈文创产品获省银奖", article.Headline);
        Assert.Equal<string>(["李凤超", "迺勇瑶"], article.Byline.Correspondents);
    }

    [Fact]
    public void A_slogan_between_a_headline_and_its_body_is_not_part_of_the_title()
    {
        var issue = Read("""
            中智签订关于实施动植物卫生措施备忘录
            文明健康 绿色环保
            新华社圣地亚哥1月21日电（记者 侯耀其）中国和智利今天在这里签订了关于实施
            动植物卫生措施的备忘录。这份备忘录是由正在这里访问的中国国家质检总局副局长签署的。
            """);
        Assert.Equal("中智签订关于实施动植物卫生措施备忘录", Assert.Single(issue.Articles).Headline);
        Assert.Null(issue.Articles[0].Kicker);
        Assert.Contains(issue.Noise, n => n.Text.Contains("绿色环保"));
    }

    [Fact]
    public void A_headline_and_byline_set_under_their_body_sign_the_body_above()
    {
        var issue = Read("""
            民生优享幸福平湖
            本报讯今年以来，市科技局按照“助企纾困”有关工作要求，持续推进科技创新政策兑现，
            至8月19日，提前完成全年科发资金兑现，比往年提速至少3个月。
            科发资金兑现“加速度”
            ■记者华婷婷通讯员潘国浩
            百名师生入驻平湖乡村
            ■记者荣怡婷通讯员纪海云
            本报讯8月1日下午，第五届全国大学生乡村振兴大赛嘉兴平湖市专项百名师生入村仪式举行。
            """);
        Assert.Equal<string>(["科发资金兑现“加速度”", "百名师生入驻平湖乡村"], issue.Articles.Select(a => a.Headline!));
        Assert.Equal<string>(["华婷婷"], issue.Articles[0].Byline.Reporters);
        Assert.Equal<string>(["荣怡婷"], issue.Articles[1].Byline.Reporters);
        Assert.Contains(issue.Noise, n => n.Text == "民生优享幸福平湖");
    }

    [Fact]
    public void A_folio_that_codes_the_page_with_a_letter_is_furniture_and_a_headline_that_starts_so_is_not()
    {
        var issue = Read("""
            A2 综合
            2024年3月14日 星期四
            G20峰会开幕
            ■记者 胡佳英
            本报讯 昨晚，G20峰会在里约热内卢开幕，各国领导人出席。
            """);
        Assert.Equal("G20峰会开幕", Assert.Single(issue.Articles).Headline);
        Assert.Contains(issue.Noise, n => n.Text == "A2 综合" && n.Reason == NoiseReason.FolioLine);
    }

    [Fact]
    public void A_folio_with_the_page_number_in_chinese_and_no_di_is_furniture_not_a_kicker()
    {
        var issue = Read("""
            二版 经济
            第105期创新学堂学习活动举行
            ■记者 胡佳英
            本报讯 昨晚，第105期创新学堂学习活动举行，重点学习投资、专项债相关内容。
            """);
        var article = Assert.Single(issue.Articles);
        Assert.Null(article.Kicker);
        Assert.Equal("第105期创新学堂学习活动举行", article.Headline);
        Assert.Contains(issue.Noise, n => n.Text == "二版 经济" && n.Reason == NoiseReason.FolioLine);
    }

    [Fact]
    public void A_headline_as_wide_as_the_column_over_a_wire_dateline_opens_the_next_article()
    {
        // The headline is as long as the column's lines and the page credits its articles, so it could pass
        // for the next line of the paragraph above; the 新华社 dateline under it says an article starts there.
        var issue = Read("""
            百名师生入驻平湖乡村

            ■记者 荣怡婷

            本报讯 8月1日下午，第五届全国大学生乡
            村振兴大赛嘉兴平湖市赛区活动举行，来自全
            国的师生来到平湖开展驻村实践，平湖为广大
            来平师生提供场地、资金、人才、服务等全方
            位支持，让大家来得放心、干得舒心。

            中智签订关于实施动植物卫生措施备忘录

            新华社圣地亚哥2月17日电（记者 侯耀其）
            中国国家质检总局和智利农业部17日在这里签
            订关于《实施卫生和植物卫生措施协议》的备
            忘录。根据备忘录，中智双方将制订有关进出
            境动植物检验检疫要求。
            """);
        Assert.Equal(["百名师生入驻平湖乡村", "中智签订关于实施动植物卫生措施备忘录"], issue.Articles.Select(a => a.Headline));
        Assert.EndsWith("让大家来得放心、干得舒心。", issue.Articles[0].Paragraphs[^1]);
        Assert.Equal<string>(["侯耀其"], issue.Articles[1].Byline.Reporters);
    }
}
