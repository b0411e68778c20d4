using Site.Parsing.Model;
using Site.Parsing.Rules;
using Site.Parsing.Tests.Support;

namespace Site.Parsing.Tests.Parsing;

/// <summary>Photo news, captions, the weather box, 导读 teasers, sections and cut-off articles.</summary>
public class ArticleKindTests
{
    [Fact]
    public void Photo_news_is_title_caption_and_photographer_credit()
    {
        var article = Parse.Single("""
            体验瓜灯魅力

            昨天,市文化馆举行全民艺术普及——西瓜灯雕刻培训活动。平湖西瓜灯雕刻传承人现场为爱好者们讲解瓜灯雕刻技艺,共刻精美瓜灯。

            ■摄影 王强
            """);
        Assert.Equal(ArticleKind.Photo, article.Kind);
        Assert.Equal("体验瓜灯魅力", article.Headline);
        Assert.Equal<string>(["王强"], article.Byline.Photographers);
        Assert.Single(article.Paragraphs);
    }

    [Fact]
    public void A_piece_under_a_commentary_columns_label_is_commentary()
    {
        // The column's name mentions a place the piece talks of (东湖): still the label, not the kicker. Default
        // rules: no list of the paper's columnists.
        var issue = IssueParser.Parse("""
            东湖时评

            让现代社区成为百姓幸福家园

            言成声

            　　近日召开的全省现代社区建设工作推进会，公布了我省第一批现代社区名单，我市钟埭街道钟埭社区、当湖街道东湖社区榜上有名。现代社区建设，让百姓离幸福家园更近一步。
            """, "page.txt", ParserRules.Default);
        var article = Assert.Single(issue.Articles);
        Assert.Equal(ArticleKind.Commentary, article.Kind);
        Assert.Null(article.Kicker);
        Assert.Equal("让现代社区成为百姓幸福家园", article.Headline);
        Assert.Equal<string>(["言成声"], article.Byline.Authors);
        Assert.Contains(issue.Noise, n => n.Text == "东湖时评" && n.Reason == NoiseReason.ColumnLabelOrSlogan);
    }

    [Fact]
    public void A_reporters_dated_story_under_a_commentary_label_stays_news()
    {
        // A label read out of its frame can land over the next story; a reporter's dated story is no opinion.
        var article = Assert.Single(IssueParser.Parse("""
            本报评论

            曹桥数字经济新引擎驱动新发展

            ■记者 黄雨欣 通讯员 夏晓蕾

            　　本报讯 在曹桥街道“5G智慧谷”内，数字经济的力量蓬勃发展。今年1至4月，街道数字经济核心产业增加值增速25.6%，位列全市第一。
            """, "page.txt", ParserRules.Default).Articles);
        Assert.Equal(ArticleKind.News, article.Kind);
        Assert.Null(article.Kicker);
        Assert.Equal("曹桥数字经济新引擎驱动新发展", article.Headline);
    }

    [Fact]
    public void A_photo_item_after_a_news_article_does_not_join_it()
    {
        var issue = Parse.Text("""
            科发资金兑现“加速度”

            ■记者 华婷婷 通讯员 潘国浩

            本报讯 今年以来,市科技局持续推进科技创新政策兑现,提前完成全年科发资金兑现。

            体验瓜灯魅力

            昨天,市文化馆举行全民艺术普及——西瓜灯雕刻培训活动。

            ■摄影 王强
            """);
        Assert.Equal<ArticleKind>([ArticleKind.News, ArticleKind.Photo], issue.Articles.Select(a => a.Kind));
        Assert.Equal("体验瓜灯魅力", issue.Articles[1].Headline);
    }

