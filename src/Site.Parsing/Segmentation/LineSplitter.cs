using Site.Parsing.Bylines;
using Site.Parsing.Rules;
using Site.Parsing.Text;

namespace Site.Parsing.Segmentation;

/// <summary>Cuts a line where a second thing starts inside it: extractors that put no line break between
/// a byline and its lead ("■记者 林旭东 本报讯 近日…"), before a ■ marker, or before a teaser's pointer
/// ("市政协召开专题协商会 »»» 详见四版").</summary>
internal static class LineSplitter
{
    /// <summary>Whether the line holds anything a cut is made before: ■, a dateline's 电 or 讯, a
    /// credit's 摄, a pointer's 详见. Most lines hold none and are taken whole without a look.</summary>
    public static bool MayCut(string line) => line.AsSpan().IndexOfAny("■电讯摄详") >= 0;

    public static IEnumerable<string> Split(string line, ParserRules rules)
    {
        var rest = line;
        while (rest.Length > 0)
        {
            var cut = NextCut(rest, rules);
            if (cut <= 0) break;
            var head = rest[..cut].TrimEnd();
            if (head.Length > 0) yield return head;
            rest = rest[cut..].TrimStart();
        }
        if (rest.Length > 0) yield return rest;
    }

    /// <summary>Where the first piece ends, or 0 when the line is one piece.</summary>
    private static int NextCut(string line, ParserRules rules)
    {
        // A ■ inside a line starts a byline ("…有力■记者 X"), unless it is set between words as a bullet.
        var marker = line.IndexOf('■', 1);
        if (marker > 0 && !TextShape.EndsSentence(line[..marker]) && !Chars.IsClausePunctuation(LastVisible(line[..marker]))
            && BylineParser.ParseMarked([line[marker..LeadOrEnd(line, marker)]], rules) is not null)
            return marker;

        // A dateline after a byline: "■记者 林旭东 本报讯 近日", "记者林旭东本报讯近日".
        // Every dateline ends in 电 or 讯: without one near the start no dateline is searched for.
        var mayDate = line.AsSpan(0, Math.Min(line.Length, 100)).IndexOfAny('电', '讯') >= 0;
        // A byline is short, so only the line's first characters are searched.
        for (var i = 1; mayDate && i < Math.Min(line.Length - 2, 64); i++)
        {
            if (!StartsSource(line, i)) continue;
            if (!Cues.StartsWithDateline(CompactHead(line, i))) continue;
            var head = line[..i];
            if (BylineParser.ParseMarked([head], rules) is not null) return i;
        }

        // A bracketed dateline after a headline set on the same line: "…付出报酬（法新社华盛顿七日电）美国…".
        for (var i = 2; mayDate && i < Math.Min(line.Length - 4, 64); i++)
        {
            if (line[i] is not ('（' or '(')) continue;
            var head = line[..i];
            if (head.AsSpan().IndexOfAny("。！？!?，,；;") >= 0) break;
            if (Cues.StartsWithDateline(CompactHead(line, i))) return i;
        }

        var compact = TextShape.Compact(line);
        // A photo credit after its caption: "善行一日捐，温暖一座城。（新华社记者 邹伟 摄）".
        var credit = CreditParser.PhotoCreditStart(compact);
        if (credit > 0) return RawIndex(line, credit);

        // A teaser's pointer after its title.
        var pointer = Cues.PointerStart(compact);
        if (pointer > 0) return RawIndex(line, pointer);
        return 0;
    }

    private static bool StartsSource(string line, int i) =>
        line[i] is '本' or '新' or '中' || Chars.IsIdeograph(line[i]) && i > 0 && (Chars.IsSpace(line[i - 1]) || line[i - 1] is '）' or ')');

    private static int LeadOrEnd(string line, int from)
    {
        for (var i = from + 1; i < line.Length - 2; i++)
            if (StartsSource(line, i) && Cues.StartsWithDateline(CompactHead(line, i))) return i;
        return line.Length;
    }

    /// <summary>The first characters from <paramref name="i"/>, white space removed: enough for any
    /// dateline, without copying the rest of a long line.</summary>
    private static string CompactHead(string line, int i) => TextShape.Compact(line.Substring(i, Math.Min(48, line.Length - i)));

    private static char LastVisible(string text)
    {
        for (var i = text.Length - 1; i >= 0; i--) if (!Chars.IsSpace(text[i])) return text[i];
        return ' ';
    }

    /// <summary>The index in <paramref name="line"/> of the <paramref name="compactIndex"/>-th visible character.</summary>
    private static int RawIndex(string line, int compactIndex)
    {
        var seen = 0;
        for (var i = 0; i < line.Length; i++)
        {
            if (Chars.IsSpace(line[i])) continue;
            if (seen++ == compactIndex) return i;
        }
        return line.Length;
    }
}
