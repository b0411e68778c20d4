using System.Text;

namespace Site.Parsing.Input;

/// <summary>Valid UTF-8 or UTF-16 that is nonetheless garbage, in the two ways Chinese text is commonly spoiled
/// before it reaches us: UTF-8 read once as Latin-1 (or Windows-1252) and saved as UTF-8 again ("æœ¬æŠ¥"
/// for 本报), and text saved in an encoding without Chinese characters, which wrote ? for each.</summary>
internal static class UnicodeMojibake
{
    /// <summary>Why the text is mojibake, or null when it is not.</summary>
    public static string? Why(string text)
    {
        int latin = 0, ideographs = 0, questions = 0, visible = 0;
        foreach (var c in text)
        {
            if (c is >= '\u00C0' and <= '\u00FF') latin++;
            else if (c is >= '\u4E00' and <= '\u9FFF') ideographs++;
            else if (c == '?') questions++;
            if (!char.IsWhiteSpace(c)) visible++;
        }
        if (latin >= 4 && ideographs * 10 < latin && Undone(text) is { } undone)
            return "the text is UTF-8 that was read as Latin-1 (or Windows-1252) and saved as UTF-8 again: " +
                   $"undone, it reads \"{Preview(undone)}\"; convert it back (iconv -f utf-8 -t windows-1252) and add it again";
        if (questions >= 10 && questions * 4 >= visible && ideographs < questions)
            return $"{questions} of the text's {visible} characters are question marks: it was saved in an encoding that has no " +
                   "Chinese characters (Latin-1, Windows-1252, ASCII), which wrote ? for each; export it again as UTF-8";
        return null;
    }

    /// <summary>The text the Latin-1 reading spoiled, when its characters are all bytes of Windows-1252 or
    /// Latin-1 and those bytes are UTF-8 that reads as Chinese.</summary>
    private static string? Undone(string text)
    {
        var bytes = new byte[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c <= '\u00FF') bytes[i] = (byte)c;
            else if (Windows1252.High.TryGetValue(c, out var b)) bytes[i] = b;
            else return null;
        }
        if (!System.Text.Unicode.Utf8.IsValid(bytes)) return null;
        var undone = Encoding.UTF8.GetString(bytes);
        return undone.Count(c => c is >= '\u4E00' and <= '\u9FFF') >= 2 && ChineseText.CommonShare(undone) >= ChineseText.Plausible
            ? undone : null;
    }

    private static string Preview(string text)
    {
        var start = text.AsSpan().IndexOfAnyInRange('\u4E00', '\u9FFF');
        var line = text[Math.Max(start, 0)..].Split('\n', 2)[0].Trim();
        return line.Length <= 24 ? line : line[..24] + "…";
    }

    /// <summary>The characters Windows-1252 puts at 0x80–0x9F (€, ‚, “, ”, …), by the byte they stand for.</summary>
    private static class Windows1252
    {
        public static readonly Dictionary<char, byte> High = Build();

        private static Dictionary<char, byte> Build()
        {
            var encoding = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
            var high = new Dictionary<char, byte>();
            for (var b = 0x80; b <= 0x9F; b++)
                if (encoding.GetString([(byte)b]) is [var c] && c > '\u00FF') high[c] = (byte)b;
            return high;
        }
    }
}
