using System.Collections.Immutable;
using System.Globalization;
using Site.Parsing.Edition;
using Site.Parsing.Model;
using Site.Parsing.Text;

namespace Site.Publishing.Views;

/// <summary>The words the site prints around the articles.</summary>
public static class Labels
{
    public static string Date(DateOnly date) => string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日");

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Page(int number, string name) =>
        string.Create(CultureInfo.InvariantCulture, $"第{number:00}版") + (name.Length > 0 ? "：" + name : "");

    public static string Issue(int? number) => number is { } n ? string.Create(CultureInfo.InvariantCulture, $"总第{n}期") : "";

    public static string Lunar(DateOnly date) =>
        date >= new DateOnly(1901, 2, 19) && date <= new DateOnly(2101, 1, 28) ? ChineseDate.LunarDate(date) : "";

    public static string Kind(ArticleKind kind) => kind switch
    {
        ArticleKind.News => "新闻",
        ArticleKind.Commentary => "评论",
        ArticleKind.Photo => "图片新闻",
        ArticleKind.Weather => "天气",
        _ => "导读",
    };

    public static string KindSlug(ArticleKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>A headline's phrases: the paper sets the parts of a long headline apart with a space
    /// ("创新突破 六千争先 勇夺“全年红”"); a line should break there, not inside one.</summary>
    public static ImmutableArray<string> Phrases(string? headline)
    {
        if (string.IsNullOrWhiteSpace(headline)) return [];
        var parts = headline.Split([' ', '\u3000'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        // A space between Latin words or figures is an ordinary space, not a break between phrases.
        var phrases = new List<string>();
        foreach (var part in parts)
        {
            if (phrases.Count > 0 && Chars.IsAsciiAlnum(phrases[^1][^1]) && Chars.IsAsciiAlnum(part[0])) phrases[^1] += " " + part;
            else phrases.Add(part);
        }
        return [.. phrases];
    }

    /// <summary>Credits that name an office, not a person (本报评论员): shown as a role, given no page.</summary>
    public static bool IsRole(string name) => name.EndsWith("评论员", StringComparison.Ordinal);

    /// <summary>The title an article is listed by: its headline, else its kind and first words.</summary>
    public static string Title(string? headline, ArticleKind kind, string? firstParagraph) =>
        headline is { Length: > 0 } ? Typography.Display(headline)
        : Kind(kind) + "：" + Excerpt(firstParagraph, 20);

    public static string Excerpt(string? text, int length)
    {
        if (string.IsNullOrEmpty(text)) return "";
        // The first length + 1 characters (a pair of surrogates is one) decide, and a character's display
        // form depends only on its neighbours: only they are put on display, not the whole paragraph.
        var (end, runes) = (0, 0);
        for (; end < text.Length && runes <= length; runes++)
            end += char.IsHighSurrogate(text[end]) && end + 1 < text.Length && char.IsLowSurrogate(text[end + 1]) ? 2 : 1;
        if (runes <= length) return Typography.Display(text);
        var display = Typography.Display(text[..end]);
        var cut = display.EnumerateRunes().Take(length).Sum(r => r.Utf16SequenceLength);
        return display[..cut] + "…";
    }

    public const string Reporter = "记者";
    public const string Correspondent = "通讯员";
    public const string Photographer = "摄影";
    public const string Author = "作者";

    public static IEnumerable<(string Role, string Name)> Credits(Byline b) =>
        b.Reporters.Select(n => (Reporter, n))
            .Concat(b.Correspondents.Select(n => (Correspondent, n)))
            .Concat(b.Photographers.Select(n => (Photographer, n)))
            .Concat(b.Authors.Select(n => (Author, n)));

    public static string? BylineText(IEnumerable<(string Role, string Name)> credits)
    {
        var text = string.Join("　", credits.GroupBy(c => c.Role)
            .Select(g => (g.Key == Author ? "" : g.Key + " ") + string.Join(" ", g.Select(c => c.Name))));
        return text.Length == 0 ? null : text;
    }
}