    [Fact]
    public void A_photo_caption_inside_news_is_a_caption_of_that_article()
    {
        var issue = Parse.Text("""
            补齐短板积蓄发展动能

            巨增曲珠 陈起东

            今年初以来,秀洲区王江泾镇持续开展“六问六争”主题实践活动。

            王江泾镇收村安置房项目建设现场 秀洲区王江泾镇人民政府供图

            除痛点让非遗更有生命力

            张正龙

            今年以来,海盐县委宣传部紧紧围绕省委部署,加快推进非遗保护数字化改革。
            """);
        Assert.Equal<string>(["王江泾镇收村安置房项目建设现场 秀洲区王江泾镇人民政府供图"], issue.Articles[0].Captions);
        Assert.Equal("除痛点让非遗更有生命力", issue.Articles[1].Headline);
        Assert.Empty(issue.Articles[1].Captions);
    }

    [Fact]
    public void The_weather_box_is_a_weather_item_without_headline()
    {
        var article = Parse.Single("""
            今天多云，局部阴有阵雨或雷雨。明天
            晴到多云，午后局部阴有阵雨或雷雨，西到
            西南风 3到 4级。今天白天最高气温 35℃，
            明天早晨最低气温27℃。
            """);
        Assert.Equal(ArticleKind.Weather, article.Kind);
        Assert.Null(article.Headline);
        Assert.Equal<string>(["今天多云，局部阴有阵雨或雷雨。明天晴到多云，午后局部阴有阵雨或雷雨，西到西南风3到4级。今天白天最高气温35℃，明天早晨最低气温27℃。"],
            article.Paragraphs);
    }

    [Fact]
    public void A_teaser_in_the_导读_box_points_at_its_page_and_its_furniture_is_noise()
    {
        var issue = Parse.Text("""
            导读

            深1度·民生优享

            “关键小事”释放的活力和张力

            »»»»» 详见四版
            """);
        var teaser = issue.Articles.Single();
        Assert.Equal(ArticleKind.Teaser, teaser.Kind);
        Assert.Equal("深1度·民生优享", teaser.Kicker);
        Assert.Equal("“关键小事”释放的活力和张力", teaser.Headline);
        Assert.Equal(4, teaser.SeePage);
        Assert.Equal<string>(["导读", "»»»»» 详见四版"], issue.Noise.Select(n => n.Text));
    }

    [Fact]
    public void Section_numbers_inside_a_long_feature_stay_in_it_as_their_own_paragraphs()
    {
        var article = Parse.Single("""
            ■记者 钱澄蓉

            动起来，“燃放”一城激情

            体育运动的风潮何以席卷这
            座小城？且待一一探究。

            一

            炎炎夏日挡不住运动的步
            伐。

            二

            老年人齐聚公园晨练，白领
            们下班约球。
            """);
        Assert.Equal<string>(["体育运动的风潮何以席卷这座小城？且待一一探究。", "一", "炎炎夏日挡不住运动的步伐。", "二", "老年人齐聚公园晨练，白领们下班约球。"],
            article.Paragraphs);
    }

    [Theory]
    [InlineData("一", true)]
    [InlineData("（二）", true)]
    [InlineData("十一、", true)]
    [InlineData("一二三四", false)]
    [InlineData("一个", false)]
    public void Section_numbers_may_stand_in_brackets(string text, bool isSection) =>
        Assert.Equal(isSection, Text.TextShape.IsSectionNumber(text));

    [Fact]
    public void A_bracketed_section_number_is_its_own_paragraph_and_does_not_join_the_next()
    {
        var article = Parse.Single("""
            ■记者 钱澄蓉

            动起来，“燃放”一城激情

            且待一一探究。

            （一）

            炎炎夏日挡不住运动的步伐。
            """);
        Assert.Equal<string>(["且待一一探究。", "（一）", "炎炎夏日挡不住运动的步伐。"], article.Paragraphs);
        Assert.False(article.Truncated);
    }

    [Fact]
    public void An_article_cut_off_at_the_page_edge_is_marked_truncated()
    {
        var article = Parse.Single("""
            让现代社区成为百姓幸福家园

            言成声

            事实上,平湖不少社区在党建引领下,致力于打造“新邻里”品牌,还增强了社区自我“造血功

            文明健康 绿色环保 公益广告
            """);
        Assert.True(article.Truncated);
        Assert.EndsWith("“造血功", article.Paragraphs[^1]);
    }

