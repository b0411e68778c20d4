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

    /// <summary>Sets <paramref name="text"/> from <paramref name="x"/> on a row: ideographs an em wide, figures
    /// half an em.</summary>
    private static void Place(List<Glyph> glyphs, string text, double x, int row)
    {
        var top = row * Size * 1.5;
        foreach (var c in text)
        {
            var width = char.IsAsciiDigit(c) ? Size / 2 : Size;
            glyphs.Add(new Glyph(c.ToString(), x, x + width, top, top + Size, top + Size * 0.88, Size));
            x += width;
        }
    }
}
