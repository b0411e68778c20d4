using System.Collections.Immutable;

namespace Site.Parsing.Model;

/// <summary>Everything the parser says about one raw issue file (one or more pages).</summary>
/// <param name="Source">The file name the text came from, as given to the parser.</param>
/// <param name="Undone">Text removed because it was a doubled decorative copy; kept so that
/// every input character can be accounted for.</param>
/// <param name="Printed">For a PDF, each page's size (the frame of the articles' regions); default for text.</param>
public sealed record ParsedIssue(
    string Source,
    EditionInfo Edition,
    ImmutableArray<Article> Articles,
    ImmutableArray<NoiseBlock> Noise,
    ImmutableArray<ParseWarning> Warnings,
    ImmutableArray<string> Undone,
    int PageCount,
    ImmutableArray<PrintedPage> Printed = default);

/// <summary>The facts a masthead states. Every field is null when the page does not state it.</summary>
public sealed record EditionInfo(
    DateOnly? Date,
    string? Weekday,
    string? LunarDate,
    int? IssueNumber,
    string? EditionName)
{
    public static readonly EditionInfo Empty = new(null, null, null, null, null);

    /// <summary>The facts of an edition's pages taken together, page by page in order: the first page that
    /// states a fact wins (later pages repeat the masthead at most). Used within one file and across an
    /// edition's files alike.</summary>
    public static EditionInfo Merge(EditionInfo first, EditionInfo later) => new(
        first.Date ?? later.Date, first.Weekday ?? later.Weekday, first.LunarDate ?? later.LunarDate,
        first.IssueNumber ?? later.IssueNumber, first.EditionName ?? later.EditionName);
}

/// <summary>A problem worth a maintainer's attention that does not stop the parse.</summary>
public sealed record ParseWarning(int Page, int Line, string Message);

/// <summary>A block that is not part of any article (masthead, slogan, advertisement, …).</summary>
public sealed record NoiseBlock(string Text, int Page, int Line, NoiseReason Reason);
