using Site.Parsing.Text;

namespace Site.Parsing.Tests.Parsing;

/// <summary>The character and token questions the parser asks of every character: their fast forms must
/// answer exactly as the library calls they replace.</summary>
public class TextPrimitiveTests
{
    [Fact]
    public void IsSpace_agrees_with_char_IsWhiteSpace_on_every_UTF16_code_unit()
    {
        for (var c = 0; c <= char.MaxValue; c++)
            Assert.True(Chars.IsSpace((char)c) == char.IsWhiteSpace((char)c), $"U+{c:X4}");
    }

    /// <summary>Each kind of white space a PDF extractor leaves (ideographic space, no-break space, tabs,
    /// thin spaces, line separators) at the ends, doubled, and alone.</summary>
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("本报讯")]
    [InlineData("本报讯 近日")]
    [InlineData(" 定 会 越 擦 越 ")]
    [InlineData("\u3000\u3000本报讯\u00A0近日\t记者\u2009了解到\u2028。\u3000")]
    [InlineData("a  b\r\n\u0085c\u202F\u205Fd\u1680e\u200Af\u3001g")]
    [InlineData("\uD840\uDC00 \uD840\uDC01")]
    public void Tokens_split_at_white_space_as_string_Split_does(string text) =>
        Assert.Equal(text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries), Tokens.Split(text));

    [Fact]
    public void Tokens_split_random_text_as_string_Split_does()
    {
        const string alphabet = "本报讯记者一、。 \u3000\u00A0\t\n\u2003a1（）";
        var random = new Random(20261201);
        for (var n = 0; n < 5_000; n++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 24)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            Assert.Equal(text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries), Tokens.Split(text));
        }
    }

    [Theory]
    [InlineData("一", true)]
    [InlineData("十一、", true)]
    [InlineData("（二）", true)]
    [InlineData(" （ 三 ） ", true)]
    [InlineData("((（一）))", true)]
    [InlineData("一二三", true)]
    [InlineData("一二三四", false)]     // four numerals: a figure, not a section number
    [InlineData("一、二", false)]       // two numbers
    [InlineData("（）", false)]
    [InlineData("", false)]
    [InlineData("第一", false)]
    [InlineData("一是加强领导。", false)]
    public void Section_numbers_are_one_to_three_numerals_in_brackets_or_before_a_comma(string text, bool expected) =>
        Assert.Equal(expected, TextShape.IsSectionNumber(text));

    [Theory]
    [InlineData("本报讯 近日", "本报讯近日")]
    [InlineData("本报讯近日", "本报讯近日")]
    [InlineData("\u3000定 会\t越\u00A0", "定会越")]
    [InlineData("   ", "")]
    public void Compact_removes_every_kind_of_white_space(string text, string expected) =>
        Assert.Equal(expected, TextShape.Compact(text));

    /// <summary>The share of a line's ideograph bigrams found in a body, against the definition: both texts'
    /// sets of adjacent ideograph pairs.</summary>
    [Fact]
    public void Bigram_overlap_is_the_share_of_the_line_s_ideograph_pairs_spaces_left_out_that_the_other_text_has()
    {
        const string alphabet = "本报讯记者一二三，。 a1\uD840\uDC00";
        var random = new Random(1201);
        static HashSet<(char, char)> Pairs(string t) =>
            [.. Enumerable.Range(1, Math.Max(0, t.Length - 1)).Where(i => Chars.IsIdeograph(t[i - 1]) && Chars.IsIdeograph(t[i])).Select(i => (t[i - 1], t[i]))];
        for (var n = 0; n < 3_000; n++)
        {
            string Text(int max) => new([.. Enumerable.Range(0, random.Next(0, max)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            var (line, body) = (Text(12), Text(60));
            var mine = Pairs(line.Replace(" ", ""));
            var expected = mine.Count == 0 ? 0 : (double)mine.Count(Pairs(body).Contains) / mine.Count;
            Assert.Equal(expected, TextShape.BigramOverlap(line, body));
        }
    }
}
