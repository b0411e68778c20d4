namespace Site.Parsing.Segmentation;

/// <summary>One printed line, or one part of a line that holds two things (a byline run into its lead).</summary>
/// <param name="Line">The raw file's 1-based line the text stands on.</param>
internal readonly record struct Piece(int Line, string Text);
