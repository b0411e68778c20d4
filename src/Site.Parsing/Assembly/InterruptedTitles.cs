using Site.Parsing.Classify;
using Site.Parsing.Text;

namespace Site.Parsing.Assembly;

/// <summary>A title or a byline printed below or inside its article's body (a headline under the first
/// columns, a byline at a column's foot) comes out in the middle of the body when the page is read
/// column by column: "…直播电商作为一种新型消" / "■记者 X" / "费模式，正成为…". A reader sees the
/// sentence run on past it and knows the lines are set into the article, not starting another. Such
/// lines are moved to where the article starts (its dateline), where a reader takes them to stand.</summary>
internal static class InterruptedTitles
{
    public static List<ClassifiedBlock> Lift(List<ClassifiedBlock> blocks)
    {
        List<ClassifiedBlock>? result = null;
        for (var i = 1; i < blocks.Count; i++)
        {
            var list = result ?? blocks;
            if (!IsTitlePart(list[i].Kind) || list[i - 1].Kind != BlockKind.Body) continue;
            var end = i;
            while (end < list.Count && IsTitlePart(list[end].Kind)) end++;
            if (end == list.Count || !RunsOn(list[i - 1], list[end])) continue;
            var start = ArticleStart(list, i - 1);
            if (start < 0) continue;
            var under = TitlesUnder(list, end);

            result ??= [.. blocks];
            var moved = result.GetRange(i, end - i);
            if (under > 0)
            {
                result.InsertRange(under, moved);
                result.RemoveRange(i, end - i);
                i--;
                continue;
            }
            result.RemoveRange(i, end - i);
            result.InsertRange(start, moved);
            i = end - 1;
        }
        return result ?? blocks;
    }

    private static bool IsTitlePart(BlockKind kind) => kind is BlockKind.Display or BlockKind.Byline;

    /// <summary>Whether the text after the lines continues the sentence before them: the body before ends
    /// on a full line that finishes no sentence, and the body after does not open with a dateline.</summary>
    private static bool RunsOn(ClassifiedBlock before, ClassifiedBlock after)
    {
        if (after.Kind != BlockKind.Body || after.OpensWithDateline) return false;
        var lines = before.Block.Lines;
        var last = lines[^1];
        if (TextShape.EndsSentence(last) || lines.Length < 2) return false;
        // The column's width is what most of its lines reach (the widest may hold wide brackets); a line may stop
        // a character short where the next opens with a character and its mark, which no line may start with
        // ("…跨境新业" / "态。深化…").
        var widths = lines.Select(TextShape.DisplayWidth).Order().ToArray();
        var slack = CarriedDown(after.Block.Lines[0]) ? 3 : 1;
        return TextShape.DisplayWidth(last) >= widths[widths.Length / 2] - slack;
    }

    private static bool CarriedDown(string line) =>
        line.Length >= 2 && Chars.IsIdeograph(line[0]) && (Chars.IsSentenceEnd(line[1]) || Chars.IsClausePunctuation(line[1]) || Chars.IsCloser(line[1]));

    /// <summary>Where the article's own titles stand under its body, the index of the first of them: after the
    /// body that runs on from <paramref name="from"/>, display lines and then a byline that close the article (no
    /// body follows them). The lines set into the body go with those titles (a kicker over a headline printed
    /// under the story); otherwise -1.</summary>
    private static int TitlesUnder(List<ClassifiedBlock> blocks, int from)
    {
        var k = from;
        while (k < blocks.Count && blocks[k].Kind == BlockKind.Body) k++;
        var first = k;
        while (k < blocks.Count && blocks[k].Kind == BlockKind.Display) k++;
        if (k == first || k == blocks.Count || blocks[k].Kind != BlockKind.Byline) return -1;
        while (k < blocks.Count && blocks[k].Kind == BlockKind.Byline) k++;
        return k < blocks.Count && blocks[k].Kind is BlockKind.Body or BlockKind.Caption ? -1 : first;
    }

    /// <summary>The index of the block whose dateline opens the article the body at <paramref name="from"/>
    /// belongs to (above a byline already standing over it), or -1 when the body runs back to anything
    /// else first.</summary>
    private static int ArticleStart(List<ClassifiedBlock> blocks, int from)
    {
        for (var k = from; k >= 0 && blocks[k].Kind == BlockKind.Body; k--)
        {
            if (!blocks[k].OpensWithDateline) continue;
            while (k > 0 && blocks[k - 1].Kind == BlockKind.Byline) k--;
            return k;
        }
        return -1;
    }
}
