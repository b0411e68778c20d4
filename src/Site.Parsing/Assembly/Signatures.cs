using Site.Parsing.Bylines;
using Site.Parsing.Model;
using Site.Parsing.Text;

namespace Site.Parsing.Assembly;

/// <summary>Credits inside the body's text: a signature in brackets after the last sentence ("…恢复。（王晓玉）"),
/// and the names in a dateline's brackets ("新华社巴黎1月29日电（记者 王敬诚）…").</summary>
internal static class Signatures
{
    /// <summary>Removes a bracketed signature from the end of the last paragraph (or the last paragraph,
    /// when it is nothing else) and returns it with the text it was read from.</summary>
    public static (ParsedByline Byline, string Source)? Take(List<string> paragraphs)
    {
        if (paragraphs.Count == 0) return null;
        var last = paragraphs[^1];
        if (paragraphs.Count > 1 && CreditParser.ParseSignature(last) is { } alone && TextShape.EndsSentence(paragraphs[^2]))
        {
            paragraphs.RemoveAt(paragraphs.Count - 1);
            return (alone, last);
        }
        var compact = TextShape.Compact(last);
        var length = CreditParser.SignatureLength(compact);
        if (length == 0) return null;
        // The signature's characters, found from the end of the paragraph as printed (spaces and all).
        var seen = 0;
        var cut = last.Length;
        while (cut > 0 && seen < length)
        {
            cut--;
            if (!Chars.IsSpace(last[cut])) seen++;
        }
        var signature = last[cut..];
        paragraphs[^1] = last[..cut].TrimEnd();
        return CreditParser.ParseSignature(signature) is { } byline ? (byline, signature) : null;
    }

    /// <summary>The names in the brackets after a lead's dateline: 记者 as reporters, 通讯员 as
    /// correspondents. The text stays in the paragraph, as printed.</summary>
    public static ParsedByline? FromDateline(List<string> paragraphs)
    {
        if (paragraphs.Count == 0) return null;
        var first = paragraphs[0];
        var compact = TextShape.Compact(first.Length > 80 ? first[..80] : first);
        var dateline = Cues.DatelineLength(compact);
        if (dateline == 0 || dateline >= compact.Length || compact[dateline] is not ('（' or '(')) return null;
        var close = compact.IndexOfAny(['）', ')'], dateline);
        if (close < 0) return null;
        var inner = compact[(dateline + 1)..close];
        // The printed spacing tells names apart: take the inner text from the paragraph itself, from the
        // bracket that follows the dateline (a dateline may be bracketed itself: "（法新社巴黎电）（记者 X）").
        var open = PrintedIndex(first, dateline);
        var end = open < 0 ? -1 : first.IndexOfAny(['）', ')'], open);
        var printed = open >= 0 && end > open ? first[(open + 1)..end] : inner;
        // Labelled names (记者 X), else bare names as agencies print them ("（杨金志 杨烨）").
        return BylineParser.ParseLabelled(printed) ?? CreditParser.ParseSignature("（" + printed + "）");
    }

    /// <summary>Where the <paramref name="compactIndex"/>-th visible character stands in the printed text.</summary>
    private static int PrintedIndex(string text, int compactIndex)
    {
        var seen = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (Chars.IsSpace(text[i])) continue;
            if (seen++ == compactIndex) return i;
        }
        return -1;
    }

    /// <summary>Adds the names the byline does not already have.</summary>
    public static Byline MergeNew(Byline byline, ParsedByline more)
    {
        var known = byline.Reporters.Concat(byline.Correspondents).Concat(byline.Photographers).Concat(byline.Authors).ToHashSet();
        var b = more.Byline;
        return byline.Merge(new Byline(
            [.. b.Reporters.Where(n => !known.Contains(n))], [.. b.Correspondents.Where(n => !known.Contains(n))],
            [.. b.Photographers.Where(n => !known.Contains(n))], [.. b.Authors.Where(n => !known.Contains(n))]));
    }
}
