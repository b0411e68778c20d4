using Site.Parsing.Edition;
using Site.Testing;

namespace Site.Parsing.Tests.Edition;

/// <summary>The page number (and name) a page's masthead states, as <c>site add</c> reads it.</summary>
public class PageLabelTests
{
    private static PageLabel? Read(string masthead) =>
        PageLabel.Read(IssueParser.Parse($"{masthead}\n\n市里召开会议\n\n本报讯 昨天，市里召开了会议。会议强调，要把工作做好。\n", "p.txt", Repo.Rules));

    [Theory]
    [InlineData("2025年8月4日 星期一 第02版 综合", 2, "综合")]
    [InlineData("2025年8月4日 星期一\n第三版：经济", 3, "经济")]
    [InlineData("第12版 星期一 2025年8月4日", 12, null)]
    [InlineData("2025年8月4日 星期一 第01版", 1, null)]
    public void The_masthead_states_the_page_number_and_name(string masthead, int number, string? name) =>
        Assert.Equal(new PageLabel(number, name), Read(masthead));

    [Theory]
    [InlineData("2025年8月4日 星期一 第 0 2 版 综 合", 2, "综合")]
    [InlineData("第 1 2 版 ： 经 济 2025年8月4日", 12, "经济")]
    [InlineData("2025年8月4日 第 三 版 星 期 一", 3, null)]
    [InlineData("第 0 1 版 2025年8月4日 星期一", 1, null)]
    public void A_letter_spaced_masthead_states_the_page_number_and_name(string masthead, int number, string? name) =>
        Assert.Equal(new PageLabel(number, name), Read(masthead));

    [Theory]
    [InlineData("2025年8月4日 星期一 农历乙巳年闰六月十一 总第5723期")]
    [InlineData("2025年8月4日 星期一 详见 第4版")]
    [InlineData("2025年8月4日 星期一 详 见 第 4 版")]
    [InlineData("2025年8月4日 第 0 版")]
    public void A_masthead_without_a_page_label_states_none(string masthead) => Assert.Null(Read(masthead));

    [Fact]
    public void The_sample_page_states_no_page_number() =>
        Assert.Null(PageLabel.Read(IssueParser.Parse(Repo.Seed("004"), "004.txt", Repo.Rules)));
}
