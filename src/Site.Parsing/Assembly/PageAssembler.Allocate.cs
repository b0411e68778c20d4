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
            var remaining = gap.ToList();

            if (before is { WantsTitle: true } && titleAfterBody)
                Take(before, remaining, fromEnd: false);
            if (after is { WantsTitle: true } && (!titleAfterBody || after.IsPhoto || after.Bylines.Count == 0))
                Take(after, remaining, fromEnd: true);
            noise.AddRange(remaining.Select(b => ToNoise(b, "display line outside any article")));
        }
    }

    /// <summary>Takes the display lines nearest the core: the nearest always, further ones while they
    /// talk about the body and the title stays within three lines.</summary>
    private static void Take(Core core, List<ClassifiedBlock> gap, bool fromEnd)
    {
        var body = core.BodyText;
        var taken = new List<ClassifiedBlock>();
        var lines = 0;
        while (gap.Count > 0)
        {
            var b = fromEnd ? gap[^1] : gap[0];
            var n = TitleBuilder.Lines([b]).Lines.Count;
            var first = taken.Count == 0;
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
