using Site.Parsing.Layout;

namespace Site.Parsing.Tests.Layout;

/// <summary>How pdftotext -layout text cuts a page into runs of rows at blank rows, and where its rows' order
/// is not the page's.</summary>
public class LayoutBlockTests
{
    [Fact]
    public void The_last_row_of_a_body_printed_after_the_headline_under_it_goes_back_to_its_columns()
    {
        // The headline under the body, in larger type, has its baseline above the body's last row.
        var text = string.Join('\n',
        [
            "一二三四五六七八九   天地玄黄宇宙洪荒日",
            "甲乙丙丁戊己庚辛壬   春眠不觉晓处处闻啼",
            "子丑寅卯辰巳午未申   鸟夜来风雨声花落知",
            "",
            "驻科特迪瓦法军遭袭击",
            "酉戌亥。             多少床前明月光。",
        ]);
        var blocks = BlockReader.Read(text).Single();
        Assert.Equal(2, blocks.Length);
        Assert.Equal(
        [
            "一二三四五六七八九", "甲乙丙丁戊己庚辛壬", "子丑寅卯辰巳午未申", "酉戌亥。",
            "天地玄黄宇宙洪荒日", "春眠不觉晓处处闻啼", "鸟夜来风雨声花落知", "多少床前明月光。",
        ], blocks[0].Lines.ToArray());
        Assert.Equal(["驻科特迪瓦法军遭袭击"], blocks[1].Lines.ToArray());
        Assert.Equal(5, blocks[1].Line);
    }

    [Fact]
    public void A_headline_over_a_body_of_several_rows_keeps_its_body()
    {
        var text = string.Join('\n',
        [
            "一二三四五六七八九   天地玄黄宇宙洪荒日",
            "甲乙丙丁戊己庚辛壬   春眠不觉晓处处闻啼",
            "子丑寅卯辰巳午未申   鸟夜来风雨声花落知",
            "",
            "驻科特迪瓦法军遭袭击",
            "酉戌亥金木水火土风   多少床前明月光疑是",
            "雨雷电。             地上霜。",
        ]);
        var blocks = BlockReader.Read(text).Single();
        Assert.Equal(2, blocks.Length);
        Assert.Equal(6, blocks[0].Lines.Length);
        Assert.Equal("驻科特迪瓦法军遭袭击", blocks[1].Lines[0]);
    }
}
