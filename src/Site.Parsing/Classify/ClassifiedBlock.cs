using Site.Parsing.Bylines;
using Site.Parsing.Layout;
using Site.Parsing.Model;

namespace Site.Parsing.Classify;

/// <summary>A block and what it was judged to be.</summary>
/// <param name="Byline">For Byline, PhotoCredit and Names blocks: the names read from it.</param>
/// <param name="Reason">For noise: why (the rule that matched), so a maintainer can see it.</param>
public sealed record ClassifiedBlock(Block Block, BlockKind Kind, ParsedByline? Byline = null, NoiseReason? Reason = null)
{
    public string Text => Block.Text;
}
