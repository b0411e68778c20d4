using System.Text;
using Site.Parsing.Input;
using Site.Testing;
using Site.Parsing;

namespace Site.Parsing.Tests.Input;

/// <summary>Which encoding a raw page is in, judged by what the text says: real bytes of Chinese text in each
/// encoding a maintainer may be sent, made here from Chinese text.</summary>
public sealed class EncodingDetectionTests : IDisposable
{
    private static readonly Encoding Gb18030 = CodePagesEncodingProvider.Instance.GetEncoding(54936)!;
    private static readonly Encoding Big5 = CodePagesEncodingProvider.Instance.GetEncoding(950, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)!;
    private static readonly Encoding ShiftJis = CodePagesEncodingProvider.Instance.GetEncoding(932)!;
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    private readonly string folder = Directory.CreateTempSubdirectory("site-encoding-").FullName;

    /// <summary>A page as a Hong Kong or Taiwan paper would send it: traditional characters.</summary>
    private const string Traditional =
        "平湖舉辦第三屆農民豐收節\n\n記者　林旭東\n\n" +
        "　　本報訊　近日，記者從市商務局了解到，今年一至七月，全市社會消費品零售總額同比增長一成。\n" +
        "　　來自各鎮街道的農戶帶來了西瓜、葡萄和大米等特色農產品，市民們紛紛前來選購，現場氣氛熱烈。\n" +
        "　　「我們希望通過這樣的活動，讓更多人了解本地的好東西。」主辦方負責人說。\n";

    private static string[] Seeds() => [.. Directory.GetFiles(Path.Combine(Repo.Root, "seeds"), "*.txt").Order(StringComparer.Ordinal)];

