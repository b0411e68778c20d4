using Site.Parsing.Layout;
using Site.Parsing.Model;
using Site.Parsing.Pdf;
using Site.Parsing.Rules;

namespace Site.Parsing.Tests.Pdf;

/// <summary>The text the PDF reader hands the parser, and what it says beside the text.</summary>
public class PageTextTests
{
    private const double Body = 9;

    [Fact]
    public void Display_type_lines_are_numbered_as_the_parser_numbers_the_text_across_pages()
    {
        // Page one: a headline and two indented paragraphs (blank lines between); page two after a form feed:
        // a headline over a body. The parser counts lines from the text's start, a form feed starting none.
        var one = new List<PrintedBlock>
        {
            Block(["全市夏粮收购进度过半"], 16, [false]),
            Block(["本报讯 近日，全市夏粮收购", "进度过半，入库质量良好。", "各收购点延长时间。"], Body, [true, false, true]),
        };
        var two = new List<PrintedBlock>
        {
            Block(["纽约时报：白宫研拟制裁北韩措施"], 15, [false]),
            Block(["纽约时报报导指出，与此同时，", "许多美国官员担心。"], Body, [false, false]),
        };

        var text = PageText.Compose([(one, Body), (two, Body)]);

        var blocks = BlockReader.Read(text.Text).SelectMany(p => p).ToList();
        var numbered = blocks.Where(b => text.DisplayLines.Contains(b.Line)).Select(b => b.Text).ToList();
        Assert.Equal(["全市夏粮收购进度过半", "纽约时报：白宫研拟制裁北韩措施"], numbered);
        Assert.Equal(2, text.DisplayLines.Count);
    }

    [Fact]
    public void A_subheadline_in_body_size_that_its_column_wrapped_is_one_line_under_kicker_and_headline()
    {
        // Kicker, headline and a subheadline set in body size over two lines: four lines of title, of which the
        // last two are one block of the PDF, so one subheadline, and the kicker is not pushed off the title.
        var page = new List<PrintedBlock>
        {
            Block(["市委十五届七次全体（扩大）会议召开"], 11, [false]),
            Block(["创新突破 六千争先 勇夺“全年红”"], 18, [false]),
            Block(["仲旭东代表市委常委会作报告 周军波传达嘉兴市", "委全会精神"], Body, [false, false]),
            Block(["记者 胡佳英"], Body, [false]),
            Block(["本报讯 8月1日下午，市委十五届七次全体（扩大）会议召开。", "市委常委会主持会议。市委书记仲旭东讲话，市长周军波传达", "嘉兴市委九届七次全体（扩大）会议精神，勇夺全年红。"], Body, [true, false, false]),
        };
        var text = PageText.Compose([(page, Body)]);

        var article = Assert.Single(IssueParser.Parse(text.Text, "page.pdf", ParserRules.Default, text.DisplayLines).Articles);

        Assert.Equal("市委十五届七次全体（扩大）会议召开", article.Kicker);
        Assert.Equal("创新突破 六千争先 勇夺“全年红”", article.Headline);
        Assert.Equal("仲旭东代表市委常委会作报告 周军波传达嘉兴市委全会精神", article.Subheadline);
    }

    [Fact]
    public void A_name_in_body_type_under_a_headline_signs_the_piece_on_a_page_that_labels_its_bylines()
    {
        // In text alone a bare name on such a page is taken for a display line; the PDF shows it set in body type,
        // smaller than any title.
        var page = new List<PrintedBlock>
        {
            Block(["让现代社区成为百姓幸福家园"], 18, [false]),
            Block(["言成声"], Body, [false]),
            Block(["近日召开的全省现代社区建设工作推进会，公布了", "我省第一批现代社区名单，钟埭社区榜上有名。"], Body, [true, false]),
            Block(["我市两家物流企业党组织获省级荣誉"], 18, [false]),
            Block(["■记者 黄雨欣 通讯员 纪亚千"], Body, [false]),
            Block(["本报讯 近日，2022年度全省交通运输行业党建", "示范点名单公布，我市两家物流企业党组织获评。"], Body, [true, false]),
        };
        var text = PageText.Compose([(page, Body)]);

        var articles = IssueParser.Parse(text.Text, "page.pdf", ParserRules.Default, text.DisplayLines).Articles;

        Assert.Equal(2, articles.Length);
        Assert.Null(articles[0].Subheadline);
        Assert.Equal<string>(["言成声"], articles[0].Byline.Authors);
    }

