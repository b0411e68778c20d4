using System.Text;
using FsCheck.Xunit;
using Site.Parsing.Input;

namespace Site.Parsing.Tests.Input;

public class TextDecoderTests
{
    private static readonly Encoding Gb18030 = CodePagesEncodingProvider.Instance.GetEncoding(54936)!;
    private static readonly Encoding Gbk = CodePagesEncodingProvider.Instance.GetEncoding(936)!;
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];
    private static readonly byte[] Utf16LeBom = [0xFF, 0xFE];
    private static readonly byte[] Utf16BeBom = [0xFE, 0xFF];

    private const string News = "本报讯 近日,记者从市商务局了解到,今年1至7月\n■记者 林旭东\n";

    // As PDF extraction gives it: ideographic-space indents, CRLF line ends, a form feed between pages.
    private const string Page =
        "　　本报讯 近日,记者从市商务局了解到,今年1至7月,全市社会消费品零售总额同比增长一成。\r\n" +
        "　　■记者 林旭东\r\n\f" +
        "　　一年一度的“一县一品”展销会昨日开幕。𠮷\r\n";

    private static DecodedText Decoded(byte[] bytes)
    {
        var (text, failure) = TextDecoder.Decode(bytes);
        Assert.Null(failure);
        return Assert.IsType<DecodedText>(text);
    }

    private static string Failure(byte[] bytes)
    {
        var (text, failure) = TextDecoder.Decode(bytes);
        Assert.Null(text);
        return Assert.IsType<DecodeFailure>(failure).Message;
    }

    private static byte[] Join(params byte[][] parts) => parts.SelectMany(p => p).ToArray();

    private static byte[] Repeat(byte[] part, int times) => Enumerable.Repeat(part, times).SelectMany(p => p).ToArray();

    [Fact]
    public void Utf8_without_bom_is_decoded_as_utf8() =>
        Assert.Equal(new DecodedText(Page, "utf-8"), Decoded(Encoding.UTF8.GetBytes(Page)));

    [Fact]
    public void Utf8_with_bom_is_decoded_and_the_bom_dropped() =>
        Assert.Equal(new DecodedText(Page, "utf-8-bom"), Decoded(Join(Utf8Bom, Encoding.UTF8.GetBytes(Page))));

    [Fact]
    public void Utf16le_with_bom_is_decoded_and_the_bom_dropped() =>
        Assert.Equal(new DecodedText(Page, "utf-16le"), Decoded(Join(Utf16LeBom, Encoding.Unicode.GetBytes(Page))));

    [Fact]
    public void Utf16be_with_bom_is_decoded_and_the_bom_dropped() =>
        Assert.Equal(new DecodedText(Page, "utf-16be"), Decoded(Join(Utf16BeBom, Encoding.BigEndianUnicode.GetBytes(Page))));

    [Fact]
    public void Utf16le_without_bom_is_recognised_by_its_zero_bytes() =>
        Assert.Equal(new DecodedText(Page, "utf-16le"), Decoded(Encoding.Unicode.GetBytes(Page)));

    [Fact]
    public void Utf16be_without_bom_is_recognised_by_its_zero_bytes() =>
        Assert.Equal(new DecodedText(Page, "utf-16be"), Decoded(Encoding.BigEndianUnicode.GetBytes(Page)));

    // U+3000 and 一 (U+4E00) put their zero byte where ASCII's would be in the other byte order.
    [Theory]
    [InlineData("　　一年一度的“一县一品”展销会开幕。　　一一列举。\n", false)]
    [InlineData("　　一年一度的“一县一品”展销会开幕。　　一一列举。\n", true)]
    [InlineData("本报讯　近日，记者从市商务局了解到，今年前七个月全市社会消费品零售总额同比增长一成。", false)]
    [InlineData("本报讯　近日，记者从市商务局了解到，今年前七个月全市社会消费品零售总额同比增长一成。", true)]
    public void Utf16_without_bom_gets_the_right_byte_order_even_when_ideographic_spaces_outnumber_ascii(string text, bool bigEndian)
    {
        var encoding = bigEndian ? Encoding.BigEndianUnicode : Encoding.Unicode;
        Assert.Equal(new DecodedText(text, bigEndian ? "utf-16be" : "utf-16le"), Decoded(encoding.GetBytes(text)));
    }

    [Fact]
    public void Gbk_text_that_is_invalid_utf8_is_decoded_as_gb18030()
    {
        var bytes = Gbk.GetBytes(Page.Replace("𠮷", "")); // GBK has no supplementary characters
        Assert.ThrowsAny<DecoderFallbackException>(() => new UTF8Encoding(false, true).GetString(bytes));
        Assert.Equal(new DecodedText(Page.Replace("𠮷", ""), "gb18030"), Decoded(bytes));
    }

    [Fact]
    public void Gb18030_four_byte_sequences_are_decoded() =>
        Assert.Equal(new DecodedText(Page, "gb18030"), Decoded(Gb18030.GetBytes(Page)));

    [Fact]
    public void Utf8_whose_first_bytes_are_ascii_and_later_chinese_is_still_utf8()
    {
        var text = "Page 1 of 8  2025-08-04  " + new string('-', 20_000) + "\n" + News;
        Assert.Equal(new DecodedText(text, "utf-8"), Decoded(Encoding.UTF8.GetBytes(text)));
    }

    [Fact]
    public void Crlf_and_lone_cr_line_ends_are_kept_as_they_are()
    {
        const string text = "本报讯 近日\r\n记者 林旭东\r\r\n今年1至7月\r";
        Assert.Equal(text, Decoded(Encoding.UTF8.GetBytes(text)).Text);
        Assert.Equal(text, Decoded(Gb18030.GetBytes(text)).Text);
    }

    [Fact]
    public void Form_feeds_are_kept_as_page_breaks_however_many_there_are()
    {
        const string text = "第一版\f第二版\f第三版\f\f";
        Assert.Equal(text, Decoded(Encoding.UTF8.GetBytes(text)).Text);
        Assert.Equal(text, Decoded(Join(Utf16LeBom, Encoding.Unicode.GetBytes(text))).Text);
    }

    [Fact]
    public void An_empty_file_is_refused_as_empty() => Assert.Equal("the file is empty", Failure([]));

    [Fact]
    public void A_file_of_only_whitespace_is_refused_as_empty()
    {
        Assert.Equal("the file is empty", Failure(Encoding.UTF8.GetBytes("  \r\n\t\f　\n")));
        Assert.Equal("the file is empty", Failure(Join(Utf16LeBom, Encoding.Unicode.GetBytes("\r\n　"))));
        Assert.Equal("the file is empty", Failure(Gb18030.GetBytes("　　\r\n")));
    }

    [Fact]
    public void A_file_of_only_a_bom_is_refused_as_empty()
    {
        Assert.Equal("the file is empty", Failure(Utf8Bom));
        Assert.Equal("the file is empty", Failure(Utf16LeBom));
        Assert.Equal("the file is empty", Failure(Utf16BeBom));
    }

    [Fact]
    public void A_png_is_refused_as_binary_naming_its_first_nul_byte()
    {
        byte[] header = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52];
        var rest = new byte[512];
        new Random(7).NextBytes(rest);
        Assert.Equal("the file looks binary (NUL bytes at offset 8)", Failure(Join(header, rest)));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Random_bytes_are_refused_as_binary(int seed)
    {
        var bytes = new byte[4096];
        new Random(seed).NextBytes(bytes);
        Assert.StartsWith("the file looks binary (NUL bytes at offset ", Failure(bytes));
    }

    [Fact]
    public void Random_bytes_without_nuls_are_refused_as_binary_for_their_control_codes()
    {
        var bytes = new byte[4096];
        new Random(5).NextBytes(bytes);
        for (int i = 0; i < bytes.Length; i++) bytes[i] = bytes[i] == 0 ? (byte)1 : bytes[i];
        Assert.StartsWith("the file looks binary (control code 0x", Failure(bytes));
    }

    [Fact]
    public void A_nul_byte_in_utf8_text_makes_it_binary()
    {
        var text = Encoding.UTF8.GetBytes(News);
        Assert.Equal($"the file looks binary (NUL bytes at offset {text.Length * 3})",
            Failure(Join(Repeat(text, 3), [0], Repeat(text, 3), [0x41])));
        Assert.Equal($"the file looks binary (NUL bytes at offset {3 + text.Length})", Failure(Join(Utf8Bom, text, [0], text)));
    }

    [Fact]
    public void Text_where_control_codes_are_over_one_percent_is_refused_as_binary() =>
        Assert.Equal("the file looks binary (control code 0x01 at character 2; 1 of the 5 characters are control codes)",
            Failure(Encoding.UTF8.GetBytes("本报\u0001讯讯")));

    [Fact]
    public void A_stray_control_code_in_long_text_is_tolerated()
    {
        var text = string.Concat(Enumerable.Repeat(News, 5)) + "\u001B[0m" + News;
        Assert.Equal(text, Decoded(Encoding.UTF8.GetBytes(text)).Text);
    }

    [Fact]
    public void Bytes_valid_in_no_encoding_are_refused_naming_the_byte_and_its_offset()
    {
        var bytes = Join(Encoding.ASCII.GetBytes("Page 1 of the issue, 2025-08-04, columns"), [0xFF], Encoding.ASCII.GetBytes(" two"));
        Assert.Equal(40, Array.IndexOf(bytes, (byte)0xFF));
        Assert.Equal("the text is neither UTF-8, UTF-16, GB18030 nor Big5 (invalid byte 0xFF at offset 40 when read as UTF-8, and most of it is undecodable in each)", Failure(bytes));
    }

    [Fact]
    public void A_utf8_file_broken_late_is_read_with_the_broken_bytes_replaced_and_named()
    {
        var good = Encoding.UTF8.GetBytes(News);
        var decoded = Decoded(Join(good, [0xC3, 0x28], good));
        Assert.Equal(("utf-8", News + "\uFFFD(" + News), (decoded.EncodingName, decoded.Text));
        Assert.Equal<ReplacedBytes>([new ReplacedBytes(1, 3, 1, "0xC3", "UTF-8")], decoded.Replaced);
    }

    [Fact]
    public void A_gbk_file_broken_late_is_read_as_gb18030_with_the_broken_byte_named_even_far_into_a_large_file()
    {
        var good = Repeat(Gbk.GetBytes(News), 4000);
        Assert.True(good.Length > 200_000);
        var decoded = Decoded(Join(good, [0x80], Gbk.GetBytes(News)));
        Assert.Equal("gb18030", decoded.EncodingName);
        Assert.Equal<ReplacedBytes>([new ReplacedBytes(1, 8001, 1, "0x80", "GB18030")], decoded.Replaced);
    }

    [Fact]
    public void Utf8_with_a_bom_is_never_guessed_to_be_gb18030()
    {
        var gbk = Gbk.GetBytes(News);
        Assert.Equal($"the text is not valid UTF-8 although it starts with a UTF-8 byte order mark (invalid byte 0x{gbk[0]:X2} at offset 3)",
            Failure(Join(Utf8Bom, gbk)));
    }

    [Fact]
    public void Utf16_with_a_bom_and_an_unpaired_surrogate_is_refused_naming_its_offset()
    {
        var bytes = Join(Utf16LeBom, Encoding.Unicode.GetBytes("本报"), [0x3D, 0xD8], Encoding.Unicode.GetBytes("讯"));
        Assert.Equal("the text is not valid UTF-16LE (unpaired surrogate 0xD83D at offset 6)", Failure(bytes));
    }

    [Fact]
    public void Utf16_with_a_bom_and_an_odd_byte_count_is_refused_naming_the_stray_byte() =>
        Assert.Equal("the text is not valid UTF-16BE (stray final byte 0x41 at offset 6)",
            Failure(Join(Utf16BeBom, Encoding.BigEndianUnicode.GetBytes("本报"), [0x41])));

    private static readonly byte[][] Prefixes = [[], Utf8Bom, Utf16LeBom, Utf16BeBom, [0x84, 0x31, 0x95, 0x33]];

    [Property(MaxTest = 2000)]
    public bool Decode_never_throws_and_returns_exactly_one_of_text_or_failure(byte[] bytes, byte prefix)
    {
        var (text, failure) = TextDecoder.Decode(Join(Prefixes[prefix % Prefixes.Length], bytes ?? []));
        return text is null != failure is null;
    }

    [Property(MaxTest = 500)]
    public bool Text_without_control_codes_comes_back_unchanged_from_utf8_and_utf16(string? generated)
    {
        var text = Printable(generated ?? "");
        if (string.IsNullOrWhiteSpace(text)) return true;
        byte[][] files =
        [
            Encoding.UTF8.GetBytes(text),
            Join(Utf8Bom, Encoding.UTF8.GetBytes(text)),
            Join(Utf16LeBom, Encoding.Unicode.GetBytes(text)),
            Join(Utf16BeBom, Encoding.BigEndianUnicode.GetBytes(text)),
        ];
        return files.All(file => TextDecoder.Decode(file).Text?.Text == text);
    }

    // Drops what no text file can carry unambiguously: control codes, unpaired surrogates and
    // U+FEFF (which at the start of a BOM-less UTF-8 file is a BOM).
    private static string Printable(string s)
    {
        var kept = new StringBuilder();
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                kept.Append(s[i]).Append(s[++i]);
            else if (!char.IsSurrogate(s[i]) && s[i] != '\uFEFF' && (s[i] >= ' ' || s[i] is '\t' or '\n' or '\r' or '\f'))
                kept.Append(s[i]);
        }
        return kept.ToString();
    }
}
