namespace Site.Publishing.Check;

/// <summary>Finds the files a stylesheet refers to: <c>url(…)</c> and <c>@import "…"</c>, outside comments and
/// other strings. Used for .css files, &lt;style&gt; elements and style attributes.</summary>
internal static class CssUrls
{
    /// <param name="css">The stylesheet text.</param>
    /// <param name="firstLine">The line <paramref name="css"/> starts on in its file.</param>
    public static void Extract(ReadOnlySpan<char> css, int firstLine, ICollection<FoundLink> into)
    {
        var line = firstLine;
        var counted = 0;
        int LineAt(ReadOnlySpan<char> text, int position)
        {
            line += text[counted..position].Count('\n');
            counted = position;
            return line;
        }

        for (var i = 0; i < css.Length;)
        {
            var c = css[i];
            if (c == '/' && At(css, i, "/*"))
            {
                var end = css[(i + 2)..].IndexOf("*/");
                if (end < 0) return;
                i += 2 + end + 2;
            }
            else if (c is '"' or '\'')
            {
                i = SkipString(css, i);
            }
            else if (c == '@' && At(css, i, "@import"))
            {
                var j = SkipSpace(css, i + 7);
                if (j < css.Length && css[j] is '"' or '\'')
                {
                    into.Add(new FoundLink(ReadString(css, j, out i), LineAt(css, j), LinkContext.Relative));
                }
                else i = j;
            }
            else if (c is 'u' or 'U' && At(css, i, "url(") && (i == 0 || !IsNameChar(css[i - 1])))
            {
                var j = SkipSpace(css, i + 4);
                string url;
                if (j < css.Length && css[j] is '"' or '\'')
                {
                    url = ReadString(css, j, out i);
                }
                else
                {
                    var close = css[j..].IndexOf(')');
                    var end = close < 0 ? css.Length : j + close;
                    url = css[j..end].Trim().ToString();
                    i = end;
                }
                into.Add(new FoundLink(url, LineAt(css, j), LinkContext.Relative));
            }
            else i++;
        }
    }

    private static bool At(ReadOnlySpan<char> css, int i, string word) =>
        css[i..].StartsWith(word, StringComparison.OrdinalIgnoreCase);

    private static int SkipSpace(ReadOnlySpan<char> css, int i)
    {
        while (i < css.Length && char.IsWhiteSpace(css[i])) i++;
        return i;
    }

    private static string ReadString(ReadOnlySpan<char> css, int open, out int end)
    {
        end = SkipString(css, open);
        var close = end - 1 > open && css[end - 1] == css[open] ? end - 1 : end;
        return css[(open + 1)..close].ToString();
    }

    /// <returns>The index just past the closing quote (or the end of the text).</returns>
    private static int SkipString(ReadOnlySpan<char> css, int open)
    {
        var quote = css[open];
        for (var i = open + 1; i < css.Length; i++)
        {
            if (css[i] == '\\') i++;
            else if (css[i] == quote || css[i] == '\n') return i + 1;
        }
        return css.Length;
    }

    private static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_';
}
