using System.Text.RegularExpressions;
using Site.Parsing.Model;
using Site.Parsing.Text;

namespace Site.Parsing.Edition;

/// <summary>What a page's masthead says about the page itself: 第02版, and the page name after it
/// (第02版 综合, 第02版：综合) when there is one; letter-spaced too (第 0 2 版 综 合). Read from the parse's
/// noise, where the masthead and the edition-name line end up; `site add` files a page by it.</summary>
public sealed partial record PageLabel(int Number, string? Name)
{
    /// <summary>The label in the page's dropped blocks (masthead, edition-name line, …); null when
    /// none states one. Cross-references ("详见第4版", "下转第四版") are not labels.</summary>
    public static PageLabel? Read(ParsedIssue issue)
    {
        foreach (var block in issue.Noise)
        {
            var words = Words(block.Text);
            for (var i = 0; i < words.Count; i++)
            {
                var m = Label().Match(words[i]);
                if (!m.Success || i > 0 && words[i - 1].EndsWith('见') || ChineseNumber.Parse(m.Groups[1].Value) is not { } number || number == 0)
                    continue;
                // A name joined to the label (第02版：综合, or letter-spaced 第 0 2 版 综 合 run together) or the next word.
                var joined = m.Groups[2].Value;
                var name = joined.Length > 0 ? (IsName(joined) ? joined : null) : i + 1 < words.Count && IsName(words[i + 1]) ? words[i + 1] : null;
                return new PageLabel(number, name);
            }
        }
        return null;
    }

    /// <summary>The block's whitespace-separated words, each run of one-character words (letter-spaced
    /// print: 第 0 2 版 综 合) run together as one.</summary>
    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var run = new System.Text.StringBuilder();
        foreach (var token in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (token.Length == 1)
            {
                run.Append(token);
                continue;
            }
            if (run.Length > 0) words.Add(run.ToString());
            run.Clear();
            words.Add(token);
        }
        if (run.Length > 0) words.Add(run.ToString());
        return words;
    }

    /// <summary>A page name is two to four ideographs; not the weekday or lunar date that may follow.</summary>
    private static bool IsName(string token) =>
        token.Length is >= 2 and <= 4 && token.All(Chars.IsIdeograph)
        && !token.StartsWith("星期", StringComparison.Ordinal) && !token.StartsWith("农历", StringComparison.Ordinal);

    [GeneratedRegex(@"^第(\d{1,3}|[一二三四五六七八九十]{1,3})版(?:[:：]?(\p{IsCJKUnifiedIdeographs}+))?$")]
    private static partial Regex Label();
}
