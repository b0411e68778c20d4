using System.Text.RegularExpressions;
using Site.Parsing.Classify;
using Site.Parsing.Layout;
using Site.Parsing.Text;

namespace Site.Parsing.Assembly;

/// <summary>Turns the body blocks of one article into paragraphs: reflows hard-wrapped columns and
/// joins paragraphs that a column or page break cut in two.</summary>
public static partial class ParagraphBuilder
{
    public static List<string> Build(IReadOnlyList<ClassifiedBlock> blocks)
    {
        var column = ColumnWidth(blocks);
        var paragraphs = new List<List<string>>();
        var lastIsMarker = false;
        var lastIsFull = false;
        foreach (var block in blocks)
        {
            if (block.Kind == BlockKind.SectionMarker)
            {
                paragraphs.Add([TextShape.Compact(block.Text)]);
                lastIsMarker = true;
                continue;
            }
            foreach (var (chunk, indent, endsFull) in Chunks(block.Block, column))
            {
                // A paragraph a column break cut after a full line that happens to end a sentence goes on in a
                // line set flush with the column, where the text shows indents; a new one is indented.
                var continues = paragraphs.Count > 0 && !lastIsMarker
                    && (!TextShape.EndsSentence(paragraphs[^1][^1]) || indent == false && lastIsFull);
                if (continues) paragraphs[^1].AddRange(chunk);
                else paragraphs.Add(chunk);
                lastIsMarker = false;
                lastIsFull = endsFull;
            }
        }
        return [.. paragraphs.Select(p => Spacing.Body(Spacing.JoinWrapped(p))).Where(p => p.Length > 0)];
    }

    /// <summary>The width of the article's column: the median width of its wrapped lines, leaving out
    /// each block's last line (which may end a paragraph anywhere).</summary>
    private static int ColumnWidth(IReadOnlyList<ClassifiedBlock> blocks)
    {
        var widths = blocks.Where(b => b.Block.Lines.Length > 1)
            .SelectMany(b => Widths(b.Block).Take(b.Block.Lines.Length - 1))
            .Order().ToArray();
        return widths.Length == 0 ? 0 : widths[widths.Length / 2];
    }

    /// <summary>How far each line of a block reaches across its column: its display width, and its indent
    /// where the text marks it.</summary>
    private static int[] Widths(Block block)
    {
        var widths = block.Lines.Select(TextShape.DisplayWidth).ToArray();
        if (!block.Indents.IsDefault)
            for (var i = 0; i < widths.Length; i++)
                if (block.Indents[i]) widths[i] += TextShape.ParagraphIndent;
        return widths;
    }

    /// <summary>True when the body visibly goes on elsewhere: it stops mid-sentence, or says where it
    /// continues ("下转第四版").</summary>
    public static bool IsCutOff(IReadOnlyList<string> paragraphs) =>
        paragraphs.Count > 0 && (!TextShape.EndsSentence(paragraphs[^1]) && !TextShape.IsSectionNumber(paragraphs[^1])
                                 || ContinuedOn().IsMatch(paragraphs[^1]));


    /// <summary>The lines of one block, cut where a paragraph ends inside it, each with its first line's indent
    /// where the text marks indents and whether its last line reaches the column's width. In a wrapped column a
    /// paragraph ends on a line that finishes a sentence and stops short of the column's width ("根说。" then
    /// "小区环境…"), or before a line indented as a paragraph's first line is. An indent the text marks
    /// counts for what it is: a line after it is not short, and a line without it is no paragraph's first.</summary>
    private static IEnumerable<(List<string> Lines, bool? Indent, bool EndsFull)> Chunks(Block block, int column)
    {
        var lines = block.Lines;
        var marks = block.Indents;
        if (lines.Length == 1)
        {
            yield return ([lines[0]], marks.IsDefault ? null : marks[0], false);
            yield break;
        }
        var widths = Widths(block);
        var first = 0;
        // Two characters short: more than squeezed punctuation. A paragraph's first line is printed after its
        // indent, which an extraction that marks no indents leaves out: it counts the indent back.
        bool Short(int i) => widths[i] + (marks.IsDefault && i == first && i > 0 ? TextShape.ParagraphIndent : 0) <= column - 4;
        // Lines of no common width are whole paragraphs, one a line, as some extractors give them: there a
        // line that finishes a sentence finishes its paragraph.
        var wrapped = widths.Count(w => Math.Abs(w - column) <= 3) >= Math.Max(2, lines.Length / 3);
        if (!wrapped) column = int.MaxValue / 2;

        var chunk = new List<string> { lines[0] };
        for (var i = 1; i < lines.Length; i++)
        {
            // The next paragraph's first line is indented, so short of the column by as little as one
            // character where the print squeezed punctuation; the line after it is full again. Figures and
            // Latin letters are set with space around them that text extraction loses, so a line holding
            // them may fall a character short anyway: there only two characters count.
            var indented = marks.IsDefault
                ? i < lines.Length - 1 && widths[i + 1] >= column - 1
                  && widths[i] <= column - (lines[i].AsSpan().IndexOfAny(AsciiAlnum) >= 0 ? 4 : 2)
                : marks[i];
            var shortHere = marks.IsDefault && Short(i) && i < lines.Length - 1;
            // A closing quote the print pushed to the next line ("作品。" / "”市建设局…") closes the sentence
            // before it: no paragraph opens with one.
            var paragraphEnds = TextShape.EndsSentence(lines[i - 1]) && (Short(i - 1) || shortHere || indented)
                                && !OpensWithCloser(lines[i]);
            if (paragraphEnds)
            {
                yield return (chunk, marks.IsDefault ? null : marks[first], !Short(i - 1));
                chunk = [];
                first = i;
            }
            chunk.Add(lines[i]);
        }
        yield return (chunk, marks.IsDefault ? null : marks[first], !Short(lines.Length - 1));
    }

    private static bool OpensWithCloser(string line) => line.Length > 0 && Chars.IsCloser(line[0]);

    private static readonly System.Buffers.SearchValues<char> AsciiAlnum =
        System.Buffers.SearchValues.Create("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");

    [GeneratedRegex(@"[（(]?(下)?转(第)?[一二三四五六七八九十\d]{1,3}版[)）]?$")]
    private static partial Regex ContinuedOn();
}
