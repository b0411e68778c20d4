namespace Site.Parsing.Input;

/// <summary>What the parser reads of a raw page's text before anything else: Kangxi radicals and CJK
/// compatibility ideographs, which PDF extraction gives back for some glyphs (⽇ for 日), become the
/// ideographs they stand for, and control and format characters (BEL, ESC, DEL, zero-width spaces, a byte
/// order mark inside the text) are dropped and the Unicode line and paragraph separators read as
/// spaces, so that none reaches an article. Line breaks, tabs and form feeds stay as they are, so line numbers do not move.</summary>
public static class InputText
{
    /// <summary>The cleaned text, and how many control or format characters were dropped or replaced (with the
    /// 1-based page and line of the first).</summary>
    public static (string Text, int Replaced, int FirstPage, int FirstLine) Clean(string text)
    {
        text = CjkVariants.Unify(text);
        var first = -1;
        for (var i = 0; i < text.Length; i++)
            if (IsInvisible(text[i])) { first = i; break; }
        if (first < 0) return (text, 0, 0, 0);
        var sb = new System.Text.StringBuilder(text.Length);
        sb.Append(text, 0, first);
        var replaced = 0;
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (!IsInvisible(c)) { sb.Append(c); continue; }
            replaced++;
            // A separator parts words; a control or format character is a stray byte inside one.
            if (c is '\u2028' or '\u2029') sb.Append(' ');
        }
        return (sb.ToString(), replaced, 1 + text.AsSpan(0, first).Count('\f'), LineOf(text, first));
    }

    /// <summary>A character that prints nothing and is not a line break, tab or form feed: C0 and C1
    /// controls, DEL, and the format characters (zero-width space and joiners, bidirectional marks, the
    /// byte order mark, soft hyphen), and the Unicode line and paragraph separators, which no extractor
    /// means as a line break of the page.</summary>
    public static bool IsInvisible(char c) =>
        c < ' ' ? c is not ('\n' or '\r' or '\t' or '\f')
        : c is >= '\u007F' and <= '\u009F' or '\u00AD' or >= '\u200B' and <= '\u200F' or '\u2028' or '\u2029'
            or >= '\u202A' and <= '\u202E' or >= '\u2060' and <= '\u206F' or '\uFEFF';

    private static int LineOf(string text, int index)
    {
        var line = 1;
        for (var i = 0; i < index; i++)
        {
            if (text[i] == '\n') line++;
            else if (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')) line++;
        }
        return line;
    }
}
