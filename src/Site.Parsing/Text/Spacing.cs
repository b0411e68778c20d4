using System.Text;

namespace Site.Parsing.Text;

/// <summary>Undoes the spaces a PDF extractor puts into Chinese text.</summary>
public static class Spacing
{
    /// <summary>Joins the lines of one wrapped column into one run of text. Lines of Chinese join with
    /// nothing between them; a break between two Latin words or numbers becomes a space.</summary>
    public static string JoinWrapped(IReadOnlyList<string> lines)
    {
        var sb = new StringBuilder();
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0) continue;
            if (sb.Length > 0 && Chars.IsAsciiAlnum(sb[^1]) && Chars.IsAsciiAlnum(line[0])) sb.Append(' ');
            sb.Append(line);
        }
        return sb.ToString();
    }

    /// <summary>Body text: removes letter-spacing ("定 会 越 擦 越") and the spaces PDF extraction puts
    /// between Chinese and figures ("建设 2栋"); keeps spaces between Latin words and a single space
    /// between two Chinese words ("本报讯 近日"), which the paper sets on purpose.</summary>
    public static string Body(string text) => Collapse(text, display: false);

    /// <summary>Display lines: only letter-spacing runs go; the paper sets phrases apart with spaces
    /// ("跑出“加速度” 拼抢下半场").</summary>
    public static string Display(string text) => Collapse(text, display: true);

    private static string Collapse(string text, bool display)
    {
        var tokens = Tokens.Split(text);
        if (tokens.Length == 0) return "";
        if (tokens.Length == 1) return tokens[0];
        var letterSpaced = LetterSpacedTokens(tokens);
        var sb = new StringBuilder(tokens[0]);
        for (var i = 1; i < tokens.Length; i++)
        {
            var left = tokens[i - 1][^1];
            var right = tokens[i][0];
            bool keep;
            if (letterSpaced[i - 1] && (letterSpaced[i] || Chars.IsWide(right))
                || letterSpaced[i] && Chars.IsWide(left)) keep = false;
            else if (i == 1 && tokens[0] == "本报讯") keep = true;   // the dateline keeps its space
            else if (display) keep = true;
            else if (Chars.IsCjkPunctuation(left) || Chars.IsCjkPunctuation(right)) keep = false;
            else if (Chars.IsIdeograph(left) && Chars.IsIdeograph(right)) keep = true;
            else keep = !(Chars.IsWide(left) || Chars.IsWide(right));
            if (keep) sb.Append(' ');
            sb.Append(tokens[i]);
        }
        return sb.ToString();
    }

    /// <summary>Marks tokens that belong to a run of three or more one-letter tokens ("定 会 越 擦 越",
    /// "片 ”定"): one letter, ignoring punctuation stuck to it, or one figure among such letters.</summary>
    private static bool[] LetterSpacedTokens(string[] tokens)
    {
        var single = new bool[tokens.Length];
        var wide = new bool[tokens.Length];
        for (var i = 0; i < tokens.Length; i++)
        {
            wide[i] = AtMostOneLetter(tokens[i]) && IsWideToken(tokens[i]);
            single[i] = wide[i] || tokens[i].Length == 1 && char.IsAsciiDigit(tokens[i][0]);
        }
        var marked = new bool[tokens.Length];
        var start = 0;
        var wideInRun = 0;
        for (var i = 0; i <= tokens.Length; i++)
        {
            if (i < tokens.Length && single[i])
            {
                if (wide[i]) wideInRun++;
                continue;
            }
            // A figure letter-spaced with the words around it ("第 1 0 5 期") goes with them; figures alone stay.
            if (i - start >= 3 && wideInRun >= 2) for (var j = start; j < i; j++) marked[j] = true;
            start = i + 1;
            wideInRun = 0;
        }
        return marked;
    }

    /// <summary>At most one character that is not punctuation. Asked of every word of every paragraph, most
    /// of them whole clauses: it stops at the second letter.</summary>
    private static bool AtMostOneLetter(string token)
    {
        var n = 0;
        foreach (var c in token)
            if (!Chars.IsCjkPunctuation(c) && !char.IsPunctuation(c) && ++n > 1) return false;
        return true;
    }

    private static bool IsWideToken(string token)
    {
        foreach (var c in token) if (!Chars.IsWide(c)) return false;
        return true;
    }
}
