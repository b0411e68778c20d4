using Site.Parsing.Layout;

namespace Site.Parsing.Tests.Layout;

/// <summary>How pdftotext -layout text shows a page's columns to a reader: a row holding one line of each
/// column, its pieces pushed right by the ones before them, and letter-spaced lines one glyph a cell.</summary>
public class ColumnGridTests
{
    [Fact]
    public void A_row_with_a_line_in_every_column_is_read_in_order_however_far_its_pieces_were_pushed()
    {
        // Three columns of nine glyphs. A line of eight pulls the rest of its row left, a letter-spaced line
        // and a short paragraph end push it right by half a column: no offset is each column's throughout.
        string[] rows =
        [
            "一二三四五六七八九 天地玄黄宇宙洪荒日 春眠不觉晓处处闻啼",
            "十百千万亿兆京垓 月盈昃辰宿列张寒来 鸟夜来风雨声花落知",
            "甲乙丙丁戊己庚辛壬 暑往秋收冬藏闰余成 多少床前明月光疑是",
            "果 早 见 成 效 。” 近 岁律吕调阳云腾致雨 地上霜举头望明月低",
            "子丑寅卯辰巳午未申 露结为霜金生丽水玉 头思故乡白日依山尽",
            "流。             出昆冈剑号巨阙珠称 黄河入海流欲穷千里",
        ];
        Assert.Equal(
        [
            "一二三四五六七八九", "十百千万亿兆京垓", "甲乙丙丁戊己庚辛壬", "果 早 见 成 效 。” 近", "子丑寅卯辰巳午未申", "流。",
            "天地玄黄宇宙洪荒日", "月盈昃辰宿列张寒来", "暑往秋收冬藏闰余成", "岁律吕调阳云腾致雨", "露结为霜金生丽水玉", "出昆冈剑号巨阙珠称",
            "春眠不觉晓处处闻啼", "鸟夜来风雨声花落知", "多少床前明月光疑是", "地上霜举头望明月低", "头思故乡白日依山尽", "黄河入海流欲穷千里",
        ], ColumnReader.Read(rows).ToArray());
    }

    [Fact]
    public void A_letter_spaced_line_marks_no_column_edge()
    {
        // A weather box beside three columns leaves too few full rows to count the columns by: the edges come
        // from where pieces start. The glyphs of the letter-spaced line, each a cell of its own, start
        // nowhere a column does, so the indented paragraph start in the second column stays in its column.
        string[] rows =
        [
            "一二三四五六七八九 天地玄黄宇宙洪荒日 春眠不觉晓处处闻啼          晴转多云",
            "果 早 见 成 效 。” 近",
            "甲乙丙丁戊己庚辛壬    “暑往秋收冬藏闰 多少床前明月光疑是",
            "子丑寅卯辰巳午未申 露结为霜金生丽水玉 头思故乡白日依山尽          东南风二",
            "流。",
        ];
        Assert.Equal(
        [
            "一二三四五六七八九", "果 早 见 成 效 。” 近", "甲乙丙丁戊己庚辛壬", "子丑寅卯辰巳午未申", "流。",
            "天地玄黄宇宙洪荒日", "“暑往秋收冬藏闰", "露结为霜金生丽水玉",
            "春眠不觉晓处处闻啼", "多少床前明月光疑是", "头思故乡白日依山尽",
            "晴转多云", "东南风二",
        ], ColumnReader.Read(rows).ToArray());
    }

    [Fact]
    public void A_column_line_one_space_after_a_dateline_word_starts_the_next_column()
    {
        // The lead's first line holds a space after 本报讯; the next column's full line, pushed one space after
        // it, is a column's line, not another word of the dateline.
        string[] rows =
        [
            "   本报讯 甲乙丙 一二三四五六七八九 天地玄黄宇宙洪荒日",
            "丁戊己庚辛壬癸子丑 十百千万亿兆京垓秭 月盈昃辰宿列张寒来",
            "寅卯辰巳午未申酉戌 春眠不觉晓处处闻啼 暑往秋收冬藏闰余成",
            "亥。       鸟夜来风雨声花落知 岁律吕调阳云腾致雨",
        ];
        Assert.Equal(
        [
            "本报讯 甲乙丙", "丁戊己庚辛壬癸子丑", "寅卯辰巳午未申酉戌", "亥。",
            "一二三四五六七八九", "十百千万亿兆京垓秭", "春眠不觉晓处处闻啼", "鸟夜来风雨声花落知",
            "天地玄黄宇宙洪荒日", "月盈昃辰宿列张寒来", "暑往秋收冬藏闰余成", "岁律吕调阳云腾致雨",
        ], ColumnReader.Read(rows).ToArray());
    }
}
