using System.Text;
using Site.Publishing.Views;

namespace Site.Publishing.Tests.Views;

/// <summary>Text on display: half-width punctuation in Chinese becomes full-width, and an excerpt is the
/// first characters of that, cut with an ellipsis.</summary>
public class DisplayTextTests
{
    [Theory]
    [InlineData("", "")]
    [InlineData("本报讯 近日,记者了解到:今年(1至7月)增长!", "本报讯 近日，记者了解到：今年（1至7月）增长！")]
    [InlineData("1,000 and U10, Latin (words)", "1,000 and U10, Latin (words)")]
    [InlineData("共1,000人;", "共1,000人；")]
    [InlineData("?好", "？好")]
    [InlineData("好?", "好？")]
    public void Half_width_punctuation_is_full_width_in_Chinese_text_only(string text, string expected) =>
        Assert.Equal(expected, Typography.Display(text));

    [Theory]
    [InlineData("一二三四五", 5, "一二三四五")]
    [InlineData("一二三四五六", 5, "一二三四五…")]
    [InlineData("一二三四,五六", 4, "一二三四…")]
    [InlineData("一二三四,五六", 5, "一二三四，…")]
    [InlineData("\uD840\uDC00\uD840\uDC01\uD840\uDC02", 2, "\uD840\uDC00\uD840\uDC01…")]
    [InlineData("\uD840\uDC00\uD840\uDC01", 2, "\uD840\uDC00\uD840\uDC01")]
    public void An_excerpt_counts_characters_not_code_units_and_marks_the_cut(string text, int length, string expected) =>
        Assert.Equal(expected, Labels.Excerpt(text, length));

    /// <summary>An excerpt only puts its first characters on display, not the whole paragraph: it must read
    /// as the whole paragraph's display form cut.</summary>
    [Fact]
    public void An_excerpt_is_the_display_form_of_the_whole_text_cut()
    {
        string[] pieces = ["本", "报", ",", ":", "(", ")", "!", "?", ";", "1", "a", " ", "，", "\uD840\uDC00"];
        var random = new Random(1201);
        for (var n = 0; n < 5_000; n++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 30)).Select(_ => pieces[random.Next(pieces.Length)]));
            var length = random.Next(1, 25);
            var runes = Typography.Display(text).EnumerateRunes().ToList();
            var expected = runes.Count <= length ? Typography.Display(text)
                : string.Concat(runes.Take(length).Select(r => r.ToString())) + "…";
            Assert.Equal(expected, Labels.Excerpt(text, length));
        }
    }
}
