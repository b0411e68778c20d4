using Site.Parsing.Model;
using Site.Parsing.Pdf;

namespace Site.Parsing.Tests.Pdf;

/// <summary>The order the PDF reader hands a page's blocks to the parser.</summary>
public class ReadingOrderTests
{
    private const double Body = 9;

    [Fact]
    public void A_label_on_a_dark_ground_inside_a_frame_is_read_first_in_the_frame()
    {
        // A commentary in a frame: its column label sits in a filled box at the frame's top left, the headline
        // and two columns under it. As a box of its own the label came after the whole frame it overlaps.
        var label = Block("本报评论", x: 52, y: 52, size: Body);
        var headline = Block("跑出“加速度” 拼抢下半场", x: 52, y: 68, size: 18);
        var left = Block("上周五，市委十五届七次全体会议召开。", x: 52, y: 95, size: Body);
        var right = Block("行至半山，更应快马加鞭。", x: 200, y: 95, size: Body);
        var frame = new PageRegion(50, 50, 300, 80);
        var labelGround = new PageRegion(51, 51, 40, 12);

        var order = ReadingOrder.Sort([headline, right, label, left], [frame, labelGround], Body);

        Assert.Equal(["本报评论", "跑出“加速度” 拼抢下半场", "上周五，市委十五届七次全体会议召开。", "行至半山，更应快马加鞭。"],
            order.Select(b => b.Lines[0].Text));
    }

    [Fact]
    public void A_line_a_box_holds_on_its_own_is_marked_boxed()
    {
        var label = Block("国际视点", x: 52, y: 52, size: Body);
        var headline = Block("中国公民赴马耳他埃及旅游首发团将于3月底启程", x: 52, y: 68, size: 16);

        var order = ReadingOrder.Sort([label, headline], [new PageRegion(51, 51, 40, 12)], Body);

        Assert.Equal([true, false], order.Select(b => b.Boxed));
    }

    private static PrintedBlock Block(string text, double x, double y, double size)
    {
        var line = new PrintedLine(text, new PageRegion(x, y, Math.Min(text.Length * size, 140), size), size);
        return new PrintedBlock([line], [false], line.Box, size);
    }
}
