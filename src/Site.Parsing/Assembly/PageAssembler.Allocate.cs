using System.Collections.Immutable;
using Site.Parsing.Bylines;
using Site.Parsing.Classify;
using Site.Parsing.Model;
using Site.Parsing.Text;

namespace Site.Parsing.Assembly;

/// <summary>Hands out the display lines between cores: headlines before or after their articles.</summary>
public static partial class PageAssembler
{
    /// <summary>Some pages print each headline after its article (seed 001). Such a page opens with a
    /// byline: nothing stands above its first article.</summary>
    private static bool TitlesFollowBodies(List<object> sequence) =>
        sequence.FirstOrDefault() is Core { Bylines.Count: > 0, TitleAfterByline.Count: 0 } first
        && !first.Bylines[0].Byline!.IsPhotoCredit;

    /// <summary>Hands the display lines of each gap to the article before it (on pages whose titles
    /// follow their bodies) or after it; what neither takes is noise.</summary>
    private static void Allocate(List<object> sequence, bool titleAfterBody, List<NoiseBlock> noise)
    {
        for (var i = 0; i < sequence.Count; i++)
        {
            if (sequence[i] is not List<ClassifiedBlock> gap) continue;
            var before = i > 0 ? sequence[i - 1] as Core : null;
            var after = i + 1 < sequence.Count ? sequence[i + 1] as Core : null;
            var cut = Cut(gap, before, after, titleAfterBody);
            var upper = gap.Take(cut).ToList();
            var lower = gap.Skip(cut).ToList();
            if (upper.Count > 0 && before is not null) Take(before, upper, fromEnd: false);
            if (lower.Count > 0 && after is not null) Take(after, lower, fromEnd: true);
            noise.AddRange(upper.Concat(lower).Select(b => ToNoise(b, NoiseReason.DisplayOutsideArticle)));
        }
        foreach (var core in sequence.OfType<Core>())
        {
            if (core.Label.Count == 0) continue;
            if (core.WantsTitle) core.Title.AddRange(core.Label);
            else noise.AddRange(core.Label.Select(b => ToNoise(b, NoiseReason.ColumnLabelOrSlogan)));
        }
    }

    /// <summary>A line of up to twenty characters without punctuation that has little in common with the
    /// body (a place name at most): a column's label (关注) or a slogan (文明健康 绿色环保, 民生优享幸福平湖),
    /// which a reader tells from a headline by what the headline says about the story.</summary>
    private static bool IsLabel(ClassifiedBlock block, string body) =>
        block.Block.Lines.Length == 1 && TextShape.VisibleLength(block.Text) <= 20
        && !TextShape.HasClausePunctuation(block.Text) && !TextShape.EndsSentence(block.Text)
        && TextShape.BigramOverlap(block.Text, body) < TitleOverlap;

    /// <summary>A short line a box holds on its own, as the PDF shows: a column's label on a dark ground (国际视点,
    /// 经济新方位) over the title, however much its words say of the body.</summary>
    private static bool IsBoxedLabel(ClassifiedBlock block) =>
        block.Block.Boxed && block.Block.Lines.Length == 1 && TextShape.VisibleLength(block.Text) <= 12
        && !TextShape.HasClausePunctuation(block.Text) && !TextShape.EndsSentence(block.Text);

    /// <summary>A label of a column of opinion: a line of a few characters that names itself so (…评, …论, 评论,
    /// 社论, 言论, 论坛, 评论员文章, OPINION) and says little of the body (the place a column is named for, 东湖时评
    /// over a piece on 东湖社区, at most).</summary>
    private static bool IsCommentaryLabel(ClassifiedBlock block, string body)
    {
        if (block.Block.Lines is not [var line] || line.Length > 16) return false;
        var compact = TextShape.Compact(line);
        return compact.Length <= 7 && !TextShape.HasClausePunctuation(compact)
            && (compact.EndsWith('评') || compact.EndsWith('论') || compact.EndsWith("论坛", StringComparison.Ordinal)
                || compact.EndsWith("评论员文章", StringComparison.Ordinal) || compact.Equals("OPINION", StringComparison.OrdinalIgnoreCase))
            && TextShape.BigramOverlap(compact, body) < 0.5;
    }

