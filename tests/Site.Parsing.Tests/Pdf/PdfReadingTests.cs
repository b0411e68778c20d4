using Site.Parsing.Model;
using Site.Parsing.Pdf;
using Site.Parsing.Rules;
using Site.Testing;
using Site.Parsing;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Site.Parsing.Tests.Pdf;

/// <summary>Pages read from PDF by position (README.md here says how the fixture was made).</summary>
public sealed class PdfReadingTests
{
    private static readonly string Fixture = Path.Combine(Repo.Root, "tests", "Site.Parsing.Tests", "Pdf", "two-columns.pdf");

    /// <summary>The fixture read once for all the tests that only look at its parse (an immutable record).</summary>
    private static readonly Lazy<ParsedIssue> TwoRead = new(() => IssueFile.Parse(Fixture, ParserRules.Default));

    private static ParsedIssue Two() => TwoRead.Value;

    [Fact]
    public void Two_articles_side_by_side_are_read_each_whole_left_then_right()
    {
        var issue = Two();
        Assert.Equal(["全市夏粮收购进度过半", "老街改造工程开工"], issue.Articles.Select(a => a.Headline));
        var left = issue.Articles[0];
        Assert.Equal<string>(["王晓玉"], left.Byline.Reporters);
        Assert.Equal<string>(["李凤超"], left.Byline.Correspondents);
        Assert.Equal(new DateOnly(2025, 8, 5), issue.Edition.Date);
        Assert.Equal<string>(["汤智娟"], issue.Articles[1].Byline.Reporters);
    }

    [Fact]
    public void Paragraphs_are_cut_where_a_line_is_indented_and_joined_across_columns()
    {
        var left = Two().Articles[0];
        Assert.Equal<string>(
        [
            "本报讯 连日来，全市各收购点迎来售粮高峰，截至昨天，夏粮收购已完成全年计划的五成以上。",
            "市粮食部门增设临时收购点，延长收购时间，方便农户就近售粮，确保颗粒归仓。",
        ], left.Paragraphs);
    }

    [Fact]
    public void A_word_space_justification_stretched_is_not_a_gutter()
    {
        // "本报讯" and "昨天上" stand far apart on the narrow column's first line, a space glyph between them.
        Assert.StartsWith("本报讯 昨天上午，当湖街道", Two().Articles[1].Paragraphs[0]);
    }

    [Fact]
    public void A_kangxi_radical_glyph_is_read_as_the_character_it_prints()
    {
        // Chromium writes 户 with the radical ⼾, whose compatibility form is the traditional 戶.
        Assert.Contains("方便农户就近售粮", Two().Articles[0].Paragraphs[1]);
        Assert.Contains("老街商户照常营业", Two().Articles[1].Paragraphs[1]);
    }

    [Fact]
    public void Every_article_has_regions_inside_its_page_and_apart_from_the_others()
    {
        var issue = Two();
        var page = Assert.Single(issue.Printed);
        Assert.Equal(425.2, page.Width, 0.5);   // 150 mm
        Assert.Equal(340.2, page.Height, 0.5);  // 120 mm
        foreach (var a in issue.Articles)
        {
            Assert.NotEmpty(a.RegionsOrEmpty());
            Assert.All(a.RegionsOrEmpty(), r => Assert.True(r.X >= 0 && r.Y >= 0 && r.Right <= page.Width && r.Bottom <= page.Height, $"{a.Headline}: {r}"));
        }
        var (left, right) = (issue.Articles[0].RegionsOrEmpty(), issue.Articles[1].RegionsOrEmpty());
        Assert.True(left.Max(r => r.Right) < right.Min(r => r.X), "the left article's regions end before the right one's begin");
        // The headline's region is above the body's, and the body's two column parts stand side by side.
        Assert.True(left.Length >= 3, string.Join(", ", left));
        Assert.True(left[0].Bottom <= left[^1].Y + 0.1);
    }

