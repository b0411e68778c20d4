namespace Site.Parsing.Text;

/// <summary>Questions about a piece of text that the classifier and assembler ask.</summary>
public static class TextShape
{
    /// <summary>True when the text ends a sentence: "。", "！", "……", or those followed by closing quotes.</summary>
    public static bool EndsSentence(string text)
    {
        var i = text.Length - 1;
        while (i >= 0 && Chars.IsSpace(text[i])) i--;
        var end = i;
        while (i >= 0 && Chars.IsCloser(text[i])) i--;
        if (i >= 0 && Chars.IsSentenceEnd(text[i])) return true;
        // A short bracket after the last sentence, a signature or a note set on its line: "内。（龙瑞秀）".
        if (end < 0 || text[end] is not ('）' or ')')) return false;
        var open = text.LastIndexOfAny(['（', '('], end);
        if (open < 1 || end - open > 12) return false;
        var before = open - 1;
        while (before >= 0 && Chars.IsSpace(text[before])) before--;
        return before >= 0 && Chars.IsSentenceEnd(text[before]);
    }

    /// <summary>A section number inside a long feature: one to three Chinese numerals, perhaps in
    /// brackets ("一", "（二）", "十一、").</summary>
    public static bool IsSectionNumber(string text)
    {
        // Asked of every block and paragraph: read as brackets* numerals{1,3} brackets* (white space
        // anywhere), without compacting a whole paragraph first.
        var numerals = 0;
        var closed = false;
        foreach (var c in text)
        {
            if (Chars.IsSpace(c)) continue;
            if (c is '（' or '）' or '(' or ')' or '、' or '.' or '．')
            {
                closed = numerals > 0;
                continue;
            }
            if (closed || !Chars.IsChineseNumeral(c) || ++numerals > 3) return false;
        }
        return numerals > 0;
    }

    /// <summary>The number of visible (non-whitespace) characters.</summary>
    public static int VisibleLength(string text)
    {
        var n = 0;
        foreach (var c in text) if (!Chars.IsSpace(c)) n++;
        return n;
    }

    /// <summary>A paragraph's first line is indented by two characters: four units of <see cref="DisplayWidth"/>.</summary>
    public const int ParagraphIndent = 4;

    /// <summary>Printed width in half-em units: Chinese characters and full-width punctuation take two,
    /// Latin letters and figures one; the spaces PDF extraction inserts take none.</summary>
    public static int DisplayWidth(string text)
    {
        var width = 0;
        foreach (var c in text)
            if (!Chars.IsSpace(c)) width += Chars.IsWide(c) ? 2 : 1;
        return width;
    }

    /// <summary>The text with all whitespace removed, as patterns and comparisons see it.</summary>
    public static string Compact(string text)
    {
        var spaces = 0;
        foreach (var c in text) if (Chars.IsSpace(c)) spaces++;
        if (spaces == 0) return text;
        var chars = new char[text.Length - spaces];
        var n = 0;
        foreach (var c in text) if (!Chars.IsSpace(c)) chars[n++] = c;
        return new string(chars, 0, n);
    }

    /// <summary>Only ideographs, the middle dot and spaces: a slogan or logo, not a sentence or a figure.</summary>
    public static bool IsPlain(string text)
    {
        foreach (var c in text)
            if (!(Chars.IsIdeograph(c) || c == '·' || Chars.IsSpace(c))) return false;
        return true;
    }

    public static bool HasClausePunctuation(string text)
    {
        foreach (var c in text) if (Chars.IsClausePunctuation(c)) return true;
        return false;
    }

    /// <summary>Share of the text's ideograph bigrams that also occur in <paramref name="other"/>:
    /// how much a display line talks about the body it would head.</summary>
    public static double BigramOverlap(string text, string other)
    {
        var mine = Bigrams(text);
        if (mine.Count == 0) return 0;
        // Two ideographs side by side in the other text are one of its bigrams: searched for there rather
        // than collecting the bigrams of a whole article body into a set for each line weighed.
        var shared = 0;
        Span<char> pair = stackalloc char[2];
        foreach (var (first, second) in mine)
        {
            (pair[0], pair[1]) = (first, second);
            if (other.AsSpan().IndexOf(pair) >= 0) shared++;
        }
        return (double)shared / mine.Count;
    }

    private static HashSet<(char, char)> Bigrams(string text)
    {
        var set = new HashSet<(char, char)>();
        char prev = '\0';
        foreach (var c in text)
        {
            // Letter-spaced display type ("平 湖 电 商") is read as the words it spells.
            if (Chars.IsSpace(c)) continue;
            if (!Chars.IsIdeograph(c)) { prev = '\0'; continue; }
            if (prev != '\0') set.Add((prev, c));
            prev = c;
        }
        return set;
    }
}
