using Site.Publishing.Theming;

namespace Site.Publishing.Tests.Theming;

public class HtmlEscapeTests
{
    [Theory]
    [InlineData("", "")]
    [InlineData("本报讯 近日", "本报讯 近日")]
    [InlineData("<script>alert('x')</script>", "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")]
    [InlineData("A&B \"C\" 记者", "A&amp;B &quot;C&quot; 记者")]
    [InlineData("'\uD840\uDC00>", "&#39;\uD840\uDC00&gt;")]
    public void The_five_characters_that_matter_in_text_and_quoted_attributes_are_escaped_and_nothing_else_changes(string text, string expected) =>
        Assert.Equal(expected, HtmlEscape.Text(text));
}