    [Fact]
    public void The_text_the_parser_reads_is_the_blocks_in_reading_order()
    {
        var text = IssueFile.ReadText(Fixture);
        var order = new[] { "平湖日报", "全市夏粮收购进度过半", "■记者 王晓玉", "本报讯 连日来", "市粮食部门增设", "老街改造工程开工", "■记者 汤智娟", "工程计划年底前" }
            .Select(s => text.IndexOf(s, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, order);
        Assert.Equal(order.Order(), order);
    }

    [Fact]
    public void A_headline_in_display_type_over_the_rest_of_its_story_heads_the_whole_story_colon_and_all()
    {
        // The first column runs down the left; the headline (a colon in it, which text alone reads as a clause)
        // stands over the other two columns, which finish the story.
        var article = Assert.Single(IssueFile.Parse(Path.Combine(Repo.Root, "tests", "Site.Parsing.Tests", "Pdf", "headline-over-rest.pdf"), ParserRules.Default).Articles);
        Assert.Equal("纽约时报：白宫研拟制裁北韩措施", article.Headline);
        Assert.StartsWith("（法新社华盛顿电）", article.Paragraphs[0]);
        Assert.StartsWith("纽约时报报导指出", article.Paragraphs[3]);
        Assert.Equal<string>(["熊颖兰"], article.Byline.Authors);
    }

    [Fact]
    public void A_headline_and_a_subheadline_their_column_wrapped_are_one_line_each()
    {
        // Display type larger than the body wraps in a narrow column; so does a subheadline set in its own size.
        var article = Assert.Single(IssueFile.Parse(Path.Combine(Repo.Root, "tests", "Site.Parsing.Tests", "Pdf", "wrapped-headline.pdf"), ParserRules.Default).Articles);
        Assert.Null(article.Kicker);
        Assert.Equal("跑出加速度 拼抢下半场", article.Headline);
        Assert.Equal("——一论学习贯彻市委全会精神做好下半年工作", article.Subheadline);
        Assert.Equal(ArticleKind.Commentary, article.Kind);
    }

    [Fact]
    public void Display_type_spread_over_the_width_is_one_line_however_wide_its_letter_spacing()
    {
        // Justified to the full width, the subheadline's letter-spacing is wider than a column gutter.
        var article = Assert.Single(IssueFile.Parse(Path.Combine(Repo.Root, "tests", "Site.Parsing.Tests", "Pdf", "spaced-headline.pdf"), ParserRules.Default).Articles);
        Assert.Equal("城南老街改造完工", article.Headline);
        Assert.Equal("石板路修旧如旧，沿街商铺重新开张", article.Subheadline);
        Assert.Equal<string>(["林小雨"], article.Byline.Reporters);
        Assert.Equal(4, article.Paragraphs.Length);
    }

    [Fact]
    public void A_box_is_read_row_by_row_each_teaser_with_its_pointer()
    {
        // The pointers stand right-aligned under their titles: a stripe down the box would read every title
        // first and every pointer after.
        var issue = IssueFile.Parse(Path.Combine(Repo.Root, "tests", "Site.Parsing.Tests", "Pdf", "teaser-box.pdf"), ParserRules.Default);
        Assert.Equal(["老街改造工程开工", "西瓜灯节开幕", "夏粮收购进度过半"], issue.Articles.Select(a => a.Headline));
        Assert.Equal([3, 6, 4], issue.Articles.Select(a => a.SeePage ?? 0));
        Assert.All(issue.Articles, a => Assert.Equal(ArticleKind.Teaser, a.Kind));
    }

    [Fact]
    public void A_pdf_filed_under_a_text_name_is_still_read_as_a_pdf()
    {
        var copy = Path.Combine(Path.GetTempPath(), $"pdf-as-text-{Guid.NewGuid():N}.txt");
        File.Copy(Fixture, copy);
        try
        {
            Assert.Equal(2, IssueFile.Parse(copy, ParserRules.Default).Articles.Length);
        }
        finally
        {
            File.Delete(copy);
        }
    }

    [Fact]
    public void A_blank_page_is_a_warning_and_the_others_are_read()
    {
        var pdf = Merge(File.ReadAllBytes(Fixture), Build(_ => { }));
        var issue = PdfIssue.Parse(pdf, "two.pdf", ParserRules.Default);
        Assert.Equal(2, issue.Articles.Length);
        Assert.Contains(issue.Warnings, w => w.Page == 2 && w.Message.Contains("blank"));
        Assert.Equal(2, issue.Printed.Length);
    }

    [Fact]
    public void A_page_with_an_image_and_no_text_is_an_error_naming_the_page()
    {
        var pdf = Build(page => page.AddPng(Convert.FromBase64String(OnePixelPng), new PdfRectangle(50, 50, 300, 400)));
        var e = Assert.Throws<PdfReadException>(() => PdfIssue.Parse(pdf, "scan.pdf", ParserRules.Default));
        Assert.Contains("page 1", e.Message);
        Assert.Contains("no text layer", e.Message);
    }

    [Fact]
    public void A_file_that_is_not_a_pdf_is_an_error_naming_the_file()
    {
        var path = Path.Combine(Path.GetTempPath(), $"broken-{Guid.NewGuid():N}.pdf");
        File.WriteAllText(path, "%PDF-1.7 and then nothing");
        try
        {
            var e = Assert.Throws<IssueFileException>(() => IssueFile.Parse(path, ParserRules.Default));
            Assert.StartsWith(path + ": error page-file: not a readable PDF", e.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private const string OnePixelPng = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

    private static byte[] Build(Action<PdfPageBuilder> draw)
    {
        var builder = new PdfDocumentBuilder();
        draw(builder.AddPage(PageSize.A4));
        return builder.Build();
    }

    private static byte[] Merge(params byte[][] files) => PdfMerger.Merge(files);
}
