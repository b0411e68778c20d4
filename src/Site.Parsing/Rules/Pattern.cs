using System.Text.RegularExpressions;

namespace Site.Parsing.Rules;

/// <summary>A maintainer's regular expression from site.yml, run without backtracking (no pattern can make
/// parsing slow), and asked first for a piece of plain text every match must contain: most lines of a
/// page lack it, and a substring search costs a fraction of a regular expression's run.</summary>
public sealed class Pattern
{
    private readonly Regex regex;
    private readonly string? required;
    private readonly bool requiredFirst;

    private Pattern(Regex regex)
    {
        this.regex = regex;
        (required, requiredFirst) = RequiredText(regex.ToString());
    }

    /// <exception cref="ArgumentException">Not a valid regular expression; the message names it.</exception>
    public static Pattern Compile(string pattern)
    {
        try
        {
            return new(new Regex(pattern, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant));
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"not a valid pattern: \"{pattern}\" ({e.Message})", e);
        }
    }

    public bool IsMatch(string text)
    {
        if (required is not null && !(requiredFirst
                ? text.StartsWith(required, StringComparison.Ordinal)
                : text.Contains(required, StringComparison.Ordinal)))
            return false;
        return regex.IsMatch(text);
    }

    public override string ToString() => regex.ToString();

    private const string Special = @"\.^$|?*+()[]{}#";

    /// <summary>The longest run of literal characters outside any group or class, which every match holds
    /// (whether it must open the match: the run follows ^ directly), or null where the pattern gives no
    /// such guarantee: an alternation at the top, inline options, or no literal run. A run's last
    /// character is dropped when a quantifier follows it, since the quantifier may drop it too.</summary>
    internal static (string? Text, bool First) RequiredText(string pattern)
    {
        if (pattern.Contains("(?", StringComparison.Ordinal)) return (null, false);
        var (depth, inClass) = (0, false);
        var best = (Text: (string?)null, First: false);
        var run = new System.Text.StringBuilder();
        var runStart = -1;
        void End(int at, char? next)
        {
            if (run.Length > 0 && next is '?' or '*' or '+' or '{') run.Length--;
            if (run.Length > (best.Text?.Length ?? 0))
                best = (run.ToString(), runStart == 1 && pattern[0] == '^');
            run.Clear();
        }
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (inClass)
            {
                if (c == '\\') i++;
                else if (c == ']') inClass = false;
                continue;
            }
            if (depth == 0 && !Special.Contains(c) && !char.IsWhiteSpace(c))
            {
                if (run.Length == 0) runStart = i;
                run.Append(c);
                continue;
            }
            End(i, c);
            switch (c)
            {
                case '\\': i++; break;
                case '[': inClass = true; break;
                case '{': while (i < pattern.Length && pattern[i] != '}') i++; break;
                case '(': depth++; break;
                case ')': depth--; break;
                case '|' when depth == 0: return (null, false);
            }
        }
        End(pattern.Length, null);
        return best;
    }
}
