using System.Collections.Immutable;

namespace Site.Parsing.Layout;

/// <summary>A run of non-blank lines between blank lines: the unit the PDF extractor emits for one
/// text box or one stretch of a column.</summary>
/// <param name="Page">1-based page of the raw file.</param>
/// <param name="Line">1-based line in the raw file where the block starts.</param>
/// <param name="Lines">The lines, trimmed.</param>
/// <param name="Shape">What the page around the block says it is, when the segmenter cut it out of a
/// longer run of lines (a display line among full column lines).</param>
public sealed record Block(int Page, int Line, ImmutableArray<string> Lines, BlockShape Shape = BlockShape.Unknown)
{
    /// <summary>For each line, whether it is indented as a paragraph's first line, where the text says so (two
    /// ideographic spaces before it, as Chinese text files and the PDF reader set paragraphs); default where
    /// the text does not mark indents, or for a block the extractor set as one line (nothing beside it shows
    /// the column's edge). A block cut out of a longer one keeps its lines' marks.</summary>
    public ImmutableArray<bool> Indents { get; init; }

    /// <summary>Whether the lines are one setting of type, as a PDF's block is (one size, one leading, no gap):
    /// display lines in such a block are one title wrapped, never a kicker over its headline.</summary>
    public bool OneSetting { get; init; }

    /// <summary>Whether a box holds the block and nothing else, as a PDF shows (a column label on a dark ground).</summary>
    public bool Boxed { get; init; }

    /// <summary>Whether the PDF shows the block set smaller than display type (a name or a subheadline in the
    /// body's size, which a title of its own would not be); false for text that does not say.</summary>
    public bool BelowDisplayType => OneSetting && Shape != BlockShape.DisplayType;

    /// <summary>The lines joined with single spaces: how a display block or a noise block reads.</summary>
    public string Text => string.Join(' ', Lines);

    public int VisibleLength => Lines.Sum(global::Site.Parsing.Text.TextShape.VisibleLength);

    public int LongestLine => Lines.Max(global::Site.Parsing.Text.TextShape.VisibleLength);
}

/// <summary>What the lines around a block say about it.</summary>
public enum BlockShape
{
    /// <summary>Nothing beyond the block itself: judge it by its own text.</summary>
    Unknown,
    /// <summary>Short lines without closing punctuation set apart from full column lines: 引题, 主题, 副题.</summary>
    Display,
    /// <summary>The text over a photo credit: the photo's caption.</summary>
    Caption,
    /// <summary>Lines as wide as the column around them: running text, even when it ends mid-sentence.</summary>
    Column,
    /// <summary>Set in type clearly larger than the page's body, as a PDF shows it: a display line whatever its
    /// punctuation and wherever it stands.</summary>
    DisplayType,
}
