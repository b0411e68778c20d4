using System.Collections.Immutable;
using Site.Parsing.Bylines;
using Site.Parsing.Classify;
using Site.Parsing.Model;
using Site.Parsing.Text;

namespace Site.Parsing.Assembly;

/// <summary>The assembler's first step: reclassifies blocks by what stands around them.</summary>
public static partial class PageAssembler
{
    /// <summary>Second looks at blocks in the light of their neighbours.</summary>
    private static List<ClassifiedBlock> Revise(IReadOnlyList<ClassifiedBlock> input)
    {
        var blocks = input.ToList();
        var labelledBylines = blocks.Any(b => b.Kind == BlockKind.Byline);

        // Short sentences beside an advertisement are part of it ("诚信…是我们永远的追求！"), unless
        // on their other side they belong to an article (a byline or more body).
        static bool Loose(ClassifiedBlock? b) => b is null or { Kind: BlockKind.Display or BlockKind.Noise };
        for (var changed = true; changed;)
        {
            changed = false;
            for (var i = 0; i < blocks.Count; i++)
            {
                if (blocks[i].Kind != BlockKind.Body || blocks[i].Block.VisibleLength > 30) continue;
                var (prev, next) = (At(blocks, i - 1), At(blocks, i + 1));
                if (prev?.Kind == BlockKind.Noise && Loose(next) || next?.Kind == BlockKind.Noise && Loose(prev))
                {
                    blocks[i] = blocks[i] with { Kind = BlockKind.Noise, Reason = NoiseReason.BesideAdvertisement };
                    changed = true;
                }
            }
        }

        for (var i = 0; i < blocks.Count; i++)
        {
            var b = blocks[i];
            if (b.Kind == BlockKind.Names)
            {
                // Bare names are a byline only under a headline and over a body, and only on pages
                // that do not label their bylines (言成声 and other columnists always count), or where the
                // PDF shows them set in body type, smaller than any title.
                var columnist = b.Byline!.IsCommentary;
                var placed = At(blocks, i - 1)?.Kind == BlockKind.Display && At(blocks, i + 1)?.Kind == BlockKind.Body
                             && !PhotoAhead(blocks, i + 1);
                blocks[i] = columnist || placed && (!labelledBylines || b.Block.BelowDisplayType) ? b with { Kind = BlockKind.Byline } : b with { Kind = BlockKind.Display };
            }
        }

        // A short line between two body chunks is a piece of a paragraph the column cut, not a headline:
        // it reads as a clause, or is as wide as the column, or the page credits its articles and no
        // byline follows this line (a headline would start an article without one).
        var creditsArticles = blocks.Count(b => b.Kind == BlockKind.Byline) >= 3;
        for (var i = 1; i + 1 < blocks.Count; i++)
        {
            var (prev, b, next) = (blocks[i - 1], blocks[i], blocks[i + 1]);
            if (b.Kind != BlockKind.Display || prev.Kind != BlockKind.Body || next.Kind != BlockKind.Body) continue;
            // Set in display type: a headline, whatever stands around it.
            if (b.Block.Shape == Layout.BlockShape.DisplayType) continue;
            // A lead's dateline (本报讯, 新华社…电) opens an article: the line over it is its headline.
            if (Cues.StartsWithDateline(TextShape.Compact(next.Text)) || PhotoAhead(blocks, i + 1)) continue;
            // A signature in brackets closes its article: what follows cannot continue its paragraph.
            if (CreditParser.SignatureLength(TextShape.Compact(prev.Block.Lines[^1])) > 0
                || CreditParser.ParseSignature(prev.Block.Lines[^1]) is not null) continue;
            var reads = TextShape.HasClausePunctuation(b.Text) || b.Text.StartsWith('“') || !TextShape.EndsSentence(prev.Text)
                        || IsColumnLine(b, prev) || creditsArticles;
            if (reads) blocks[i] = b with { Kind = BlockKind.Body };
        }
        return blocks;
    }

    /// <summary>One line as wide as the wrapped column before it: the column's next line, cut off by
    /// a break, not a headline (which is wrapped shorter, or set wider).</summary>
    private static bool IsColumnLine(ClassifiedBlock b, ClassifiedBlock prev) =>
        b.Block.Lines.Length == 1 && prev.Block.Lines.Length >= 3
        && Math.Abs(b.Block.VisibleLength - MedianLine(prev.Block)) <= 2;

    private static int MedianLine(Layout.Block block) =>
        block.Lines.Select(TextShape.VisibleLength).Order().ElementAt(block.Lines.Length / 2);

    /// <summary>Does a ■摄影 credit close the run of body blocks starting at <paramref name="i"/>?</summary>
    private static bool PhotoAhead(List<ClassifiedBlock> blocks, int i)
    {
        for (; i < blocks.Count; i++)
        {
            if (blocks[i].Kind is BlockKind.Body or BlockKind.Caption) continue;
            return blocks[i].Kind == BlockKind.PhotoCredit;
        }
        return false;
    }

    private static ClassifiedBlock? At(List<ClassifiedBlock> blocks, int i) => i >= 0 && i < blocks.Count ? blocks[i] : null;
}
