using System.Collections.Immutable;

namespace Site.Parsing.Layout;

/// <summary>A run of non-blank lines between blank lines: the unit the PDF extractor emits for one
/// text box or one stretch of a column.</summary>
/// <param name="Page">1-based page of the raw file.</param>
/// <param name="Line">1-based line in the raw file where the block starts.</param>
/// <param name="Lines">The lines, trimmed.</param>
public sealed record Block(int Page, int Line, ImmutableArray<string> Lines)
{
    /// <summary>The lines joined with single spaces: how a display block or a noise block reads.</summary>
    public string Text => string.Join(' ', Lines);

    public int VisibleLength => Lines.Sum(global::Site.Parsing.Text.TextShape.VisibleLength);

    public int LongestLine => Lines.Max(global::Site.Parsing.Text.TextShape.VisibleLength);
}
