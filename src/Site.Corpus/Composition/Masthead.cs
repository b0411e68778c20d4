using System.Globalization;
using Site.Parsing.Edition;

namespace Site.Corpus.Composition;

/// <summary>The top of page 1, as seed 004 prints it.</summary>
public static class Masthead
{
    /// <summary>Seed 004's masthead says 2025-08-04 is 总第5723期; numbering other days from it keeps a
    /// generated edition of that day consistent with the real one.</summary>
    private static readonly DateOnly AnchorDate = new(2025, 8, 4);
    private const int AnchorIssue = 5723;

    public const string Apps = "平湖发布 今平湖客户端";
    public const string EditionName = "平湖版";

    /// <summary>The issue number of the first edition of a corpus starting on <paramref name="start"/>;
    /// one more every day after. Never below 1, for corpora that start long before the anchor.</summary>
    public static int FirstIssue(DateOnly start) => Math.Max(1, AnchorIssue + start.DayNumber - AnchorDate.DayNumber);

    public static string Block(DateOnly date, int issue) => string.Create(CultureInfo.InvariantCulture,
        $"嘉兴市新闻传媒中心 中共平湖市委 联办\n{date.Year}年{date.Month}月{date.Day}日 {ChineseDate.Weekday(date)}\n{ChineseDate.LunarDate(date)} 总第{issue}期");
}
