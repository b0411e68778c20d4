using System.Collections.Immutable;
using Site.Parsing.Model;
using Site.Parsing.Rules;
using Site.Parsing.Text;

namespace Site.Parsing.Bylines;

/// <summary>A byline as read from one block.</summary>
/// <param name="IsCommentary">本报评论员, or a columnist's pen name.</param>
/// <param name="IsPhotoCredit">Only photographers: a credit that closes a photo item.</param>
public sealed record ParsedByline(Byline Byline, bool IsCommentary, bool IsPhotoCredit);

/// <summary>Reads bylines: "■记者 林旭东 通讯员 吴慧婷", "■记 者 倪雨伦", "■摄影 王 强 陈明远",
/// "■本报评论员", "■言成声", and bare names under a headline ("许颖佳 徐亦为").</summary>
public static class BylineParser
{
    private enum Role { Reporter, Correspondent, Photographer, Author }

    // Longest first, so that "本报记者" is not read as "本报" + "记者".
    private static readonly (string Label, Role Role)[] Labels =
    [
        ("本报评论员", Role.Author), ("特约评论员", Role.Author), ("评论员", Role.Author),
        ("本报记者", Role.Reporter), ("特约记者", Role.Reporter), ("见习记者", Role.Reporter),
        ("实习记者", Role.Reporter), ("首席记者", Role.Reporter), ("记者", Role.Reporter),
        ("特约通讯员", Role.Correspondent), ("通讯员", Role.Correspondent), ("实习生", Role.Correspondent),
        ("摄影记者", Role.Photographer), ("摄影", Role.Photographer), ("摄", Role.Photographer),
        ("作者", Role.Author), ("文/图", Role.Author), ("文", Role.Author),
    ];

    private const int MaxLength = 60;

