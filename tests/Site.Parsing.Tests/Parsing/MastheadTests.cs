using Site.Parsing.Tests.Support;

namespace Site.Parsing.Tests.Parsing;

/// <summary>The edition facts a masthead states, checked against the calendar.</summary>
public class MastheadTests
{
    private const string Masthead = """
        平湖版

        嘉兴市新闻传媒中心 中共平湖市委 联办
        {0}
        {1} 总第5723期
        """;

    private static Model.ParsedIssue ParseMasthead(string dateLine, string lunarLine) =>
        Parse.Text(Masthead.Replace("{0}", dateLine, StringComparison.Ordinal).Replace("{1}", lunarLine, StringComparison.Ordinal));

    [Fact]
    public void The_masthead_states_date_weekday_lunar_date_issue_number_and_edition_name()
    {
        var issue = ParseMasthead("2025年8月4日 星期一", "农历乙巳年闰六月十一");
        Assert.Equal(new(new DateOnly(2025, 8, 4), "星期一", "农历乙巳年闰六月十一", 5723, "平湖版"), issue.Edition);
        Assert.Empty(issue.Warnings);
    }

    [Fact]
    public void A_weekday_that_disagrees_with_the_date_is_reported_with_its_line()
    {
        var issue = ParseMasthead("2025年8月4日 星期二", "农历乙巳年闰六月十一");
        var warning = Assert.Single(issue.Warnings);
        Assert.Equal(3, warning.Line);
        Assert.Contains("星期二", warning.Message);
        Assert.Contains("星期一", warning.Message);
    }

    [Fact]
    public void A_lunar_date_that_disagrees_with_the_date_is_reported()
    {
        var issue = ParseMasthead("2025年8月4日 星期一", "农历乙巳年六月十一");
        var warning = Assert.Single(issue.Warnings);
        Assert.Contains("农历乙巳年闰六月十一", warning.Message);
    }

    [Fact]
    public void A_date_that_does_not_exist_is_reported_and_left_out()
    {
        var issue = ParseMasthead("2025年2月30日 星期一", "农历乙巳年闰六月十一");
        Assert.Null(issue.Edition.Date);
        Assert.Contains(issue.Warnings, w => w.Message.Contains("does not exist", StringComparison.Ordinal));
    }

    [Fact]
    public void A_page_without_masthead_states_nothing()
    {
        var issue = Parse.Text("""
            我市开展新闻发言人培训

            记者 荣怡婷

            本报讯 2023年6月20日上午,我市新闻发言人培训会召开。
            """);
        Assert.Equal(Model.EditionInfo.Empty, issue.Edition);
    }

    [Fact]
    public void Pages_taken_together_keep_the_first_page_that_states_each_fact()
    {
        var first = new Model.EditionInfo(new DateOnly(2025, 8, 4), "星期一", "农历乙巳年闰六月十一", 5723, "平湖版");
        var later = new Model.EditionInfo(new DateOnly(2025, 8, 5), "星期二", "农历乙巳年闰六月十二", 5724, "嘉兴版");
        var ctor = typeof(Model.EditionInfo).GetConstructors().Single(c => c.GetParameters().Length > 1);
        // Every fact, found by reflection: one the first page states wins, one it does not comes from the later page.
        foreach (var fact in ctor.GetParameters())
        {
            var only = (Model.EditionInfo)ctor.Invoke([.. ctor.GetParameters().Select(p => p.Name == fact.Name ? Value(first, p.Name!) : null)]);
            var merged = Model.EditionInfo.Merge(only, later);
            foreach (var p in ctor.GetParameters())
                Assert.Equal(Value(p.Name == fact.Name ? first : later, p.Name!), Value(merged, p.Name!));
        }
        Assert.Equal(later, Model.EditionInfo.Merge(Model.EditionInfo.Empty, later));
        Assert.Equal(first, Model.EditionInfo.Merge(first, Model.EditionInfo.Empty));
    }

    private static object? Value(Model.EditionInfo facts, string name) => typeof(Model.EditionInfo).GetProperty(name)!.GetValue(facts);
}