    [Fact]
    public void An_article_that_says_where_it_continues_is_marked_truncated()
    {
        var article = Parse.Single("""
            平湖电商发展强劲有力

            ■记者 林旭东

            本报讯 近日,记者从市商务局了解到,今年1至7月,我市实现网络零售额108亿元。(下转第四版)
            """);
        Assert.True(article.Truncated);
    }

    [Fact]
    public void A_finished_article_is_not_truncated()
    {
        var article = Parse.Single("""
            我市开展新闻发言人培训

            记者 荣怡婷

            本报讯 昨天上午,我市新闻发言人培训会召开。
            """);
        Assert.False(article.Truncated);
    }

    [Fact]
    public void A_long_caption_set_apart_under_the_byline_is_the_articles_caption_not_its_first_paragraph()
    {
        // A wide photo between byline and lead: its caption runs past a hundred characters on two lines.
        var issue = Parse.Text("""
            标准再提升 形式再创新

            ■记者 居丹荔 通讯员 倪颖

            广陈社区邻里共享自治项目启动现场，社区工作人员、志愿者和居民代表一起布置共享角和格子铺，联动图书阅览室、未成年人活动室等阵地，为居民提供图书借阅、物品共享、便民维修等多样化服务，让邻里之间的往来更加紧密，
            吸引了众多居民前来参观体验。
            ■摄影 熊丽鹏

            本报讯 日前，广陈社区邻里共享自治项目正式启动，项目利用红色物业阵地，布置共享角、格子铺。
            """);
        var article = Assert.Single(issue.Articles);
        Assert.Equal("标准再提升 形式再创新", article.Headline);
        Assert.Single(article.Captions);
        Assert.Equal<string>(["熊丽鹏"], article.Byline.Photographers);
        Assert.StartsWith("本报讯 日前", article.Paragraphs[0]);
    }

    [Fact]
    public void A_long_caption_between_byline_and_lead_with_no_blank_line_around_it_is_still_the_articles_caption()
    {
        // As -raw extraction gives it: one run of lines; the lead after the credit shows the story starts there.
        var issue = Parse.Text("""
            标准再提升 形式再创新
            ■记者 居丹荔 通讯员 倪颖
            广陈社区邻里共享自治项目启动现场，社区工作人员、志愿者和居民代表一起布置共享角和格子铺，联动图书阅览室、未成年人活动室等阵地，为居民提供图书借阅、物品共享、便民维修等多样化服务，让邻里之间的往来更加紧密，
            吸引了众多居民前来参观体验。
            ■摄影 熊丽鹏
            本报讯 日前，广陈社区邻里共享自治项目正式启动，项目利用红色物业阵地，布置共享角、格子铺。
            """);
        var article = Assert.Single(issue.Articles);
        Assert.Equal("标准再提升 形式再创新", article.Headline);
        Assert.Single(article.Captions);
        Assert.Equal<string>(["熊丽鹏"], article.Byline.Photographers);
        Assert.StartsWith("本报讯 日前", article.Paragraphs[0]);
    }

    [Fact]
    public void A_wrapped_caption_under_a_signed_story_is_its_caption_even_where_its_first_line_ends_mid_quote()
    {
        // The caption's first line ends inside a quotation, with nothing to close it: alone it looks like a headline.
        var issue = Parse.Text("""
            美国线上时代华纳董事长凯斯五月将辞职
            （法新社华盛顿十二日电）
            美国线上时代华纳董事长凯斯
            今晚宣布他将在五月辞职，他
            说，此举对公司而言是最好的。
            美国线上时代华纳公司的
            网路公司美国线上说，它预期
            二○○二年的广告与商业销售
            将由二○○一年的二十七亿美
            元减少到十五亿至十六亿美
            元。而销售总额将是八十八亿
            美元至九十亿美元，前一年为
            八十七亿一千八百万美元。
            （王
            平雨）
            另据报道，素瓦南已在泰国对记者发表谈话，否认自己曾经发表过“吴哥窟属
            于泰国”这样的言论。
            （本报记者范桂俊摄）
            """);
        var article = Assert.Single(issue.Articles);
        Assert.Equal("美国线上时代华纳董事长凯斯五月将辞职", article.Headline);
        Assert.Equal<string>(["另据报道，素瓦南已在泰国对记者发表谈话，否认自己曾经发表过“吴哥窟属于泰国”这样的言论。"], article.Captions);
        Assert.Equal<string>(["范桂俊"], article.Byline.Photographers);
    }