    /// <summary>A block that carries role labels or the ■ marker. Null when it is not a byline.</summary>
    public static ParsedByline? ParseMarked(IReadOnlyList<string> lines, ParserRules rules)
    {
        if (lines.Count > 3 || lines.Sum(TextShape.VisibleLength) > MaxLength) return null;
        if (!lines.Any(MayHold)) return null;
        lines = JoinWrappedNames(lines);
        var roles = new List<(Role, string)>();
        var commentary = false;
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            var marked = line.StartsWith('■');
            line = line.TrimStart('■', ' ', '\u3000');
            var tokens = MergeSpacedLabels(Tokens.Split(line).SelectMany(SplitGluedLabels).ToArray());
            if (tokens.Count == 0) return null;
            var role = (Role?)null;
            var labelled = false;
            var pending = new List<string>();
            foreach (var token in tokens)
            {
                var (label, rest) = SplitLabel(token);
                if (label is { } found)
                {
                    Flush(roles, role ?? Role.Author, pending);
                    role = found.Role;
                    labelled = true;
                    if (found.Role == Role.Author && found.Label.EndsWith("评论员", StringComparison.Ordinal))
                    {
                        commentary = true;
                        if (rest.Length == 0) roles.Add((Role.Author, found.Label));
                    }
                    if (rest.Length > 0) pending.Add(rest);
                    continue;
                }
                pending.Add(token);
            }
            if (!labelled && !marked) return null;
            if (!labelled)
            {
                // "■言成声": a pen name or bare names after the marker.
                var names = string.Concat(pending);
                if (rules.IsColumnist(names)) commentary = true;
                else if (!pending.All(IsNameToken)) return null;
            }
            else if (!pending.All(IsNameToken)) return null;
            Flush(roles, role ?? Role.Author, pending);
        }
        if (roles.Count == 0) return null;
        return Build(roles, commentary);
    }

    /// <summary>A byline line is marked, or holds a label (letter-spaced ones only as their letters).
    /// Asked of every short block before anything costlier.</summary>
    private static bool MayHold(string line)
    {
        // A credit is names and labels: a line of prose, with its commas and full stops, is none.
        if (line.AsSpan().IndexOfAny("，。；！？“”,;") >= 0) return false;
        if (line.Contains('■')) return true;
        foreach (var (label, _) in Labels)
        {
            if (label.Length >= 2 && line.Contains(label, StringComparison.Ordinal)) return true;
        }
        // One-letter labels stand as a word ("文 张三", "王强 摄") or start the line; spaced labels ("记 者").
        var trimmed = line.TrimStart();
        return trimmed.Length > 0 && trimmed[0] is '文' or '摄' || line.Contains(" 摄", StringComparison.Ordinal)
               || line.Contains("记 者", StringComparison.Ordinal) || line.Contains("通 讯", StringComparison.Ordinal)
               || line.Contains("评 论", StringComparison.Ordinal) || line.Contains("摄 影", StringComparison.Ordinal);
    }

    /// <summary>A name the column wrapped ("■记者 林旭东 通讯员 吴慧" over "婷") joins the line above.</summary>
    private static IReadOnlyList<string> JoinWrappedNames(IReadOnlyList<string> lines)
    {
        if (lines.Count < 2 || !lines.Skip(1).Any(l => TextShape.VisibleLength(l) <= 2)) return lines;
        var joined = new List<string> { lines[0] };
        foreach (var line in lines.Skip(1))
        {
            if (TextShape.VisibleLength(line) <= 2 && TextShape.IsPlain(line)) joined[^1] = joined[^1].TrimEnd() + line.Trim();
            else joined.Add(line);
        }
        return joined;
    }

    /// <summary>Names after a role label ("记者 郑金发 怀成波", "本报记者王晓玉"), as inside a dateline's
    /// brackets; bare names are not enough here. Null when there is no label.</summary>
    public static ParsedByline? ParseLabelled(string text)
    {
        var tokens = MergeSpacedLabels(Tokens.Split(text).SelectMany(SplitGluedLabels).ToArray());
        if (tokens.Count == 0 || SplitLabel(tokens[0]).Label is null) return null;
        return ParseMarked(["■" + text], ParserRules.Default) is { IsPhotoCredit: false } byline ? byline : null;
    }

    /// <summary>A line of bare names ("许颖佳 徐亦为", "娄懿") or a columnist's pen name ("言成声").
    /// Whether it really is a byline depends on where it stands; the assembler decides that.</summary>
    public static ParsedByline? ParseBare(IReadOnlyList<string> lines, ParserRules rules)
    {
        if (lines.Count != 1) return null;
        var line = lines[0].Trim();
        if (rules.IsColumnist(TextShape.Compact(line)))
            return Build([(Role.Author, TextShape.Compact(line))], commentary: true);
        var tokens = Tokens.Split(line);
        // Bare names are set apart by spaces: a run of glued letters is a word, not names.
        if (tokens.Length is 0 or > 6 || !tokens.All(t => IsNameToken(t) && (t.Length <= 4 || t.Contains('·')))) return null;
        // More than one name's worth of single letters is letter-spaced text ("情 况 不 佳"), not names.
        if (tokens.Count(t => t.Length == 1) > 2) return null;
        var names = PairSingleLetters(tokens);
        if (names.Count > 4 || names.Any(n => n.Length < 2)) return null;
        return Build([.. names.Select(n => (Role.Author, n))], commentary: false);
    }

    private static ParsedByline Build(List<(Role Role, string Name)> roles, bool commentary)
    {
        ImmutableArray<string> Of(Role r) => [.. roles.Where(x => x.Role == r).Select(x => x.Name)];
        var byline = new Byline(Of(Role.Reporter), Of(Role.Correspondent), Of(Role.Photographer), Of(Role.Author));
        var photoOnly = !byline.Photographers.IsEmpty && byline.Reporters.IsEmpty
            && byline.Correspondents.IsEmpty && byline.Authors.IsEmpty;
        return new ParsedByline(byline, commentary, photoOnly);
    }

    private static void Flush(List<(Role, string)> roles, Role role, List<string> pending)
    {
        foreach (var name in PairSingleLetters(pending).SelectMany(n => n.Length > 4 && GluedNames.Split(n) is { } names ? names : [n]))
            roles.Add((role, name));
        pending.Clear();
    }

    /// <summary>Two-letter names are set with a space to line up with three-letter ones ("王 强").</summary>
    private static List<string> PairSingleLetters(IReadOnlyList<string> tokens)
    {
        var names = new List<string>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Length == 1 && i + 1 < tokens.Count && tokens[i + 1].Length == 1)
            {
                names.Add(tokens[i] + tokens[i + 1]);
                i++;
            }
            else names.Add(tokens[i]);
        }
        return names;
    }

    /// <summary>Extractors that drop spaces glue labels and names together ("记者汤智娟通讯员翁辰宸"):
    /// cut before each label of two or more letters that follows a name of two to four.</summary>
    private static IEnumerable<string> SplitGluedLabels(string token)
    {
        if (token.Length < 6) { yield return token; yield break; }
        var start = 0;
        for (var i = 2; i < token.Length - 1; i++)
        {
            if (i - start < 2) continue;
            foreach (var (label, _) in Labels)
            {
                if (label.Length < 2 || string.CompareOrdinal(token, i, label, 0, label.Length) != 0) continue;
                var before = token[start..i];
                var name = LeadingLabel(before) is { } l ? before[l.Length..] : before;
                if (name.Length is < 2 or > 4 || !IsNameToken(name)) continue;
                yield return before;
                start = i;
                i += label.Length - 1;
                break;
            }
        }
        yield return token[start..];
    }

    private static string? LeadingLabel(string token)
    {
        foreach (var (label, _) in Labels) if (token.StartsWith(label, StringComparison.Ordinal)) return label;
        return null;
    }

    /// <summary>"记 者" and "通 讯 员" come out letter-spaced; rejoin the pieces of a label.</summary>
    private static List<string> MergeSpacedLabels(string[] tokens)
    {
        var merged = new List<string>();
        for (var i = 0; i < tokens.Length; i++)
        {
            var matched = false;
            // The run of one-letter tokens from i: only such a run can be a spaced label.
            var singles = 0;
            while (singles < 5 && i + singles < tokens.Length && tokens[i + singles].Length == 1) singles++;
            for (var n = singles; n >= 2 && !matched; n--)
            {
                var joined = string.Concat(tokens.AsSpan(i, n));
                if (IsLabel(joined))
                {
                    merged.Add(joined);
                    i += n - 1;
                    matched = true;
                }
            }
            if (!matched) merged.Add(tokens[i]);
        }
        return merged;
    }

    private static bool IsLabel(string text)
    {
        foreach (var (label, _) in Labels) if (label == text) return true;
        return false;
    }

    private static ((string Label, Role Role)? Label, string Remainder) SplitLabel(string token)
    {
        foreach (var l in Labels)
        {
            if (!token.StartsWith(l.Label, StringComparison.Ordinal)) continue;
            var rest = token[l.Label.Length..];
            if (rest.Length == 0) return (l, rest);
            // "记者林旭东" sticks label and name together; one-letter labels ("文", "摄") never do,
            // or "文明健康" would read as 文 + a name.
            if (l.Label.Length >= 2 && l.Label != "作者" && IsNameToken(rest)) return (l, rest);
        }
        return (null, token);
    }

    /// <summary>A Chinese personal name: 1–4 ideographs (one when letter-spaced), or with a middle dot
    /// for transliterated names.</summary>
    private static bool IsNameToken(string token)
    {
        var letters = 0;
        foreach (var c in token)
        {
            if (Chars.IsIdeograph(c)) letters++;
            else if (c != '·') return false;
        }
        return letters is >= 1 and <= 4 || token.Contains('·') && letters <= 10
               || letters == token.Length && letters <= 12 && GluedNames.SplitAtSurnames(token) is not null
               // Two names of three letters, the second with a rarer surname ("李凤超迺勇瑶").
               || letters == 6 && token.Length == 6 && GluedNames.StartsWithSurname(token);
    }
}
