using System.Collections.Immutable;
using Site.Parsing.Model;
using Site.Parsing.Pdf;

namespace Site.Parsing.Tests.Pdf;

/// <summary>Which article each printed line is given to, on small pages built in code: the lines the PDF reader
/// finds (blocks in reading order, each line's box) and the articles as the parser made them.</summary>
public sealed class RegionMapperTests
{
    private const double Label = 7.6;
    private const double Title = 10.4;
    private const double Body = 9;

    [Fact]
    public void A_section_label_printed_before_two_headlines_goes_with_the_article_each_starts()
    {
        // A 导读 column, each row a label and a headline beside it: 要闻, then 要闻 again. The second 要闻 is read
        // right after the first article's headline, whose text holds 要闻 too, and stands right under the first
        // 要闻; the parser starts the second article at it.
        var page = Page(
            Block(Label, Line("要闻", 40, 100, 16)),
            Block(Title, Line("全市夏粮收购进度过半", 60, 98, 104)),
            Block(Label, Line("要闻", 40, 118, 16)),
            Block(Title, Line("老街改造工程开工", 60, 116, 84)));
        var first = News("要闻", "全市夏粮收购进度过半", line: 1);
        var second = News("要闻", "老街改造工程开工", line: 5);

        var mapped = RegionMapper.Attach([first, second], page);

        Assert.Equal<PageRegion>([new PageRegion(40, 100, 16, Label), new PageRegion(60, 98, 104, Title)], mapped[0].RegionsOrEmpty());
        Assert.Equal<PageRegion>([new PageRegion(40, 118, 16, Label), new PageRegion(60, 116, 84, Title)], mapped[1].RegionsOrEmpty());
    }

    [Fact]
    public void A_section_label_goes_with_the_headline_right_under_it_when_the_parser_starts_the_article_elsewhere()
    {
        // Two articles one over the other in a column, each under the label 经济; the parser starts the second at
        // its headline (the label read as its kicker afterwards), so only the page tells whose label it is: the
        // second's headline stands right under it, the first article's last line a wider white above.
        var page = Page(
            Block(Label, Line("经济", 40, 100, 16)),
            Block(Title, Line("全市夏粮收购进度过半", 40, 112, 104)),
            Block(Body, Line("夏粮收购已完成全年计划的", 40, 128, 108), Line("五成以上，经济运行平稳。", 40, 141, 108)),
            Block(Label, Line("经济", 40, 168, 16)),
            Block(Title, Line("老街改造工程开工", 40, 180, 84)),
            Block(Body, Line("工程计划年底前完工。", 40, 196, 90)));
        var first = News("经济", "全市夏粮收购进度过半", line: 1, "夏粮收购已完成全年计划的五成以上，经济运行平稳。");
        var second = News("经济", "老街改造工程开工", line: 10, "工程计划年底前完工。");

        var mapped = RegionMapper.Attach([first, second], page);

        Assert.Contains(new PageRegion(40, 168, 16, Label), mapped[1].RegionsOrEmpty());
        Assert.DoesNotContain(mapped[0].RegionsOrEmpty(), r => r.Y >= 168);
    }

    [Fact]
    public void A_short_line_two_articles_hold_goes_with_its_blocks_lines_not_with_the_article_read_before()
    {
        // The second article's column part opens with the last line of a paragraph carried over, 品。, and the
        // first article, read just before it, ends with 品。 too.
        var page = Page(
            Block(Title, Line("首届浙派好礼评选揭晓", 250, 60, 104)),
            Block(Body, Line("荣获旅游纪念主题类银奖，是我市唯一获奖的作", 40, 100, 190), Line("品。", 40, 113, 18)),
            Block(Body, Line("品。", 250, 100, 18), Line("据了解，首届“浙派好礼”", 250, 113, 108)));
        var first = News(null, null, line: 3, "荣获旅游纪念主题类银奖，是我市唯一获奖的作品。");
        var second = News(null, "首届浙派好礼评选揭晓", line: 1, "等近百件精品文创产品。", "据了解，首届“浙派好礼”");

        var mapped = RegionMapper.Attach([first, second], page);

        Assert.Equal<PageRegion>([new PageRegion(250, 60, 104, Title), new PageRegion(250, 100, 108, 13 + Body)], mapped[1].RegionsOrEmpty());
        Assert.Equal<PageRegion>([new PageRegion(40, 100, 190, 13 + Body)], mapped[0].RegionsOrEmpty());
    }

    [Fact]
    public void A_line_no_article_holds_goes_with_its_blocks_nearest_line_also_when_it_opens_the_block()
    {
        // The parser dropped the block's first line (its text is no article's); the lines under it are the
        // second article's, the line read before it the first's.
        var page = Page(
            Block(Body, Line("夏粮收购进度过半。", 40, 100, 90)),
            Block(Body, Line("（上接第一版）", 250, 100, 70), Line("老街改造工程开工，", 250, 113, 90), Line("计划年底前完工。", 250, 126, 80)));
        var first = News(null, "全市夏粮", line: 1, "夏粮收购进度过半。");
        var second = News(null, null, line: 3, "老街改造工程开工，计划年底前完工。");

        var mapped = RegionMapper.Attach([first, second], page);

        Assert.Equal<PageRegion>([new PageRegion(250, 100, 90, 26 + Body)], mapped[1].RegionsOrEmpty());
        Assert.Equal<PageRegion>([new PageRegion(40, 100, 90, Body)], mapped[0].RegionsOrEmpty());
    }

    [Fact]
    public void A_line_one_article_holds_is_that_articles_wherever_it_stands()
    {
        // A headline spanning two columns over its body, read after another article's column: its own rectangle.
        var page = Page(
            Block(Body, Line("夏粮收购进度过半。", 40, 300, 90)),
            Block(Title, Line("老街改造工程开工", 40, 100, 300)),
            Block(Body, Line("工程计划年底前完工。", 40, 130, 90)));
        var first = News(null, null, line: 1, "夏粮收购进度过半。");
        var second = News(null, "老街改造工程开工", line: 3, "工程计划年底前完工。");

        var mapped = RegionMapper.Attach([first, second], page);

        Assert.Equal<PageRegion>([new PageRegion(40, 100, 300, Title), new PageRegion(40, 130, 90, Body)], mapped[1].RegionsOrEmpty());
    }

    private static PrintedLine Line(string text, double x, double y, double width) => new(text, new PageRegion(x, y, width, 0), 0);

    /// <summary>A block of lines of one size (each line as tall as its type), its paragraphs not indented.</summary>
    private static PrintedBlock Block(double size, params PrintedLine[] lines)
    {
        var sized = lines.Select(l => l with { Box = l.Box with { Height = size }, Size = size }).ToList();
        return new PrintedBlock(sized, [.. sized.Select(_ => false)], PageRegion.Around(sized.Select(l => l.Box)), size);
    }

    private static PageText Page(params PrintedBlock[] blocks) => PageText.Compose([(blocks, DisplayType.MostLinesSize(blocks.SelectMany(b => b.Lines)))]);

    private static Article News(string? kicker, string? headline, int line, params string[] paragraphs) =>
        new(ArticleKind.News, kicker, headline, null, Byline.Empty, [.. paragraphs], [], false, 1, line, []);
}
