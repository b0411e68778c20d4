using Site.Parsing.Pdf;

namespace Site.Parsing.Tests.Pdf;

/// <summary>Glyphs to printed lines, on glyphs placed by hand where a fixture PDF cannot place them.</summary>
public class LineBuilderTests
{
    private const double Size = 9;

    [Fact]
    public void A_quoted_figure_run_over_its_columns_end_leaves_the_next_column_its_own_line()
    {
        // Two columns of nine-point type, a one-em gutter; on the fourth row the first column's "“618”" ran on
        // into the gutter (a figure the line could not break), leaving a sliver of white before the second column.
        var glyphs = new List<Glyph>();
        string[] left = ["节点，积极参与各类", "直播促销活动，期间", "销售额超过了三千万", "元。新的节点“618”", "期间销售额再创新高"];
        string[] right = ["资源对接会等线上线", "下八场电商活动，累", "计参与人数三百余人", "次。在跨境电商方面", "已完成跨境电商培训"];
        for (var row = 0; row < left.Length; row++)
        {
            Place(glyphs, left[row], 0, row);
            Place(glyphs, right[row], 10 * Size, row);
        }

        var lines = LineBuilder.Build(glyphs);

        Assert.Equal(10, lines.Count);
        Assert.Contains(lines, l => l.Text == "元。新的节点“618”");
        Assert.Contains(lines, l => l.Text == "次。在跨境电商方面");
    }

    [Fact]
    public void A_datelines_bracket_hung_over_its_columns_end_leaves_the_next_columns_line_its_own()
    {
        // A gutter of one and a half ems; the dateline's reporter name, after a word space, ends in a closing
        // bracket the column could not push down, so it hangs into the gutter, short of the next column.
        var glyphs = new List<Glyph>();
        string[] left = ["新华社联合国2月", "1日电（记者 郭立军）", "法国常驻联合国代", "表团向安理会成员", "非正式散发了一份", "关于强化核查的建"];
        string[] right = ["法国建议短期内将", "现阶段在伊执行武器", "查任务的正式人员增", "加一倍，此后再逐步", "增加核查人员的人数", "并最终达到目前的三"];
        for (var row = 0; row < left.Length; row++)
        {
            Place(glyphs, left[row], row == 0 ? 2 * Size : 0, row);
            Place(glyphs, right[row], row == 0 ? 12.5 * Size : 10.5 * Size, row);
        }

        var lines = LineBuilder.Build(glyphs);

        Assert.Equal(12, lines.Count);
        Assert.Contains(lines, l => l.Text == "1日电（记者 郭立军）");
        Assert.Contains(lines, l => l.Text == "现阶段在伊执行武器");
    }

    [Fact]
    public void Names_a_word_space_parts_stay_one_line_where_one_starts_at_a_columns_edge()
    {
        // A byline set across two columns: its last name happens to start where the second column does,
        // but what follows it is no column's line.
        var glyphs = new List<Glyph>();
        string[] left = ["节点，积极参与各类", "直播促销活动，期间", "销售额超过了三千万", "元。新的节点再创新"];
        string[] right = ["资源对接会等线上线", "下八场电商活动，累", "计参与人数三百余人", "次。在跨境电商方面"];
        for (var row = 0; row < left.Length; row++)
        {
            Place(glyphs, left[row], 0, row);
            Place(glyphs, right[row], 10 * Size, row);
        }
        // The word space before the last name is a narrow glyph and white, as justification stretched it.
        Place(glyphs, "■记者 林旭东 通讯员", 0, left.Length);
        var top = left.Length * Size * 1.5;
        glyphs.Add(new Glyph(" ", 87, 88, top, top + Size, top + Size * 0.88, Size));
        Place(glyphs, "吴慧婷", 10 * Size, left.Length);

        var lines = LineBuilder.Build(glyphs);

        Assert.Contains(lines, l => l.Text == "■记者 林旭东 通讯员 吴慧婷");
    }

    /// <summary>Sets <paramref name="text"/> from <paramref name="x"/> on a row: ideographs an em wide, figures
    /// half an em.</summary>
    private static void Place(List<Glyph> glyphs, string text, double x, int row)
    {
        var top = row * Size * 1.5;
        foreach (var c in text)
        {
            var width = char.IsAsciiDigit(c) ? Size / 2 : c == ' ' ? Size / 3 : Size;
            glyphs.Add(new Glyph(c.ToString(), x, x + width, top, top + Size, top + Size * 0.88, Size));
            x += width;
        }
    }
}
