using System.Text.RegularExpressions;
using Site.Parsing.Model;
using Site.Parsing.Text;

namespace Site.Parsing.Classify;

/// <summary>Page furniture every paper prints, known by its shape rather than by one paper's words:
/// nameplates, folio lines, the editors' credits, publication numbers, advertisements. Returns the
/// reason it is noise, or null.</summary>
public static partial class Furniture
{
    public static NoiseReason? Reason(string text, string compact)
    {
        // Asked of every line: each pattern runs only where the character it needs is present.
        if (compact.Length == 0 || compact.Length > 120) return null;
        var ascii = HasAsciiLetter(compact);
        if (compact.Length <= 24 && compact.Contains('版') && Folio().IsMatch(compact)) return NoiseReason.FolioLine;
        if (ascii && compact.Length <= 8 && FolioCode().IsMatch(text.Trim())) return NoiseReason.FolioLine;
        if (compact.Length <= 60 && compact.AsSpan().IndexOfAny("编版校审主终统视图制") >= 0 && EditorCredits().IsMatch(compact)) return NoiseReason.EditorsCredits;
        if (compact.Length <= 14 && compact.Contains('报') && Nameplate().IsMatch(compact)) return NoiseReason.Nameplate;
        if (ascii && LatinNameplate().IsMatch(text.Trim())) return NoiseReason.Nameplate;
        if (ascii && compact.Length <= 20 && SectionLabel().IsMatch(compact)) return NoiseReason.SectionLabel;
        if (compact.Length <= 8 && WeatherLabel().IsMatch(compact)) return NoiseReason.WeatherLabel;
        if (compact is "图片新闻" or "新闻图片" or "图片报道" or "声明" or "公告" or "启事"
            || compact.Length <= 6 && compact.EndsWith("广告", StringComparison.Ordinal)) return NoiseReason.BoxLabel;
        if (compact.Length <= 40 && (ascii || compact.Contains('号')) && Registration().IsMatch(compact)) return NoiseReason.PublicationNumbers;
        if (compact.Length <= 16 && compact.Contains('第') && IssueLine().IsMatch(compact)) return NoiseReason.IssueNumber;
        if (compact.Length <= 14 && compact.StartsWith("农历", StringComparison.Ordinal) && LunarDate().IsMatch(compact)) return NoiseReason.Masthead;
        if (compact.Length <= 30 && compact[^1] is '办' or '管' or '版' && Publisher().IsMatch(compact)) return NoiseReason.PublisherLine;
        if (compact.Length <= 30 && compact[0] is '扫' or '长' && QrPrompt().IsMatch(compact)) return NoiseReason.QrPrompt;
        if (ascii && compact.Length <= 40 && Web().IsMatch(compact)) return NoiseReason.WebAddress;
        if (IsAdvertisement(compact)) return NoiseReason.Advertisement;
        return null;
    }

    private static bool HasAsciiLetter(string text)
    {
        foreach (var c in text) if (c is >= 'A' and <= 'Z' or >= 'a' and <= 'z') return true;
        return false;
    }

    private static int Digits(string text)
    {
        var n = 0;
        foreach (var c in text) if (c is >= '0' and <= '9') n++;
        return n;
    }

    /// <summary>A telephone number and the words an advertisement asks the reader to call with.</summary>
    private static bool IsAdvertisement(string compact)
    {
        // A shop's or a notice's address on a line of its own: news runs an address into its sentence.
        if (compact.Length <= 40 && compact.StartsWith("地址", StringComparison.Ordinal) && compact.Length > 2 && compact[2] is '：' or ':') return true;
        var phone = Digits(compact) >= 7 && Phone().IsMatch(compact);
        if (!phone) return compact.Length <= 40 && compact.AsSpan().IndexOfAny("元¥￥减折") >= 0 && Price().IsMatch(compact) && !TextShape.EndsSentence(compact);
        return AdWord().IsMatch(compact) || !TextShape.EndsSentence(compact) && compact.Length <= 40;
    }

    // 第05版 教科新闻, 05版, A3版·要闻, 要闻 第5版, 第五版, 二版 经济
    [GeneratedRegex(@"^(?:第?[A-Z]?\d{1,2}版|第?[一二三四五六七八九十]{1,3}版)[：:·|]?[\u4e00-\u9fff·]{0,8}$|^[\u4e00-\u9fff·]{2,8}[：:·|]?第?[A-Z]?\d{1,2}版$")]
    private static partial Regex Folio();

