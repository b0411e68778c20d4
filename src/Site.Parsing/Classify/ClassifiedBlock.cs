using Site.Parsing.Bylines;
using Site.Parsing.Layout;
using Site.Parsing.Model;
using Site.Parsing.Text;

namespace Site.Parsing.Classify;

/// <summary>A block and what it was judged to be.</summary>
/// <param name="Byline">For Byline, PhotoCredit and Names blocks: the names read from it.</param>
/// <param name="Reason">For noise: why (the rule that matched), so a maintainer can see it.</param>
public sealed record ClassifiedBlock(Block Block, BlockKind Kind, ParsedByline? Byline = null, NoiseReason? Reason = null)
{
    public string Text => Block.Text;

    /// <summary>Whether a lead's dateline (本报讯, 新华社…电, （法新社…电）) opens the block's first line.</summary>
    public bool OpensWithDateline => Cues.StartsWithDateline(TextShape.Compact(Block.Lines[0]));
}
