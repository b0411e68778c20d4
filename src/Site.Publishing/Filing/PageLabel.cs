using System.Text.RegularExpressions;
using Site.Parsing.Model;
using Site.Parsing.Text;

namespace Site.Publishing.Filing;

/// <summary>What a page's masthead says about the page itself: 第02版, and the page name after it
/// (第02版 综合, 第02版：综合) when there is one.</summary>
public sealed partial record PageLabel(int Number, string? Name)
{
    /// <summary>The label in the page's dropped blocks (masthead, edition-name line, …); null when
    /// none states one. Cross-references ("详见第4版", "下转第四版") are not labels.</summary>
    public static PageLabel? Read(ParsedIssue issue)
    {
        foreach (var block in issue.Noise)
        {
            var tokens = block.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i < tokens.Length; i++)
            {
                var m = Label().Match(tokens[i]);
                if (!m.Success || i > 0 && tokens[i - 1].EndsWith('见') || ChineseNumber.Parse(m.Groups[1].Value) is not { } number || number == 0)
                    continue;
                var name = m.Groups[2].Success ? m.Groups[2].Value : i + 1 < tokens.Length && IsName(tokens[i + 1]) ? tokens[i + 1] : null;
                return new PageLabel(number, name);
            }
        }
        return null;
    }

    /// <summary>A page name is two to four ideographs; not the weekday or lunar date that may follow.</summary>
    private static bool IsName(string token) =>
        token.Length is >= 2 and <= 4 && token.All(Chars.IsIdeograph)
        && !token.StartsWith("星期", StringComparison.Ordinal) && !token.StartsWith("农历", StringComparison.Ordinal);

    [GeneratedRegex(@"^第(\d{1,3}|[一二三四五六七八九十]{1,3})版(?:[:：]?(\p{IsCJKUnifiedIdeographs}{2,4}))?$")]
    private static partial Regex Label();
}
