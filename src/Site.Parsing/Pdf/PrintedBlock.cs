using Site.Parsing.Model;

namespace Site.Parsing.Pdf;

/// <summary>Lines of one type size stacked in one column: a stretch of a body column, a headline, a
/// caption. <paramref name="ParagraphStarts"/> marks the lines indented as a paragraph's first (the block's
/// first line included, where the lines under it show the column's edge);
/// <paramref name="Picture"/> is the photo a caption block stands under; <paramref name="Boxed"/> says a box holds the
/// block and nothing else (a column label on a dark ground).</summary>
internal sealed record PrintedBlock(IReadOnlyList<PrintedLine> Lines, IReadOnlyList<bool> ParagraphStarts, PageRegion Box, double Size,
    PageRegion? Picture = null, bool Boxed = false);