    private static string[] SampleInput() =>
        [.. Directory.GetFiles(Path.Combine(Repo.Root, "input", "issues"), "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal)];

    private static DecodedText Decoded(byte[] bytes)
    {
        var (text, failure) = TextDecoder.Decode(bytes);
        Assert.True(failure is null, failure?.Message);
        return text!;
    }

    private static string Failure(byte[] bytes)
    {
        var (text, failure) = TextDecoder.Decode(bytes);
        Assert.Null(text);
        return failure!.Message;
    }

    [Fact]
    public void The_seeds_and_the_sample_input_read_as_before_in_every_unicode_encoding_and_in_gb18030()
    {
        foreach (var path in Seeds().Concat(SampleInput()))
        {
            var bytes = File.ReadAllBytes(path);
            var text = Encoding.UTF8.GetString(bytes);
            var utf8 = Decoded(bytes);
            Assert.Equal((text, "utf-8"), (utf8.Text, utf8.EncodingName));
            Assert.Empty(utf8.Replaced);
            Assert.Equal(text, Decoded(Encoding.Unicode.GetBytes(text)).Text);
            Assert.Equal(text, Decoded(Encoding.BigEndianUnicode.GetBytes(text)).Text);
            var gb = Decoded(Gb18030.GetBytes(text));
            Assert.Equal((text, "gb18030"), (gb.Text, gb.EncodingName));
            // With a margin: a real page is nearly all common characters.
            Assert.True(ChineseText.CommonShare(text) > 0.97, $"{path}: {ChineseText.CommonShare(text):P1}");
        }
    }

    [Fact]
    public void Big5_text_is_read_as_big5_not_as_the_gb18030_garbage_its_bytes_also_decode_to()
    {
        var bytes = Big5.GetBytes(Traditional);
        Assert.NotNull(TryStrictGb18030(bytes));   // the trap: every byte pair is valid GB18030
        var decoded = Decoded(bytes);
        Assert.Equal((Traditional, "big5"), (decoded.Text, decoded.EncodingName));
        Assert.Empty(decoded.Replaced);
    }

    [Fact]
    public void Gb18030_text_is_not_taken_for_big5_though_its_bytes_decode_as_big5_too()
    {
        var text = File.ReadAllText(Seeds()[4]);
        var decoded = Decoded(Gb18030.GetBytes(text));
        Assert.Equal("gb18030", decoded.EncodingName);
        Assert.True(ChineseText.CommonShare(LenientBig5(Gb18030.GetBytes(text))) < 0.7);
    }

    [Fact]
    public void Shift_jis_is_refused_as_not_chinese_in_any_encoding_we_read()
    {
        var text = File.ReadAllText(Seeds()[4]);
        var message = Failure(ShiftJis.GetBytes(text));
        Assert.StartsWith("the text does not read as Chinese in UTF-8, UTF-16, GB18030 or Big5: read as ", message, StringComparison.Ordinal);
        Assert.Contains("save it as UTF-8", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Chinese_text_saved_as_latin1_is_refused_for_its_question_marks()
    {
        var message = Failure(Encoding.Latin1.GetBytes(File.ReadAllText(Seeds()[4])));
        Assert.Matches(@"^\d+ of the text's \d+ characters are question marks: it was saved in an encoding that has no Chinese characters", message);
    }

    [Fact]
    public void Utf8_read_as_windows_1252_and_saved_again_is_refused_saying_what_it_reads_undone()
    {
        var spoiled = Windows1252.GetString(Encoding.UTF8.GetBytes("本报讯 近日，记者从市商务局了解到，今年1至7月全市社会消费品零售总额同比增长。\n"));
        Assert.DoesNotContain(spoiled, c => c is >= '\u4E00' and <= '\u9FFF');
        var message = Failure(Encoding.UTF8.GetBytes(spoiled));
        Assert.Equal("the text is UTF-8 that was read as Latin-1 (or Windows-1252) and saved as UTF-8 again: undone, it reads "
                     + "\"本报讯 近日，记者从市商务局了解到，今年1至7月…\"; convert it back (iconv -f utf-8 -t windows-1252) and add it again", message);
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("gb18030")]
    [InlineData("big5")]
    public void A_page_with_a_few_undecodable_bytes_is_parsed_and_each_one_named_by_line_and_column(string encoding)
    {
        var (text, encode, label, damage) = encoding switch
        {
            "utf-8" => (File.ReadAllText(Seeds()[4]), (Func<string, byte[]>)Encoding.UTF8.GetBytes, "UTF-8", (byte)0xFF),
            "gb18030" => (File.ReadAllText(Seeds()[4]), Gb18030.GetBytes, "GB18030", (byte)0xFF),
            _ => (Traditional, Big5.GetBytes, "Big5", (byte)0xA1),   // a lead byte with no second byte
        };
        var lines = text.Split('\n');
        // A byte no reading takes at the end of line 3 and of line 5.
        var damaged = string.Join('\n', lines.Select((l, i) => i is 2 or 4 ? l + "\u0001" : l));
        var bytes = encode(damaged).Select(b => b == 0x01 ? damage : b).ToArray();
        var path = Path.Combine(folder, "01.txt");
        File.WriteAllBytes(path, bytes);

        var issue = IssueFile.Parse(path, Repo.Rules);
        Assert.Equal(
            [(3, $"column {lines[2].Length + 1}: the byte 0x{damage:X2} could not be read as {label} and stands in the text as \uFFFD"),
             (5, $"column {lines[4].Length + 1}: the byte 0x{damage:X2} could not be read as {label} and stands in the text as \uFFFD")],
            issue.Warnings.Where(w => w.Message.Contains("could not be read", StringComparison.Ordinal)).Select(w => (w.Line, w.Message)));
        Assert.NotEmpty(issue.Articles);
    }

    [Fact]
    public void A_page_that_is_mostly_undecodable_is_refused_naming_the_file()
    {
        var bytes = Encoding.UTF8.GetBytes("第一版\n").Concat(Enumerable.Repeat((byte)0xFF, 40)).Concat(Encoding.UTF8.GetBytes("\n本报讯\n")).ToArray();
        var path = Path.Combine(folder, "01.txt");
        File.WriteAllBytes(path, bytes);
        var e = Assert.Throws<IssueFileException>(() => IssueFile.Parse(path, Repo.Rules));
        var diagnostic = Assert.Single(e.Diagnostics);
        Assert.Equal(path, diagnostic.File);
        Assert.StartsWith("the text is neither UTF-8, UTF-16, GB18030 nor Big5 (invalid byte 0xFF at offset 10 when read as UTF-8, and most of it is undecodable in each)", diagnostic.Message, StringComparison.Ordinal);
    }

    private static string? TryStrictGb18030(byte[] bytes)
    {
        try
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(54936, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)!.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static string LenientBig5(byte[] bytes) => CodePagesEncodingProvider.Instance.GetEncoding(950)!.GetString(bytes);

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
