using System.Reflection;
using Site.Parsing.Model;

namespace Site.Parsing.Tests.Parsing;

/// <summary>The parser's reasons for noise are a closed set, each printed by its own name.</summary>
public class NoiseReasonTests
{
    /// <summary>Every reason there is: the set is closed, so these are the record's static fields.</summary>
    private static readonly List<(string Field, NoiseReason Reason)> All =
    [
        .. typeof(NoiseReason).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(NoiseReason))
            .Select(f => (f.Name, (NoiseReason)f.GetValue(null)!)),
    ];

    [Fact]
    public void Every_reason_has_a_printed_name_of_its_own()
    {
        Assert.True(All.Count >= 20, $"only {All.Count} reasons found");
        foreach (var (field, reason) in All)
        {
            Assert.False(string.IsNullOrWhiteSpace(reason.Name), $"{field} has no name");
            Assert.Equal(reason.Name, reason.ToString());
            Assert.Equal(reason.Name.Trim(), reason.Name);
        }
        var shared = All.GroupBy(r => r.Reason.Name).Where(g => g.Count() > 1).Select(g => $"{g.Key}: {string.Join(", ", g.Select(r => r.Field))}");
        Assert.Empty(shared);
    }

    [Fact]
    public void No_reason_can_be_made_outside_the_set()
    {
        Assert.All(typeof(NoiseReason).GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance),
            c => Assert.False(c.IsPublic || c.IsFamily || c.IsAssembly || c.IsFamilyOrAssembly, $"{c} can make a reason outside the set"));
        Assert.All(typeof(NoiseReason).GetProperties(), p => Assert.Null(p.SetMethod));
    }

    [Fact]
    public void The_summary_prints_each_block_with_its_reasons_name()
    {
        var issue = Tests.Support.Parse.Text("""
            平湖发布 今平湖客户端

            平湖版

            嘉兴市新闻传媒中心 中共平湖市委 联办
            2025年8月4日 星期一
            """);
        Assert.Equal<string>(["noise rule in site.yml", "edition name", "masthead"], issue.Noise.Select(n => $"{n.Reason}"));
    }
}
