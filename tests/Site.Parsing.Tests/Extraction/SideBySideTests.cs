using Site.Parsing.Rules;
using Site.Parsing.Segmentation;

namespace Site.Parsing.Tests.Extraction;

/// <summary>pdftotext's default mode runs the lines of columns set close together into one line, one space
/// apart: each column's part is read as its own line, the line is reported, and lines that only look
/// alike (a headline's two phrases, a spaced dateline) stay whole.</summary>
public class SideBySideTests
{
    [Fact]
    public void Three_columns_run_together_on_one_line_are_cut_into_their_lines()
    {
        Assert.Equal(["军波、吴金华、何健等市四套班", "一项群众性大型公益活动，是广", "关、企事业单位、社会团体以及"],
            SideBySide.Parts("军波、吴金华、何健等市四套班 一项群众性大型公益活动，是广 关、企事业单位、社会团体以及") ?? []);
    }

    [Fact]
    public void A_short_word_stays_with_the_column_line_it_opens()
    {
        Assert.Equal(["本报讯 昨晚，仲旭东、周军波等", "“慈善爱心一日捐”活动是一项群"],
            SideBySide.Parts("本报讯 昨晚，仲旭东、周军波等 “慈善爱心一日捐”活动是一项群") ?? []);
    }

    [Theory]
    [InlineData("仲旭东代表市委常委会作报告 周军波传达嘉兴市委全会精神")]   // a subheadline's two phrases
    [InlineData("新华社安卡拉1月28日电（记者 郑金发 怀成波）以“中土人民共庆")] // spaces inside the dateline
    [InlineData("新华社华盛顿2月15日电 体重不足的早产儿一般智力发育迟缓，")]   // the space after a dateline
    [InlineData("王江泾镇收村安置房项目建设现场 秀洲区王江泾镇人民政府供图")]   // a caption and its credit
    [InlineData("■记者 黄雨欣 通讯员 夏晓蕾 倪春军")]
    public void One_columns_line_with_spaces_in_it_stays_whole(string line) =>
        Assert.Null(SideBySide.Parts(line));

    [Fact]
    public void A_page_with_columns_run_together_says_which_lines()
    {
        var raw = string.Join('\n',
        [
            "我市开展新闻发言人培训",
            "■记者 荣怡婷",
            "本报讯 昨天上午，我市新闻发言人培训会召开。市委常",
            "委、宣传部长沈志凤出席会议并作 此次培训邀请原浙江广电集团民生",
            "培训动员讲话。",
        ]);
        var issue = IssueParser.Parse(raw, "page.txt", ParserRules.Default);
        var warning = Assert.Single(issue.Warnings, w => w.Message.Contains("side by side", StringComparison.Ordinal));
        Assert.Equal(4, warning.Line);
        Assert.DoesNotContain(issue.Articles.SelectMany(a => a.Paragraphs), p => p.Contains("并作 此次", StringComparison.Ordinal));
    }
}
