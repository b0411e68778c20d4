using Site.Parsing.Text;

namespace Site.Parsing.Segmentation;

/// <summary>A line that holds the lines of two or more columns run together, as pdftotext's default mode
/// prints them where columns sit close: "军波、吴金华、何健等市四套班 一项群众性大型公益活动，是广 关、企…".
/// A reader sees it by its width (two or more column lines, each full, one space apart); a sentence run
/// on from one column into the next would read as nonsense, so each column's part is taken as its own
/// line. Their order stays the page's row order: without positions nothing tells which part follows
/// which, and the parser reports the lines.</summary>
internal static class SideBySide
{
    /// <summary>A column line holds at least this many characters; the words of a byline, a dateline's
    /// bracket or a headline's two phrases are shorter.</summary>
    private const int ColumnLine = 8;

    /// <summary>The column parts of the line, or null when it is one column's line.</summary>
    public static string[]? Parts(string line)
    {
        if (line.IndexOf(' ') < 0 || TextShape.VisibleLength(line) < 3 * ColumnLine) return null;
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2) return null;

        // Words shorter than a column line join the word after them ("本报讯 昨晚，…", "（记者 王敬诚）…"),
        // and nothing is cut inside brackets or right after a dateline, which the paper spaces itself.
        var parts = new List<string>();
        var part = "";
        var depth = 0;
        foreach (var word in words)
        {
            part = part.Length == 0 ? word : part + " " + word;
            depth += Depth(word);
            if (depth > 0 || Wide(part) < ColumnLine || Cues.StartsWithDateline(TextShape.Compact(part)) && EndsDateline(part))
                continue;
            parts.Add(part);
            part = "";
        }
        if (part.Length > 0)
        {
            if (parts.Count == 0) return null;
            parts[^1] += " " + part;
        }
        // Column lines are running text: a line of two phrases with no punctuation is a headline
        // ("仲旭东代表市委常委会作报告 周军波传达嘉兴市委全会精神").
        if (parts.Count < 2 || parts.Count == 2 && !parts.Exists(TextShape.HasClausePunctuation)) return null;

        // Two parts must be alike in width, as two columns' lines are; three or more are columns anyway.
        if (parts.Count == 2)
        {
            var (a, b) = (Wide(parts[0]), Wide(parts[1]));
            if (Math.Max(a, b) > 1.5 * Math.Min(a, b)) return null;
        }
        return [.. parts];
    }

    private static bool EndsDateline(string part) => part[^1] is '电' or '讯';

    private static int Depth(string word)
    {
        var d = 0;
        foreach (var c in word)
        {
            if (c is '（' or '(' or '【' or '[') d++;
            else if (c is '）' or ')' or '】' or ']') d--;
        }
        return d;
    }

    private static int Wide(string text)
    {
        var n = 0;
        foreach (var c in text) if (Chars.IsWide(c)) n++;
        return n;
    }
}