    /// <summary>Where the gap's lines stop belonging to the article above (a title printed under its
    /// body) and start belonging to the one below: the cut that gives each line to the body that shares
    /// the most of its bigrams, leaning to the page's habit when the text does not say.</summary>
    private static int Cut(List<ClassifiedBlock> gap, Core? before, Core? after, bool titleAfterBody)
    {
        if (before is not { WantsTitle: true }) return 0;
        if (after is not { WantsTitle: true }) return gap.Count;
        // Photo items and unsigned pieces below a page of titles-after-bodies still take the line over them.
        var habitBelow = titleAfterBody && !(after.IsPhoto || after.Bylines.Count == 0);
        var (upBody, downBody) = (before.BodyText, after.BodyText);
        var up = gap.Select(b => TextShape.BigramOverlap(b.Text, upBody)).ToArray();
        var down = gap.Select(b => TextShape.BigramOverlap(b.Text, downBody)).ToArray();
        var best = habitBelow ? gap.Count : 0;
        var bestScore = double.MinValue;
        for (var k = 0; k <= gap.Count; k++)
        {
            var score = up.Take(k).Sum() + down.Skip(k).Sum();
            // The habit decides ties: a small weight for each line given the page's way.
            score += 0.05 * (habitBelow ? k : gap.Count - k);
            if (score > bestScore + 1e-9) (best, bestScore) = (k, score);
        }
        return best;
    }

    /// <summary>Takes the display lines nearest the core: the nearest always, further ones while they
    /// talk about the body and the title stays within three lines.</summary>
    private static void Take(Core core, List<ClassifiedBlock> gap, bool fromEnd)
    {
        if (!core.WantsTitle) return;
        var body = core.BodyText;
        var taken = new List<ClassifiedBlock>();
        var lines = 0;
        while (gap.Count > 0)
        {
            var b = fromEnd ? gap[^1] : gap[0];
            var n = TitleBuilder.Lines([b], body).Lines.Count;
            var first = taken.Count == 0;
            var further = gap.Count > 1 ? (fromEnd ? gap[^2] : gap[1]) : null;
            // A column's label (东湖时评, 本报评论, 社论; any a box sets apart) stands over the title, and what stands
            // beyond it is another article's; under a commentary column's label the piece is commentary.
            var commentary = IsCommentaryLabel(b, body);
            if (commentary || IsBoxedLabel(b))
            {
                // What was set aside as a label nearer the body is the title this label stands over.
                taken.InsertRange(0, core.Label);
                core.Label.Clear();
                core.Label.Add(b);
                core.UnderCommentaryLabel |= commentary;
                gap.RemoveAt(fromEnd ? gap.Count - 1 : 0);
                if (taken.Count == 0) continue;
                break;
            }
            // The short end of a wrapped headline ("…获省级荣" / "誉") stands where a label would; the line
            // beyond it then talks about the body.
            if (first && core.Label.Count == 0 && IsLabel(b, body)
                && (further is null || TextShape.BigramOverlap(further.Text, body) < TitleOverlap
                    || TextShape.VisibleLength(b.Text) > 3))
            {
                // Set aside: the headline may stand further on, or on the body's other side.
                core.Label.Add(b);
                gap.RemoveAt(fromEnd ? gap.Count - 1 : 0);
                continue;
            }
            if (first && core.Label.Count > 0 && TextShape.BigramOverlap(b.Text, body) < TitleOverlap) break;
            if (!first && (lines + n > MaxTitleLines || TextShape.BigramOverlap(b.Text, body) < TitleOverlap)) break;
            if (first && n > MaxTitleLines) break;
            taken.Add(b);
            lines += n;
            gap.RemoveAt(fromEnd ? gap.Count - 1 : 0);
        }
        if (fromEnd) taken.Reverse();
        core.Title.AddRange(taken);
    }
}
