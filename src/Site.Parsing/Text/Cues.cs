using System.Text.RegularExpressions;

namespace Site.Parsing.Text;

/// <summary>The formulas a reader recognises an article's parts by, whatever paper printed them. Each
/// pattern is asked of text with its white space removed (<see cref="TextShape.Compact"/>).</summary>
public static partial class Cues
{
    /// <summary>A lead's dateline: 本报讯, 本报北京5月27日电, 新华社北京5月27日电, 人民日报记者…电,
    /// 本报5月27日讯, 中新社上海电.</summary>
    public static bool StartsWithDateline(string compact) => MayHaveDateline(compact) && Dateline().IsMatch(compact);

    /// <summary>The length of the dateline that opens the text, or 0.</summary>
    public static int DatelineLength(string compact) =>
        MayHaveDateline(compact) && Dateline().Match(compact) is { Success: true } m ? m.Length : 0;

    /// <summary>Every dateline ends in 电 or 讯 within its first thirty characters.</summary>
    private static bool MayHaveDateline(string compact) =>
        compact.AsSpan(0, Math.Min(compact.Length, 32)).IndexOfAny('电', '讯') >= 0;

    /// <summary>Where a pointer starts at the end of a line that also holds the teaser's title.</summary>
    public static int PointerStart(string compact) => compact.Contains("详见", StringComparison.Ordinal) && TrailingPointer().Match(compact) is { Success: true } m ? m.Index : -1;

    private const string Place = @"[\u4e00-\u9fff·]{0,12}?";
    private const string Day = @"(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日";
    private const string DayOnly = @"(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})月)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})日";
    private const string Source = @"(?:本报|新华社|中新社|中新网|新华网|人民网|央视网|[\u4e00-\u9fff]{2,4}(?:日报|晚报|商报|时报|社))";

    [GeneratedRegex("^(?:本报讯|" + Source + "(?:记者)?" + Place + Day + "(?:电|讯)|[（(]" + Source + Place + "(?:" + DayOnly + ")?电[）)]|(?:新华社|中新社)[\u4e00-\u9fff·]{1,8}电(?=[（(]))")]
    private static partial Regex Dateline();

    [GeneratedRegex(@"[（(]?[»>›]*详见第?[一二三四五六七八九十百\d]{1,3}版[)）]?$")]
    private static partial Regex TrailingPointer();
}