    [Fact]
    public void A_title_with_a_colon_over_a_wider_caption_stays_the_photos_title()
    {
        var issue = Parse.Text("""
            欧洲连日大雪多人死亡交通中断
            （法新社巴黎电）欧洲连日大雪，多国交通中断，至少十人死亡，各地政府呼吁民众减少出行。
            （林鹏）
            纽约时报：白宫研拟制裁北韩措施
            报导指出，五角大厦和国务院官员正在拟定制裁措施的详细计画，以便在北韩采取新措施时美
            国能随时作出回应。
            （本报记者马萍颖摄）
            """);
        Assert.Equal(2, issue.Articles.Length);
        var photo = issue.Articles[1];
        Assert.Equal(ArticleKind.Photo, photo.Kind);
        Assert.Equal("纽约时报：白宫研拟制裁北韩措施", photo.Headline);
        Assert.Equal<string>(["马萍颖"], photo.Byline.Photographers);
    }

    [Fact]
    public void A_caption_a_narrow_column_wrapped_into_five_lines_is_all_caption()
    {
        var issue = Parse.Text("""
            中智签订关于实施动植物卫生措施备忘录

            根据备忘录，中智双方将按照该协议的规则
            以及世界动物卫生组织、《国际植物保护公
            约》和食品法典委员会制订的标准，制订有
            关进出境动植物、动植物产品和食品检验检
            疫要求。（本报记者 叶磊瑞摄）
            """);
        var photo = Assert.Single(issue.Articles);
        Assert.Equal(ArticleKind.Photo, photo.Kind);
        Assert.Equal("中智签订关于实施动植物卫生措施备忘录", photo.Headline);
        Assert.Null(photo.Subheadline);
        Assert.StartsWith("根据备忘录，中智双方", Assert.Single(photo.Paragraphs));
        Assert.Equal<string>(["叶磊瑞"], photo.Byline.Photographers);
    }

    [Fact]
    public void A_short_text_a_dateline_opens_and_a_photo_credit_closes_is_photo_news()
    {
        var issue = Parse.Text("""
            我市开展新闻发言人培训

            ■记者 荣怡婷

            本报讯 昨天，我市举办新闻发言人培训班，各部门新闻发言人参加培训。会议要求，要端正学习态度，增强培训学习的思想自觉和行动自觉。

            第105期创新学堂 学习活动举行

            本报讯 昨晚，第105期创新学堂学习活动举行，重点学习投资、专项债、土地等
            相关内容。仲旭东、周军波、吴金华、何健等市领导参加。市委常委、常务副市
            长胡泓恬主持会议。
            ■摄影 胡杰杰
            """);
        Assert.Equal(2, issue.Articles.Length);
        var photo = issue.Articles[1];
        Assert.Equal(ArticleKind.Photo, photo.Kind);
        Assert.Equal("第105期创新学堂 学习活动举行", photo.Headline);
        Assert.StartsWith("本报讯 昨晚，第105期创新学堂", Assert.Single(photo.Paragraphs));
        Assert.False(photo.Truncated);
        Assert.Equal<string>(["胡杰杰"], photo.Byline.Photographers);
    }

