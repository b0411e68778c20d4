using System.Globalization;
using System.Text.RegularExpressions;
using Site.Parsing.Classify;
using Site.Parsing.Model;
using Site.Parsing.Text;

namespace Site.Parsing.Edition;

/// <summary>Reads the edition facts a masthead states, and checks the printed weekday and lunar date
/// against the Gregorian date.</summary>
public static partial class MastheadReader
{
    public static (EditionInfo Edition, List<ParseWarning> Warnings) Read(IEnumerable<ClassifiedBlock> blocks)
    {
        var edition = EditionInfo.Empty;
        var warnings = new List<ParseWarning>();
        foreach (var b in blocks)
        {
            if (b.Kind == BlockKind.EditionName)
            {
                edition = edition with { EditionName = edition.EditionName ?? TextShape.Compact(b.Text) };
                continue;
            }
            if (b.Kind != BlockKind.Masthead || edition.Date is not null) continue;
            var text = TextShape.Compact(b.Text);

            var date = Date().Match(text);
            if (date.Success)
            {
                var (y, m, d) = (Int(date.Groups[1].Value), Int(date.Groups[2].Value), Int(date.Groups[3].Value));
                if (m is >= 1 and <= 12 && d >= 1 && y is >= 1 and <= 9999 && d <= DateTime.DaysInMonth(y, m))
                    edition = edition with { Date = new DateOnly(y, m, d) };
                else warnings.Add(new(b.Block.Page, b.Block.Line, $"the masthead date {date.Value} does not exist"));
            }
            if (Weekday().Match(text) is { Success: true } weekday)
                edition = edition with { Weekday = weekday.Value.Replace("星期天", "星期日", StringComparison.Ordinal) };
            if (Lunar().Match(text) is { Success: true } lunar) edition = edition with { LunarDate = lunar.Value };
            if (Issue().Match(text) is { Success: true } issue && int.TryParse(issue.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
                edition = edition with { IssueNumber = n };
            warnings.AddRange(Check(edition, b));
        }
        return (edition, warnings);
    }

    private static IEnumerable<ParseWarning> Check(EditionInfo edition, ClassifiedBlock b)
    {
        if (edition.Date is not { } date) yield break;
        if (edition.Weekday is { } printed && printed != ChineseDate.Weekday(date))
            yield return new(b.Block.Page, b.Block.Line,
                $"the masthead says {printed}, but {date:yyyy-MM-dd} is a {ChineseDate.Weekday(date)}");
        if (edition.LunarDate is { } lunar && InCalendarRange(date) && lunar != ChineseDate.LunarDate(date))
            yield return new(b.Block.Page, b.Block.Line,
                $"the masthead says {lunar}, but {date:yyyy-MM-dd} is {ChineseDate.LunarDate(date)}");
    }

    private static bool InCalendarRange(DateOnly date) =>
        date >= new DateOnly(1901, 2, 19) && date <= new DateOnly(2101, 1, 28);

    private static int Int(string s) => int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(\d{4})年(\d{1,2})月(\d{1,2})日")]
    private static partial Regex Date();

    [GeneratedRegex("星期[一二三四五六日天]")]
    private static partial Regex Weekday();

    [GeneratedRegex(@"农历[^\s总星期]{4,12}?(?:[初十廿三][一二三四五六七八九十]|初十|二十|三十)")]
    private static partial Regex Lunar();

    [GeneratedRegex(@"总第(\d+)期")]
    private static partial Regex Issue();
}
