using System.Text;
using Site.Publishing.Search;

namespace Site.Publishing.Tests.Search;

public class PostingCodeTests
{
    private static string Encode(params int[] values)
    {
        var sb = new StringBuilder();
        foreach (var v in values) PostingCode.Append(sb, v);
        return sb.ToString();
    }

    [Theory]
    [InlineData(0, "0")]
    [InlineData(31, "v")]
    [InlineData(32, "x0")]
    [InlineData(256, "E0")]
    [InlineData(1024, "xw0")]
    public void A_number_is_five_bits_a_character_the_last_one_final(int value, string code) =>
        Assert.Equal(code, Encode(value));

    [Fact]
    public void Numbers_round_trip_and_need_no_separator()
    {
        int[] values = [0, 1, 31, 32, 33, 255, 256, 1023, 1024, 65535, 1 << 20, int.MaxValue];
        Assert.Equal(values, PostingCode.Decode(Encode(values)));
    }

    [Fact]
    public void Small_numbers_take_one_character_each() => Assert.Equal(5, Encode(1, 2, 3, 4, 31).Length);

    [Fact]
    public void Digits_need_no_escaping_in_json() =>
        Assert.All(PostingCode.Final + PostingCode.More, c => Assert.True(char.IsAsciiLetterOrDigit(c) || c is '-' or '_'));

    [Fact]
    public void A_code_cut_inside_a_number_is_refused() =>
        Assert.Throws<FormatException>(() => PostingCode.Decode("x"));

    [Fact]
    public void Negative_numbers_are_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Encode(-1));

    [Fact]
    public void Writing_into_bytes_gives_the_same_digits_and_the_measured_length()
    {
        int[] values = [0, 1, 31, 32, 1023, 1024, 65535, int.MaxValue];
        var bytes = new byte[values.Sum(PostingCode.Length)];
        var at = 0;
        foreach (var v in values) at = PostingCode.Write(bytes, at, v);
        Assert.Equal(bytes.Length, at);
        Assert.Equal(Encode(values), Encoding.ASCII.GetString(bytes));
    }

    [Fact]
    public void Every_number_of_bits_is_measured_and_written_as_it_is_spelled()
    {
        // Each side of every power of two: where a number needs one more digit, and where it does not.
        int[] values = [.. Enumerable.Range(0, 31).SelectMany(b => new[] { (1 << b) - 1, 1 << b, (1 << b) + 1 }).Append(int.MaxValue).Where(v => v >= 0)];
        foreach (var v in values)
        {
            var spelled = Encode(v);
            Assert.Equal(spelled.Length, PostingCode.Length(v));
            var bytes = new byte[spelled.Length + 1];
            Assert.Equal(1 + spelled.Length, PostingCode.Write(bytes, 1, v));
            Assert.Equal(spelled, Encoding.ASCII.GetString(bytes, 1, spelled.Length));
        }
    }
}