    // A2 综合, 要闻 B3: a page's code, a letter and its number, beside the page's name, a space apart (a
    // headline runs "G20峰会" together).
    [GeneratedRegex(@"^[A-Z]\d{1,2}\s+[\u4e00-\u9fff·]{2,4}$|^[\u4e00-\u9fff·]{2,4}\s+[A-Z]\d{1,2}$")]
    private static partial Regex FolioCode();

    // 本版责编 张三 版式 李四 校对 王五; 责任编辑：张三 版面设计：李四
    [GeneratedRegex(@"^(?:(?:本版|本期)?(?:责编|责任编辑|编辑|美编|美术编辑|版式|版式设计|版面设计|版面编辑|美术设计|排版|校对|组版|审读|值班主任|终审|视觉设计|图片编辑|文字编辑|制图|统筹)[：:]?[\u4e00-\u9fff·]{2,4}?[，,；;|/、]?)+$")]
    private static partial Regex EditorCredits();

    [GeneratedRegex(@"^[\u4e00-\u9fff]{2,6}(?:日报|晚报|商报|时报|周报)(?:[\u4e00-\u9fff]{1,4}版)?$")]
    private static partial Regex Nameplate();

    // PINGHU DAILY, PEOPLE'S DAILY, GUANGMING DAILY
    [GeneratedRegex(@"^[A-Z][A-Z'’&.\-]+(?: [A-Z'’&.\-]+){1,5}$")]
    private static partial Regex LatinNameplate();

    // WORLD 国际, CHINA 中国, BUSINESS 财经: a column's label in two scripts.
    [GeneratedRegex(@"^[A-Z]{2,12}[\u4e00-\u9fff]{2,4}$|^[\u4e00-\u9fff]{2,4}[A-Z]{2,12}$")]
    private static partial Regex SectionLabel();

    [GeneratedRegex(@"^[\u4e00-\u9fff]{0,4}(?:天气预报|天气|气象)$")]
    private static partial Regex WeatherLabel();

    [GeneratedRegex(@"CN\d{2}-\d{4}|邮发代号|统一刊号|出版物号|国际标准连续出版物号|ISSN\d{4}")]
    private static partial Regex Registration();

    [GeneratedRegex(@"^农历[\u4e00-\u9fff]{4,10}$")]
    private static partial Regex LunarDate();

    // 嘉兴市新闻传媒中心 中共平湖市委 联办; XX日报社主办
    [GeneratedRegex(@"^[\u4e00-\u9fff·]{4,26}(?:联办|主办|主管|出版)$")]
    private static partial Regex Publisher();

    [GeneratedRegex(@"^(?:总)?第\d{1,6}(?:号|期)$")]
    private static partial Regex IssueLine();

    [GeneratedRegex("^(?:扫一扫|扫码|扫描二维码|长按识别|长按二维码)")]
    private static partial Regex QrPrompt();

    [GeneratedRegex(@"(?:https?://|www\.)[A-Za-z0-9.\-/]+", RegexOptions.IgnoreCase)]
    private static partial Regex Web();

    // +86 13812345678, 0573-85012345, 13812345678, 400-123-4567, and a local number after 电话 (电话86071939).
    [GeneratedRegex(@"(?<!\d)(?:\+\d{1,3}[- ]?\d{7,11}|\d{3,4}-\d{7,8}|1[3-9]\d{9}|400-?\d{3}-?\d{4}|(?<=(?:电话|热线|手机)[：:]?)\d{7,8})(?!\d)")]
    private static partial Regex Phone();

    [GeneratedRegex("详询|咨询电话|热线|订购|订阅|招商|招聘|优惠|特价|团购|售楼|面议|地址[：:]|联系电话|电话[：:]?\\d")]
    private static partial Regex AdWord();

    // ¥99, 99元起, 3000元/平方米, and a shop's offers: 满300减50, 全场5折起, 8.5折, 特价99元.
    [GeneratedRegex(@"[¥￥]\d|\d+(?:\.\d+)?元(?:/|起)|元/(?:平方米|㎡|月|年|份)|满\d+减\d+|\d+(?:\.\d+)?折(?:起|优惠)?$|全场\d+(?:\.\d+)?折|特价\d+(?:\.\d+)?元")]
    private static partial Regex Price();
}
