using System.Text.RegularExpressions;
using Site.Parsing.Model;
using Site.Parsing.Text;

namespace Site.Parsing.Bylines;

/// <summary>Credits printed at a caption's end or on the line under it: "（新华社记者 邹伟 摄）",
/// "（本报记者 王强摄）", "本报记者 王强 摄影报道", "王强 摄", "王强/摄"; and signatures in brackets at a
/// body's end: "（王晓玉）", "（本报记者 王晓玉）".</summary>
public static partial class CreditParser
{
    /// <summary>A photo credit, or null.</summary>
    public static ParsedByline? ParsePhoto(string text)
    {
        if (!text.Contains('摄')) return null;
        var compact = TextShape.Compact(text);
        if (compact.Length is < 3 or > 40) return null;
        var m = PhotoCredit().Match(compact);
        if (!m.Success) return null;
        var names = Names(text, m.Groups["names"].Value);
        if (names is null) return null;
        return new ParsedByline(new Byline([], [], [.. names], []), IsCommentary: false, IsPhotoCredit: true);
    }

    /// <summary>Where a photo credit starts at the end of a caption line, or -1 (an index into the
    /// compacted text). Not after a comma: a sentence that a column breaks after 摄 runs on ("当地气温降至摄" /
    /// "氏零下二十度").</summary>
    public static int PhotoCreditStart(string compact)
    {
        if (!compact.Contains('摄')) return -1;
        var m = TrailingPhotoCredit().Match(compact);
        if (!m.Success || m.Index == 0 || compact[m.Index - 1] is '，' or ',' or '、' or '；' or '：') return -1;
        return ParsePhoto(m.Value) is not null ? m.Index : -1;
    }

    /// <summary>A signature in brackets at the end of a body: names (authors) or labelled names.</summary>
    public static ParsedByline? ParseSignature(string text)
    {
        var trimmed = text.AsSpan().Trim();
        if (trimmed.Length < 4 || trimmed[0] is not ('（' or '(') || trimmed[^1] is not ('）' or ')')) return null;
        var compact = TextShape.Compact(text);
        // "（法新社华盛顿九日电）" on a line of its own opens a lead; no name ends in 电.
        if (compact.Length > 30 || Cues.StartsWithDateline(compact)) return null;
        var m = Signature().Match(compact);
        if (!m.Success) return null;
        var inner = m.Groups["inner"].Value;
        if (BylineParser.ParseLabelled(inner) is { } labelled) return labelled;
        var names = Names(text, inner);
        return names is null ? null : new ParsedByline(new Byline([], [], [], [.. names]), IsCommentary: false, IsPhotoCredit: false);
    }

    /// <summary>The length of a bracketed signature that ends <paramref name="compact"/> after a finished
    /// sentence, or 0.</summary>
    public static int SignatureLength(string compact)
    {
        var open = compact.LastIndexOfAny(['（', '(']);
        if (open <= 0 || compact.Length - open > 30 || !TextShape.EndsSentence(compact[..open])) return 0;
        return ParseSignature(compact[open..]) is null ? 0 : compact.Length - open;
    }

    /// <summary>Names in <paramref name="compactNames"/>, cut where the printed text has spaces, else at
    /// surnames.</summary>
    private static List<string>? Names(string text, string compactNames)
    {
        if (compactNames.Length < 2) return null;
        foreach (var c in compactNames) if (!Chars.IsIdeograph(c) && c is not '·' and not '、') return null;
        var parts = compactNames.Split('、');
        var names = new List<string>();
        foreach (var part in parts)
        {
            if (part.Length <= 4 && part.Length >= 2) { names.Add(part); continue; }
            // Spaces in the printed text tell where one name ends ("邹伟 刘东凯").
            var spaced = Tokens.Split(text).Where(t => part.Contains(t, StringComparison.Ordinal) && t.Length is >= 2 and <= 4).ToList();
            if (spaced.Count >= 2 && string.Concat(spaced) == part) { names.AddRange(spaced); continue; }
            if (GluedNames.Split(part) is { } glued) { names.AddRange(glued); continue; }
            if (part.Contains('·') && part.Length <= 12) { names.Add(part); continue; }
            return null;
        }
        return names;
    }

    private const string Org = "(?:本报|新华社|中新社|新华网|人民网|法新社|路透社|美联社|[\u4e00-\u9fff]{2,4}(?:日报|晚报|报社|社))?";
    private const string Role = "(?:特约|首席|见习|实习)?(?:摄影记者|记者|通讯员|摄影)?";

    [GeneratedRegex("^[（(]?" + Org + Role + @"[：:]?(?<names>[\u4e00-\u9fff·、]{2,16}?)/?(?:摄影报道|摄)[）)]?$")]
    private static partial Regex PhotoCredit();

    [GeneratedRegex(@"[（(]?" + Org + Role + @"[：:]?[\u4e00-\u9fff·、]{2,16}?/?(?:摄影报道|摄)[）)]?$")]
    private static partial Regex TrailingPhotoCredit();

    [GeneratedRegex(@"^[（(](?<inner>[^（）()]{2,28})[）)]$")]
    private static partial Regex Signature();
}
