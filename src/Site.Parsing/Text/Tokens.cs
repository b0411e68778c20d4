namespace Site.Parsing.Text;

/// <summary>Splitting text at white space.</summary>
public static class Tokens
{
    /// <summary>The same as <c>text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)</c>, with
    /// <see cref="Chars.IsSpace"/> deciding what white space is: every body paragraph is split so.</summary>
    public static string[] Split(string text)
    {
        var count = 0;
        var inToken = false;
        foreach (var c in text)
        {
            var space = Chars.IsSpace(c);
            if (!space && !inToken) count++;
            inToken = !space;
        }
        if (count == 0) return [];
        if (count == 1 && !Chars.IsSpace(text[0]) && !Chars.IsSpace(text[^1])) return [text];
        var tokens = new string[count];
        var n = 0;
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var space = i == text.Length || Chars.IsSpace(text[i]);
            if (space && start >= 0)
            {
                tokens[n++] = text[start..i];
                start = -1;
            }
            else if (!space && start < 0) start = i;
        }
        return tokens;
    }

    /// <summary>Three or more tokens of one character each: a line set letter-spaced ("美 国 去 年", display type).</summary>
    public static bool AreLetterSpaced(string[] tokens) => tokens.Length >= 3 && tokens.All(t => t.Length == 1);
}
