using Site.Parsing.Bylines;
using Site.Parsing.Classify;
using Site.Parsing.Model;
using Site.Parsing.Text;

namespace Site.Parsing.Assembly;

/// <summary>A 导读 box whose parts an extractor did not keep together: its column labels, titles and
/// pointers ("详见六版") come out in runs (titles first, the pointers after them, the masthead's lines
/// between). A reader pairs them in order: the n-th title goes with the n-th pointer, a short line
/// over a title is its column label.</summary>
internal static class TeaserBox
{
    /// <summary>The longest a column label is ("深1度·民生优享").</summary>
    private const int MaxLabel = 8;

    /// <summary>Reads the box from <paramref name="start"/>; returns the index after it, or -1 when the
    /// blocks there are no box of this kind (the caller reads them another way).</summary>
    public static int Read(List<ClassifiedBlock> blocks, int start, List<NoiseBlock> noise, List<Article> teasers, List<string> undone)
    {
        // The box's region: display lines, pointers and furniture, up to the first article's part.
        var end = start;
        while (end < blocks.Count && blocks[end].Kind is BlockKind.Display or BlockKind.Names or BlockKind.TeaserPointer
                   or BlockKind.Masthead or BlockKind.EditionName or BlockKind.Noise)
            end++;
        var pointers = Enumerable.Range(start, end - start).Where(j => blocks[j].Kind == BlockKind.TeaserPointer).ToList();
        if (pointers.Count == 0) return -1;

        var titles = new List<(int At, int LabelAt, string? Label, string Title, List<string> Undone)>();
        string? label = null;
        var labelAt = -1;
        List<string> labelUndone = [];
        var last = pointers[^1];
        for (var j = start; j < end && titles.Count < pointers.Count; j++)
        {
            if (blocks[j].Kind is not (BlockKind.Display or BlockKind.Names)) continue;
            var (lines, removed) = TitleBuilder.Lines([blocks[j]]);
            var text = string.Join(' ', lines);
            if (text.Length == 0) continue;
            var next = NextDisplay(blocks, j + 1, end);
            if (label is null && IsLabel(text) && next is { } n && !IsLabel(blocks[n].Text))
            {
                (label, labelAt, labelUndone) = (text, j, removed);
                continue;
            }
            titles.Add((j, label is null ? -1 : labelAt, label, text, label is null ? removed : [.. labelUndone, .. removed]));
            label = null;
            last = Math.Max(last, j);
        }
        if (titles.Count < pointers.Count) return -1;

        for (var k = 0; k < titles.Count; k++)
        {
            var pointer = blocks[pointers[k]];
            var page = ChineseNumber.Parse(BlockClassifier.TeaserPointer().Match(TextShape.Compact(pointer.Text)).Groups[1].Value);
            var at = blocks[titles[k].At].Block;
            teasers.Add(new Article(ArticleKind.Teaser, titles[k].Label, titles[k].Title, null, Byline.Empty, [], [], false,
                at.Page, at.Line, [], page, Cue: "导读 box, title paired with its pointer"));
        }
        // Only a title's or its label's doubled text is undone: a block that becomes noise keeps its text whole.
        foreach (var t in titles) undone.AddRange(t.Undone);
        var used = titles.Select(t => t.At).Concat(titles.Select(t => t.LabelAt)).ToHashSet();
        for (var j = start; j <= last; j++)
        {
            if (used.Contains(j)) continue;
            var b = blocks[j];
            noise.Add(new NoiseBlock(b.Text, b.Block.Page, b.Block.Line, b.Kind switch
            {
                BlockKind.TeaserPointer => NoiseReason.TeaserPointer,
                BlockKind.Display or BlockKind.Names => IsLabel(b.Text) ? NoiseReason.TeaserColumnLabel : NoiseReason.TeaserBox,
                _ => b.Reason ?? NoiseReason.Unexplained,
            }));
        }
        return last + 1;
    }

    private static int? NextDisplay(List<ClassifiedBlock> blocks, int from, int end)
    {
        for (var j = from; j < end; j++) if (blocks[j].Kind is BlockKind.Display or BlockKind.Names) return j;
        return null;
    }

    private static bool IsLabel(string text)
    {
        var compact = TextShape.Compact(text);
        return compact.Length <= MaxLabel && !TextShape.HasClausePunctuation(compact);
    }
}
