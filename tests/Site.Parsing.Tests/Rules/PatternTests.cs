using Site.Parsing.Rules;

namespace Site.Parsing.Tests.Rules;

/// <summary>A site.yml pattern asks for the plain text every match must hold before it runs; that text
/// must never make it miss a line the expression matches.</summary>
public class PatternTests
{
    [Theory]
    [InlineData("^扫一扫", "扫一扫", true)]
    [InlineData("联办$", "联办", false)]
    [InlineData("扫码(看|观看|收听|阅读)", "扫码", false)]
    [InlineData("(招生|咨询|服务)热线", "热线", false)]
    [InlineData(@"^\S{1,6}版$", "版", false)]
    [InlineData("^本栏目(被|荣)", "本栏目", true)]
    [InlineData("^地址[:：]", "地址", true)]
    [InlineData("公益广告?", "公益广", false)]
    public void The_text_every_match_holds_is_found(string pattern, string text, bool first) =>
        Assert.Equal((text, first), Pattern.RequiredText(pattern));

    [Theory]
    [InlineData("^(责任编辑|责编)[:：]?")]
    [InlineData("扫一扫|看视频")]
    [InlineData("(?i)daily")]
    [InlineData(@"\d+")]
    public void No_text_is_asked_for_where_the_pattern_guarantees_none(string pattern) =>
        Assert.Null(Pattern.RequiredText(pattern).Text);

    [Theory]
    [InlineData("^扫一扫", "扫一扫看视频", true)]
    [InlineData("^扫一扫", "请扫一扫", false)]
    [InlineData("(招生|咨询)热线", "咨询热线12345", true)]
    [InlineData("(招生|咨询)热线", "服务热线", false)]
    [InlineData(@"^\S{1,6}版$", "平湖版", true)]
    [InlineData(@"^\S{1,6}版$", "平湖", false)]
    [InlineData("公益广告?", "公益广", true)]
    [InlineData("(?i)daily", "JIAXING DAILY", true)]
    public void A_pattern_matches_as_its_expression_does(string pattern, string text, bool match) =>
        Assert.Equal(match, Pattern.Compile(pattern).IsMatch(text));
}
