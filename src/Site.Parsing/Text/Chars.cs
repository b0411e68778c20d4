using System.Runtime.CompilerServices;

namespace Site.Parsing.Text;

/// <summary>Character classes that Chinese newspaper text is judged by.</summary>
public static class Chars
{
    /// <summary>A CJK ideograph (the BMP blocks plus the supplementary planes' ideographs).</summary>
    public static bool IsIdeograph(char c) =>
        c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF'
        || char.IsSurrogate(c);

    /// <summary>Full-width punctuation and symbols used in Chinese text (and the ■ marker).</summary>
    public static bool IsCjkPunctuation(char c) =>
        c is >= '\u3000' and <= '\u303F' or >= '\uFF00' and <= '\uFF0F' or >= '\uFF1A' and <= '\uFF20'
            or >= '\uFF3B' and <= '\uFF40' or >= '\uFF5B' and <= '\uFF65'
            or '“' or '”' or '‘' or '’' or '…' or '—' or '·' or '■' or '»' or '«' or '●' or '▲' or '★';

    /// <summary>Characters that, set with spaces around them, are Chinese text rather than Latin words.</summary>
    public static bool IsWide(char c) => IsIdeograph(c) || IsCjkPunctuation(c);

    public static bool IsAsciiAlnum(char c) => c is >= '0' and <= '9' or >= 'a' and <= 'z' or >= 'A' and <= 'Z';

    /// <summary>Half- or full-width punctuation that can end a sentence.</summary>
    public static bool IsSentenceEnd(char c) => c is '。' or '！' or '？' or '!' or '?' or '…' or '．';

    /// <summary>Closing quotes and brackets that may follow a sentence end.</summary>
    public static bool IsCloser(char c) => c is '”' or '’' or '」' or '』' or '）' or ')' or '"' or '\'' or '》';

    /// <summary>Punctuation inside a clause: a line with these reads as a sentence, not a display line.</summary>
    public static bool IsClausePunctuation(char c) =>
        c is '，' or ',' or '、' or '；' or ';' or '：' or ':' or '。' or '！' or '？' or '!' or '?';

    public static bool IsChineseNumeral(char c) => "一二三四五六七八九十".Contains(c);

    /// <summary>Exactly <see cref="char.IsWhiteSpace(char)"/>, answered without a Unicode table lookup for
    /// the characters this text is made of: no white space lies above U+3000, where every ideograph and
    /// full-width form does (the parser asks this of every character several times over).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsSpace(char c) =>
        c <= ' ' ? c == ' ' || c is >= '\t' and <= '\r' : c >= '\u0085' && c <= '\u3000' && char.IsWhiteSpace(c);
}
