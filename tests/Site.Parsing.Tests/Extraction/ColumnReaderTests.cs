using Site.Parsing.Layout;
using Site.Parsing.Rules;

namespace Site.Parsing.Tests.Extraction;

/// <summary>Text laid out by position (pdftotext -layout): a row of the page on one line, so the lines of
/// side-by-side columns and articles run together, one space or a wide gap apart.</summary>
public class ColumnReaderTests
{
    // Three columns of one article; the first column's paragraph ends early (a gap follows it), the
    // others are pushed one space after the column before, as pdftotext prints full CJK lines.
    private static readonly string[] ThreeColumns =
    [
        "  本报讯 昨晚，仲旭东、周    “慈善爱心一日捐”活动是 则，发动全市范围内的党政机",
        "军波、吴金华、何健等市四套班 一项群众性大型公益活动，是广 关、企事业单位、社会团体以及",
        "子领导带头捐出善款，献上爱 大市民参与慈善的爱心平台。早 省、嘉兴市属在平企事业单位和",
        "心，用实际行动带领全市广大机 在2004年，我市第一次开展“慈 广大干部职工，将机关企事业单",
        "活动中来。          坚持“捐赠自愿、量力而行”原 位节约的一笔开支。",
    ];

    [Fact]
    public void Side_by_side_columns_on_one_line_are_read_column_by_column()
    {
        var lines = ColumnReader.Read(ThreeColumns);
        Assert.Equal(
        [
            "本报讯 昨晚，仲旭东、周", "军波、吴金华、何健等市四套班", "子领导带头捐出善款，献上爱",
            "心，用实际行动带领全市广大机", "活动中来。",
            "“慈善爱心一日捐”活动是", "一项群众性大型公益活动，是广", "大市民参与慈善的爱心平台。早",
            "在2004年，我市第一次开展“慈", "坚持“捐赠自愿、量力而行”原",
            "则，发动全市范围内的党政机", "关、企事业单位、社会团体以及", "省、嘉兴市属在平企事业单位和",
            "广大干部职工，将机关企事业单", "位节约的一笔开支。",
        ], lines.ToArray());
    }

    [Fact]
    public void A_byline_whose_words_stand_one_space_apart_stays_one_line()
    {
        // The byline row is pushed right of a weather box; its short words cross the body's column edges.
        string[] rows =
        [
            "今天阴，西南风2到4级，最高气温 ■记者 黄雨欣 通讯员 夏晓蕾 倪春军",
            "34℃，最低气温27℃。明天阴有阵",
            "雨。                 本报讯 在曹桥街道“5G智慧谷” 有限公司是固态硬盘行业的头部企",
            "                   内，数字经济的力量蓬勃发展。今年1 业，是一家成熟的集设计、研发、测",
            "                   到4月，街道数字经济核心产业增加值 试、销售为一体的综合性存储企业。",
            "                   增速25.6%，位列全市第一，1到5月 同源半导体作为数字经济新项目，是",
        ];
        var lines = ColumnReader.Read(rows);
        Assert.Contains("■记者 黄雨欣 通讯员 夏晓蕾 倪春军", lines);
        Assert.Equal("本报讯 在曹桥街道“5G智慧谷”", lines[lines.IndexOf("■记者 黄雨欣 通讯员 夏晓蕾 倪春军") + 1]);
    }

    [Fact]
    public void Every_character_of_a_laid_out_band_is_kept()
    {
        static string Letters(IEnumerable<string> lines) =>
            string.Concat(string.Concat(lines).Where(c => !char.IsWhiteSpace(c)).Order());
        Assert.Equal(Letters(ThreeColumns), Letters(ColumnReader.Read(ThreeColumns)));
    }

    [Fact]
    public void Flowing_text_is_not_taken_for_laid_out_text()
    {
        // Plain and raw extractions print single spaces only: their lines are never reordered.
        Assert.False(ColumnReader.IsLaidOut(["本报讯 昨晚，仲旭东、周 “慈善爱心一日捐”活动是 则，发动全市",
            "军波、吴金华、何健等市四套班 一项群众性大型公益活动，是广", "■记者 胡佳英"]));
        Assert.True(ColumnReader.IsLaidOut(ThreeColumns.Concat(["a   b", "c    d"]).ToArray()));
    }

    [Fact]
    public void Two_articles_side_by_side_in_layout_text_come_out_as_two_articles()
    {
        var raw = string.Join('\n',
        [
            "我市开展新闻发言人培训                 第105期创新学堂学习活动举行",
            "",
            "■记者 荣怡婷                        ■记者 胡佳英",
            "  本报讯 昨天上午，我市新 我市进一步做好新闻发布和舆论   本报讯 昨晚，第105期创新学 重点学习投资、专项债、土地",
            "闻发言人培训会召开。市委常 引导工作具有较强指导意义。      堂学习活动举行。             等相关内容。仲旭东、周军波",
            "委、宣传部长沈志凤出席会议并   沈志凤在讲话中指出，新闻   投资是拉动经济增长的重 等市领导参加。",
            "作培训动员讲话。       发言人培训旨在共同研究如何进 要动力。今年1至7月，全市完",
            "  此次培训邀请原浙江广电集 一步加强新闻宣传工作。     成固定资产投资220.56亿元。",
        ]);
        var issue = IssueParser.Parse(raw, "page.txt", ParserRules.Default);
        var bodies = issue.Articles.Select(a => string.Concat(a.Paragraphs)).ToArray();
        Assert.True(issue.Articles.Length == 2, string.Join(" / ", bodies));
        Assert.StartsWith("本报讯 昨天上午，我市新闻发言人培训会召开。", bodies[0]);
        Assert.Contains("我市进一步做好新闻发布和舆论引导工作具有较强指导意义。", bodies[0]);
        Assert.DoesNotContain("创新学", bodies[0]);
        Assert.StartsWith("本报讯 昨晚，第105期创新学堂学习活动举行。", bodies[1]);
        Assert.Contains("重点学习投资、专项债、土地等相关内容。", bodies[1]);
    }
}
