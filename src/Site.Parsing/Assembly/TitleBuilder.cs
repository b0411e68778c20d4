using Site.Parsing.Classify;
using Site.Parsing.Text;

namespace Site.Parsing.Assembly;

/// <summary>The display lines over an article, sorted into 引题 (kicker), 主题 (headline) and 副题
/// (subheadline).</summary>
public sealed record Title(string? Kicker, string? Headline, string? Subheadline, IReadOnlyList<string> Undone)
{
    public static readonly Title None = new(null, null, null, []);
}

public static class TitleBuilder
{
    /// <summary>Display lines of the given blocks, in reading order. A block set as one (a PDF's), or whose
    /// lines are all short and unspaced, is one title wrapped in a narrow column ("市政协召开/专题协商会"); otherwise each
    /// line is its own display line, but where a break falls inside a word of the article's
    /// <paramref name="body"/>.</summary>
    public static (List<string> Lines, List<string> Undone) Lines(IEnumerable<ClassifiedBlock> blocks, string body = "")
    {
        var lines = new List<string>();
        var undone = new List<string>();
        foreach (var block in blocks)
        {
            // Doubled decorative text comes out doubled within one line; two equal lines are two
            // printings (a name set twice), so each line is undone on its own, before any joining.
            var raw = block.Block.Lines.Select(l =>
            {
                var (text, removed) = Doubling.Undo(Spacing.Display(l));
                undone.AddRange(removed);
                return text;
            }).Where(t => t.Length > 0).ToList();
            var wrapped = raw.Count > 1 && raw.Distinct().Count() == raw.Count
                          && (block.Block.OneSetting
                              || raw.All(l => TextShape.VisibleLength(l) <= 8 && !l.Trim().Contains(' '))
                              || LetterSpacedWrap(block.Block.Lines));
            if (wrapped) lines.Add(Spacing.JoinWrapped(raw));
            else lines.AddRange(raw);
        }
        // One or two characters on a line of their own are the end of the headline above, which the
        // column wrapped ("…获省级荣" / "誉"): no kicker or subheadline is that short.
        for (var i = lines.Count - 1; i > 0; i--)
            if (TextShape.VisibleLength(lines[i]) <= 2)
            {
                lines[i - 1] = Spacing.JoinWrapped([lines[i - 1], lines[i]]);
                lines.RemoveAt(i);
            }
        if (lines.Count > 1 && body.Length > 0) JoinWordsAcrossBreaks(lines, TextShape.Compact(body));
        return (lines, undone);
    }

    /// <summary>Lines all letter-spaced, each no longer than the one before: one headline in display type
    /// that its narrow column wrapped ("第 1 0 5 期 创 新 学 堂 学" / "习 活 动 举 行").</summary>
    private static bool LetterSpacedWrap(IReadOnlyList<string> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var tokens = Tokens.Split(lines[i]);
            if (!Tokens.AreLetterSpaced(tokens)) return false;
            if (i > 0 && TextShape.VisibleLength(lines[i]) > TextShape.VisibleLength(lines[i - 1])) return false;
        }
        return true;
    }

    /// <summary>One line is the headline; three are kicker, headline, subheadline. Of two, the second is
    /// the subheadline unless the first reads as a sentence and the second does not (then the first is
    /// the kicker: "到2027年,实现30亿元以上出口规模 / 我市加力推动跨境电商高质量发展"). More than three:
    /// the extra leading lines join the kicker.</summary>
    public static Title Build(IEnumerable<ClassifiedBlock> blocks, IReadOnlyList<string> paragraphs)
    {
        var (lines, undone) = Lines(blocks);
        if (lines.Count > 1 && paragraphs.Count > 0) JoinWordsAcrossBreaks(lines, TextShape.Compact(string.Concat(paragraphs)));
        return lines.Count switch
        {
            0 => Title.None with { Undone = undone },
            1 => new(null, lines[0], null, undone),
            2 when !IsSubheadline(lines[1]) && TextShape.HasClausePunctuation(lines[0]) && !TextShape.HasClausePunctuation(lines[1])
                => new(lines[0], lines[1], null, undone),
            2 => new(null, lines[0], lines[1], undone),
            _ => new(string.Join(' ', lines.Take(lines.Count - 2)), lines[^2], lines[^1], undone),
        };
    }

    /// <summary>Joins two display lines where the column broke a word: the two characters before the break
    /// and the two after it spell a word the article's body uses ("欧元区去年贸易" / "顺差达1023亿欧元" over a
    /// body on 贸易顺差). Kicker, headline and subheadline are phrases of their own: the characters
    /// either side of their break do not run on in the text.</summary>
    private static void JoinWordsAcrossBreaks(List<string> lines, string body)
    {
        for (var i = lines.Count - 1; i > 0; i--)
        {
            var before = TextShape.Compact(lines[i - 1]);
            var after = TextShape.Compact(lines[i]);
            if (before.Length < 2 || after.Length < 2 || IsSubheadline(after)) continue;
            var word = string.Concat(before.AsSpan(before.Length - 2), after.AsSpan(0, 2));
            if (!word.All(Chars.IsIdeograph) || !body.Contains(word, StringComparison.Ordinal)) continue;
            lines[i - 1] = Spacing.JoinWrapped([lines[i - 1], lines[i]]);
            lines.RemoveAt(i);
        }
    }

    private static bool IsSubheadline(string line) => line.StartsWith('—') || line.StartsWith("--", StringComparison.Ordinal);
}
