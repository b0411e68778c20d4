using System.Buffers;
using System.Text;
using Site.Parsing.Text;

namespace Site.Publishing.Views;

/// <summary>Chinese text on display uses full-width punctuation, whatever the raw dump had
/// (the parse and its JSON keep the source's own characters).</summary>
public static class Typography
{
    /// <summary>Maps , : ; ( ) ! ? to their full-width forms where they stand in Chinese text (next to
    /// a Chinese character); "1,000", "U10" and Latin phrases keep theirs.</summary>
    public static string Display(string? text)
    {
        if (string.IsNullOrEmpty(text)) return text ?? "";
        StringBuilder? sb = null;
        // Most Chinese text has none of these: found by a vectorised search, not character by character.
        for (var i = text.AsSpan().IndexOfAny(HalfWidth); i >= 0; i = Next(text, i + 1))
        {
            var full = text[i] switch
            {
                ',' => '，', ':' => '：', ';' => '；', '(' => '（', ')' => '）', '!' => '！', '?' => '？',
                _ => '\0',
            };
            if (full == '\0' || !InChinese(text, i)) continue;
            sb ??= new StringBuilder(text);
            sb[i] = full;
        }
        return sb?.ToString() ?? text;
    }

    private static readonly SearchValues<char> HalfWidth = SearchValues.Create(",:;()!?");

    private static int Next(string text, int from)
    {
        var next = text.AsSpan(from).IndexOfAny(HalfWidth);
        return next < 0 ? -1 : from + next;
    }

    /// <summary>Next to a Chinese character, and not between two figures ("1,000").</summary>
    private static bool InChinese(string text, int i)
    {
        var before = i > 0 ? text[i - 1] : ' ';
        var after = i + 1 < text.Length ? text[i + 1] : ' ';
        return (Chars.IsWide(before) || Chars.IsWide(after)) && !(char.IsAsciiDigit(before) && char.IsAsciiDigit(after));
    }
}
