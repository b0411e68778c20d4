using System.Globalization;

namespace Site.Parsing.Edition;

/// <summary>The weekday and lunar date a Chinese newspaper prints beside the Gregorian date of an issue.</summary>
public static class ChineseDate
{
    private static readonly ChineseLunisolarCalendar Calendar = new();
    private static readonly DateOnly First = DateOnly.FromDateTime(Calendar.MinSupportedDateTime);
    private static readonly DateOnly Last = DateOnly.FromDateTime(Calendar.MaxSupportedDateTime);

    // Indexed by DayOfWeek, which starts at Sunday.
    private static readonly string[] Weekdays = ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"];

    private const string Stems = "甲乙丙丁戊己庚辛壬癸";
    private const string Branches = "子丑寅卯辰巳午未申酉戌亥";
    private const string Numerals = "一二三四五六七八九十";

    // Newspapers print the 11th and 12th months either as 十一月/十二月 or as 冬月/腊月; this uses the former.
    private static readonly string[] Months =
        ["正月", "二月", "三月", "四月", "五月", "六月", "七月", "八月", "九月", "十月", "十一月", "十二月"];

    /// <summary>"星期一" … "星期日".</summary>
    public static string Weekday(DateOnly date) => Weekdays[(int)date.DayOfWeek];

    /// <summary>The lunar date as printed in a masthead, e.g. 2025-08-04 gives "农历乙巳年闰六月十一".</summary>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside 1901-02-19..2101-01-28, the range .NET's Chinese calendar knows.</exception>
    public static string LunarDate(DateOnly date)
    {
        if (date < First || date > Last)
            throw new ArgumentOutOfRangeException(nameof(date), date,
                $"The Chinese lunar calendar is only known from {First:yyyy-MM-dd} to {Last:yyyy-MM-dd}.");

        var moment = date.ToDateTime(TimeOnly.MinValue);
        int sexagenary = Calendar.GetSexagenaryYear(moment);
        string yearName = $"{Stems[Calendar.GetCelestialStem(sexagenary) - 1]}{Branches[Calendar.GetTerrestrialBranch(sexagenary) - 1]}";
        return $"农历{yearName}年{MonthName(Calendar.GetYear(moment), Calendar.GetMonth(moment))}{DayName(Calendar.GetDayOfMonth(moment))}";
    }

    // The calendar numbers months 1..13 in a leap year, the leap month taking the index after the
    // month it repeats: with GetLeapMonth = 7, month 7 is 闰六月 and month 8 is 七月.
    private static string MonthName(int year, int month)
    {
        int leap = Calendar.GetLeapMonth(year);
        if (leap == 0 || month < leap) return Months[month - 1];
        return month == leap ? "闰" + Months[month - 2] : Months[month - 2];
    }

    private static string DayName(int day) => day switch
    {
        <= 10 => "初" + Numerals[day - 1],
        < 20 => "十" + Numerals[day - 11],
        20 => "二十",
        < 30 => "廿" + Numerals[day - 21],
        _ => "三十",
    };
}