    [Fact]
    public void A_photo_items_text_set_as_one_block_over_its_credit_is_all_caption()
    {
        // Under its title, the photo's text and its credit are one block of the PDF. Walking back from the credit
        // by sentences stopped at a wrapped line without punctuation and left the rest as a news story's body.
        var page = new List<PrintedBlock>
        {
            Block(["让每一件提案都落地有声"], 18, [false]),
            Block([
                "明湖科创区自谋划建设以来备受全市人", "民关注。在今年的市政协十四届二次会", "议期间，农工党平湖市基层委提交了",
                "《关于加快明湖科创区建设的建议》", "提案，由市人民政府交由城投集团主办。", "在收到提案后，城投集团高度重视，第",
                "一时间会同相关单位共同成立了“市十", "四届政协二次会议第8号提案办理工作", "小组”，制订了办理方案，规范重点提",
                "案办理流程。", "■摄影 武海倩",
            ], Body, [true, false, false, false, false, false, false, false, false, false, false]),
        };
        var text = PageText.Compose([(page, Body)]);

        var article = Assert.Single(IssueParser.Parse(text.Text, "page.pdf", ParserRules.Default, text.DisplayLines).Articles);

        Assert.Equal(ArticleKind.Photo, article.Kind);
        Assert.Equal("让每一件提案都落地有声", article.Headline);
        Assert.Single(article.Paragraphs);
        Assert.Empty(article.Captions);
        Assert.Equal<string>(["武海倩"], article.Byline.Photographers);
    }

    [Fact]
    public void A_column_label_in_a_box_of_its_own_over_a_headline_is_not_the_title()
    {
        // "国际视点" on a dark ground over the headline: the text alone shows a short line whose words the body uses
        // (国际), so it passed for the headline with the headline as subheadline. The box sets it apart.
        var page = new List<PrintedBlock>
        {
            Block(["国际视点"], Body, [false]) with { Boxed = true },
            Block(["中国公民赴马耳他埃及旅游首发团将于3月底启程"], 16, [false]),
            Block(["新华社北京2月22日电（记者 钱春弦）记者22日获悉，中国公民赴马", "耳他、埃及旅游首发团将于3月底启程，国际旅游市场看好。"], Body, [true, false]),
        };
        var text = PageText.Compose([(page, Body)]);

        var issue = IssueParser.Parse(text.Text, "page.pdf", ParserRules.Default, text.DisplayLines, text.LabelLines);

        var article = Assert.Single(issue.Articles);
        Assert.Equal("中国公民赴马耳他埃及旅游首发团将于3月底启程", article.Headline);
        Assert.Null(article.Kicker);
        Assert.Null(article.Subheadline);
        Assert.Contains(issue.Noise, n => n.Text == "国际视点");
    }

    [Fact]
    public void A_kicker_set_into_the_body_goes_with_the_headline_and_byline_printed_under_the_story()
    {
        // The headline and byline stand under the story; the kicker over them spans two columns and, read column
        // by column, falls mid-sentence. The column before it stops a character short: "态。" could not start a line.
        var page = new List<PrintedBlock>
        {
            Block(["本报讯 近日，《平湖市加力推动跨", "境电商高质量发展实施方案》出台，", "引导企业在平湖国（平湖）童车工业", "城等专业市场都尝试开拓跨境新业"], Body, [true, false, false, false]),
            Block(["到2027年，实现30亿元以上出口规模"], 13, [false]),
            Block(["态。深化与抖音、京东等平台的联系，", "拓展海外市场。实施方案自8月28日", "起正式施行，有效期至2027年12月。"], Body, [false, false, false]),
            Block(["我市加力推动跨境电商高质量发展"], 18, [false]),
            Block(["记者 林旭东 通讯员 吴慧婷"], Body, [false]),
            Block(["责任编辑：冯雨慧 版面设计：钟辉建"], Body, [false]),
        };
        var text = PageText.Compose([(page, Body)]);

        var article = Assert.Single(IssueParser.Parse(text.Text, "page.pdf", ParserRules.Default, text.DisplayLines).Articles);

        Assert.Equal("到2027年，实现30亿元以上出口规模", article.Kicker);
        Assert.Equal("我市加力推动跨境电商高质量发展", article.Headline);
        Assert.Equal<string>(["林旭东"], article.Byline.Reporters);
        Assert.Contains("开拓跨境新业态。深化", Assert.Single(article.Paragraphs));
    }

    [Fact]
    public void A_column_line_that_reads_like_a_publishers_line_inside_a_paragraph_stays_in_it()
    {
        // "江省文化和旅游厅主办" has the shape of a publisher's line (…主办); in the middle of a paragraph the PDF
        // set as one block it is the sentence's.
        var page = new List<PrintedBlock>
        {
            Block(["广陈文创产品获省银奖"], 18, [false]),
            Block(["本报讯 近日，在浙", "江省文化和旅游厅主办", "的2023“浙派好礼”文", "创产品评选大赛中获奖。"], Body, [true, false, false, false]),
        };
        var text = PageText.Compose([(page, Body)]);

        var issue = IssueParser.Parse(text.Text, "page.pdf", ParserRules.Default, text.DisplayLines);

        Assert.Contains("在浙江省文化和旅游厅主办的2023", Assert.Single(Assert.Single(issue.Articles).Paragraphs));
        Assert.Empty(issue.Noise);
    }

    private static PrintedBlock Block(string[] lines, double size, bool[] starts)
    {
        var printed = lines.Select((t, i) => new PrintedLine(t, new PageRegion(0, i * size * 1.5, t.Length * size, size), size)).ToList();
        return new PrintedBlock(printed, starts, PageRegion.Around(printed.Select(l => l.Box)), size);
    }
}