    [Fact]
    public void Photo_news_under_its_title_is_photo_news_also_where_no_blank_line_sets_it_apart()
    {
        // As -raw extraction gives it: the story above, the photo's title and its text in one run of lines.
        var issue = Parse.Text("""
            我市开展新闻发言人培训
            ■记者 荣怡婷
            本报讯 昨天，我市举办新闻发言人培训班，各部门新闻发言
            人参加培训。会议要求，要端正学习态度，增强培训学习的
            思想自觉和行动自觉。
            第105期创新学堂学习活动
            举行
            本报讯 昨晚，第105期创新学堂学习活动举行，重点学习投资、专项债、土地等
            相关内容。仲旭东、周军波、吴金华、何健等市领导参加。市委常委、常务副市
            长胡泓恬主持会议。
            ■摄影 胡杰杰
            """);
        Assert.Equal(2, issue.Articles.Length);
        var photo = issue.Articles[1];
        Assert.Equal(ArticleKind.Photo, photo.Kind);
        Assert.StartsWith("本报讯 昨晚，第105期创新学堂", Assert.Single(photo.Paragraphs));
        Assert.Empty(photo.Captions);
        Assert.Equal<string>(["胡杰杰"], photo.Byline.Photographers);
    }

    [Fact]
    public void A_photo_item_on_a_short_page_under_its_folio_is_not_kept_with_the_folio_as_furniture()
    {
        // One run of six lines, under a hundred characters: the folio's date does not make it all masthead.
        var issue = Parse.Text("""
            2025年12月15日星期一 九版经济 平湖版
            创新突破六千争先勇夺“全年红”决胜“十四五”
            出席这次会议的市委委员23名，候补委员6名。
            ■摄影谢云
            文明健康 绿色环保
            责任编辑：袁军敏版面设计：田雨丽
            """);
        var photo = Assert.Single(issue.Articles);
        Assert.Equal(ArticleKind.Photo, photo.Kind);
        Assert.Equal("创新突破六千争先勇夺“全年红”决胜“十四五”", photo.Headline);
        Assert.Equal<string>(["谢云"], photo.Byline.Photographers);
        Assert.Contains(issue.Noise, n => n.Text.StartsWith("2025年12月15日", StringComparison.Ordinal));
    }

    [Fact]
    public void A_credit_whose_bracket_the_captions_last_line_broke_off_names_the_whole_photographer()
    {
        var issue = Parse.Text("""
            澳洲外长指北韩行为恶劣将无法取得更多援助
            北韩重新启用引人争议的核子设施，并驱逐联合国监测人员，
            显然旨在迫使国际间在援助和贸易上让步。澳洲
            是与北韩有邦交的少数国家之一。（本报记者 肖
            华霞摄）
            """);
        var photo = Assert.Single(issue.Articles);
        Assert.Equal<string>(["肖华霞"], photo.Byline.Photographers);
        Assert.EndsWith("少数国家之一。", Assert.Single(photo.Paragraphs));
    }

    [Fact]
    public void A_short_caption_whose_wrapped_lines_hold_no_punctuation_is_all_caption_under_its_title()
    {
        // Without blank lines, under a signed story; "《国际植物保护公" is a caption line with no mark in it.
        var issue = Parse.Text("""
            澳洲重新开放驻马尼拉大使馆
            （法新社马尼拉二日电）澳洲今天重新开放它驻菲律宾大使馆，七周前，该大使馆因所谓明确的恐怖分子攻击威胁而关闭。
            欧盟办事处与澳洲大使馆在同一建筑内。
            （龙瑞秀）
            中智签订关于实施动植
            物卫生措施备忘录
            根据备忘录，中智双方将按照该协议的规则
            以及世界动物卫生组织、
            《国际植物保护公
            约》和食品法典委员会制订的标准，制订有
            关进出境动植物、动植物产品和食品检验检
            疫要求。
            （本报记者叶磊瑞摄）
            """);
        Assert.Equal(2, issue.Articles.Length);
        var photo = issue.Articles[1];
        Assert.Equal(ArticleKind.Photo, photo.Kind);
        Assert.StartsWith("中智签订", photo.Headline);
        Assert.Equal<string>(["根据备忘录，中智双方将按照该协议的规则以及世界动物卫生组织、《国际植物保护公约》和食品法典委员会制订的标准，制订有关进出境动植物、动植物产品和食品检验检疫要求。"], photo.Paragraphs);
        Assert.Empty(photo.Captions);
        Assert.Equal<string>(["叶磊瑞"], photo.Byline.Photographers);
    }
}
