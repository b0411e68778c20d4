using System.Globalization;
using System.Text.RegularExpressions;
using Site.Parsing.Edition;

namespace Site.Parsing.Tests.Edition;

public class ChineseDateTests
{
    private const string Stems = "甲乙丙丁戊己庚辛壬癸";
    private const string Branches = "子丑寅卯辰巳午未申酉戌亥";
    private static readonly DateOnly First = new(1901, 2, 19);
    private static readonly DateOnly Last = new(2101, 1, 28);

    private static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2025-08-04", "星期一")]
    [InlineData("2025-08-05", "星期二")]
    [InlineData("2025-08-06", "星期三")]
    [InlineData("2025-08-07", "星期四")]
    [InlineData("2025-08-08", "星期五")]
    [InlineData("2025-08-09", "星期六")]
    [InlineData("2025-08-10", "星期日")]
    [InlineData("2022-08-22", "星期一")]
    public void Weekday_is_named_xingqi_with_sunday_as_xingqiri(string date, string expected) =>
        Assert.Equal(expected, ChineseDate.Weekday(Day(date)));

    [Fact]
    public void Weekday_needs_no_lunar_calendar_so_any_date_works()
    {
        Assert.Equal("星期一", ChineseDate.Weekday(new DateOnly(1900, 1, 1)));
        Assert.Equal("星期一", ChineseDate.Weekday(DateOnly.MinValue));
    }

    [Theory]
    [InlineData("2024-02-10", "农历甲辰年正月初一")] // Spring Festival 2024
    [InlineData("2025-01-29", "农历乙巳年正月初一")] // Spring Festival 2025
    [InlineData("2022-08-22", "农历壬寅年七月廿五")]
    [InlineData("1901-02-19", "农历辛丑年正月初一")] // the first day the calendar knows
    public void Lunar_date_is_nongli_then_stem_branch_year_then_month_and_day(string date, string expected) =>
        Assert.Equal(expected, ChineseDate.LunarDate(Day(date)));

    [Theory]
    [InlineData("2025-08-04", "农历乙巳年闰六月十一")]
    [InlineData("2023-03-22", "农历癸卯年闰二月初一")]
    [InlineData("2020-05-23", "农历庚子年闰四月初一")]
    [InlineData("2033-12-22", "农历癸丑年闰十一月初一")] // the "2033 problem": the leap month follows the eleventh
    public void A_leap_month_takes_the_name_of_the_month_it_repeats_prefixed_run(string date, string expected) =>
        Assert.Equal(expected, ChineseDate.LunarDate(Day(date)));

    [Theory]
    [InlineData("2025-08-23", "农历乙巳年七月初一")]
    [InlineData("2023-04-20", "农历癸卯年三月初一")]
    [InlineData("2034-01-20", "农历癸丑年十二月初一")]
    public void Months_after_a_leap_month_keep_their_own_names(string date, string expected) =>
        Assert.Equal(expected, ChineseDate.LunarDate(Day(date)));

    [Theory]
    [InlineData("2024-12-01", "农历甲辰年十一月初一")]
    [InlineData("2025-01-28", "农历甲辰年十二月廿九")] // New Year's Eve, in a 29-day twelfth month
    public void The_eleventh_and_twelfth_months_are_shiyiyue_and_shieryue_not_dongyue_and_layue(string date, string expected) =>
        Assert.Equal(expected, ChineseDate.LunarDate(Day(date)));

    [Theory]
    [InlineData("2024-02-19", "农历甲辰年正月初十")]
    [InlineData("2024-02-20", "农历甲辰年正月十一")]
    [InlineData("2024-02-29", "农历甲辰年正月二十")]
    [InlineData("2024-03-01", "农历甲辰年正月廿一")]
    [InlineData("2024-03-09", "农历甲辰年正月廿九")]
    [InlineData("2024-02-09", "农历癸卯年十二月三十")] // New Year's Eve, in a 30-day twelfth month
    public void Days_are_named_chu_shi_ershi_nian_and_sanshi(string date, string expected) =>
        Assert.Equal(expected, ChineseDate.LunarDate(Day(date)));

    [Theory]
    [InlineData("1901-02-18")]
    [InlineData("2101-01-29")]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    public void Dates_outside_the_calendars_range_are_refused_with_the_range_named(string date)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => ChineseDate.LunarDate(Day(date)));
        Assert.Contains("1901-02-19", e.Message);
        Assert.Contains("2101-01-28", e.Message);
    }

    [Fact]
    public void The_last_day_the_calendar_knows_still_formats() =>
        Assert.StartsWith("农历庚申年十二月", ChineseDate.LunarDate(Last));

    [Fact]
    public void Every_day_from_1901_to_2100_formats_as_a_well_formed_lunar_date()
    {
        var shape = new Regex(
            $"^农历[{Stems}][{Branches}]年闰?(正|二|三|四|五|六|七|八|九|十|十一|十二)月(初[一二三四五六七八九十]|十[一二三四五六七八九]|二十|廿[一二三四五六七八九]|三十)$");
        var misshapen = new List<string>();
        for (var day = First; day <= new DateOnly(2100, 12, 31); day = day.AddDays(1))
        {
            var lunar = ChineseDate.LunarDate(day);
            if (!shape.IsMatch(lunar)) misshapen.Add($"{day:yyyy-MM-dd} {lunar}");
        }
        Assert.Empty(misshapen);
    }

    [Fact]
    public void The_stem_branch_year_advances_one_step_exactly_on_the_first_day_of_zhengyue()
    {
        var wrong = new List<string>();
        int newYears = 0;
        var previous = ChineseDate.LunarDate(First);
        for (var day = First.AddDays(1); day <= new DateOnly(2100, 12, 31); day = day.AddDays(1))
        {
            var lunar = ChineseDate.LunarDate(day);
            bool isNewYearsDay = lunar.EndsWith("年正月初一", StringComparison.Ordinal);
            bool yearChanged = lunar[2..4] != previous[2..4];
            bool oneStep = Stems.IndexOf(lunar[2]) == (Stems.IndexOf(previous[2]) + 1) % 10
                           && Branches.IndexOf(lunar[3]) == (Branches.IndexOf(previous[3]) + 1) % 12;
            if (isNewYearsDay != yearChanged || yearChanged && !oneStep) wrong.Add($"{day:yyyy-MM-dd}: {previous} -> {lunar}");
            if (isNewYearsDay) newYears++;
            previous = lunar;
        }
        Assert.Empty(wrong);
        Assert.Equal(2100 - 1901, newYears); // every Spring Festival from 1902 to 2100
    }
}
