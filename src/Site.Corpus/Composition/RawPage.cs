using System.Text;
using Site.Parsing.Text;

namespace Site.Corpus.Composition;

/// <summary>Writes a page the way the PDF extractor emits one: blocks separated by blank lines,
/// articles by wider gaps, LF line ends; paragraphs either one line each or hard-wrapped to a
/// narrow column (seed 001).</summary>
public sealed class RawPage(int? columnWidth)
{
    private readonly StringBuilder text = new();

    /// <summary>Display width of a wrapped column in half-em units (13 Chinese characters), or null for
    /// pages whose paragraphs come out as single lines.</summary>
    public int? ColumnWidth { get; } = columnWidth;

    public void Block(string block)
    {
        if (text.Length > 0) text.Append("\n\n");
        text.Append(block);
    }

    /// <summary>A body paragraph: wrapped on narrow-column pages.</summary>
    public void Paragraph(string paragraph) => Block(ColumnWidth is { } w ? string.Join('\n', Wrap(paragraph, w)) : paragraph);

    /// <summary>The wider gap the extractor leaves between text boxes.</summary>
    public void Gap()
    {
        if (text.Length > 0) text.Append("\n\n");
    }

    public override string ToString() => text.ToString() + "\n";

    /// <summary>The lines a paragraph takes in a column <paramref name="width"/> half-ems wide.</summary>
    public static IEnumerable<string> Wrap(string paragraph, int width)
    {
        var line = new StringBuilder();
        var used = 0;
        foreach (var c in paragraph)
        {
            // A low surrogate rides with its high half (counted wide), so a pair is never split.
            var w = char.IsLowSurrogate(c) || char.IsWhiteSpace(c) ? 0 : Chars.IsWide(c) ? 2 : 1;
            // Closing punctuation never starts a line: typesetters hang it past the column's edge.
            if (used + w > width && line.Length > 0 && !Chars.IsCloser(c) && !Chars.IsClausePunctuation(c))
            {
                yield return line.ToString().Trim();
                line.Clear();
                used = 0;
            }
            line.Append(c);
            used += w;
        }
        if (line.ToString().Trim() is { Length: > 0 } last) yield return last;
    }

    /// <summary>The text the parser weighs a headline against: the body blocks as it will see them.</summary>
    public static string BodyAsParsed(IEnumerable<string> paragraphs, int? width) =>
        string.Concat(paragraphs.Select(p => width is { } w ? string.Join(' ', Wrap(p, w)) : p));
}
