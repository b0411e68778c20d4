using System.Collections.Immutable;
using Site.Parsing.Assembly;
using Site.Parsing.Classify;
using Site.Parsing.Edition;
using Site.Parsing.Input;
using Site.Parsing.Layout;
using Site.Parsing.Model;
using Site.Parsing.Rules;
using Site.Parsing.Segmentation;

namespace Site.Parsing;

/// <summary>The parser: raw text of one issue file in, articles and noise out. Pure and thread-safe;
/// it never throws on any text.</summary>
public static class IssueParser
{
    public static ParsedIssue Parse(string text, string source, ParserRules rules) => Parse(text, source, rules, null);

    /// <param name="displayLines">Line numbers of <paramref name="text"/> known to be set in display type (the PDF
    /// reader knows type sizes): blocks made only of them are display lines, whatever their punctuation. Given
    /// (a PDF's text), every block is one setting of type.</param>
    /// <param name="labelLines">Line numbers of lines a box holds on their own: blocks made of them are boxed.</param>
    internal static ParsedIssue Parse(string text, string source, ParserRules rules, IReadOnlySet<int>? displayLines, IReadOnlySet<int>? labelLines = null)
    {
        var (clean, replaced, firstPage, firstLine) = InputText.Clean(text);
        var pages = BlockReader.Read(clean);
        if (displayLines is not null) pages = [.. pages.Select(p => MarkDisplayType(p, displayLines, labelLines ?? new HashSet<int>()))];
        var articles = ImmutableArray.CreateBuilder<Article>();
        var noise = ImmutableArray.CreateBuilder<NoiseBlock>();
        var warnings = ImmutableArray.CreateBuilder<ParseWarning>();
        var undone = ImmutableArray.CreateBuilder<string>();
        var edition = EditionInfo.Empty;
        if (replaced > 0)
            warnings.Add(new(firstPage, firstLine, $"{replaced} control or format character{(replaced == 1 ? "" : "s")} left out of the text (the first on line {firstLine})"));

        foreach (var page in pages)
        {
            var sideBySide = new List<int>();
            var classified = InterruptedTitles.Lift(PageSplitter.Split(page, rules, sideBySide).Select(b => BlockClassifier.Classify(b, rules)).ToList());
            if (sideBySide.Count > 0)
                warnings.Add(new(page[0].Page, sideBySide[0], SideBySideWarning(sideBySide)));
            var (facts, factWarnings) = MastheadReader.Read(classified);
            edition = EditionInfo.Merge(edition, facts);
            warnings.AddRange(factWarnings);

            var result = PageAssembler.Assemble(classified);
            articles.AddRange(result.Articles);
            noise.AddRange(result.Noise);
            undone.AddRange(result.Undone);
            warnings.AddRange(result.Warnings);
        }
        return new ParsedIssue(source, edition, articles.ToImmutable(), noise.ToImmutable(),
            warnings.ToImmutable(), undone.ToImmutable(), pages.Length);
    }

    /// <summary>A PDF's text comes block by block as the PDF reader set them apart (one size, one leading):
    /// each is one setting of type, and those of display type, or in a box of their own, are marked so.</summary>
    private static ImmutableArray<Block> MarkDisplayType(ImmutableArray<Block> page, IReadOnlySet<int> displayLines, IReadOnlySet<int> labelLines) =>
        [.. page.Select(b =>
        {
            var lines = Enumerable.Range(b.Line, b.Lines.Length);
            var marked = b with { OneSetting = true, Boxed = lines.All(labelLines.Contains) };
            return lines.All(displayLines.Contains) ? marked with { Shape = BlockShape.DisplayType } : marked;
        })];

    private static string SideBySideWarning(List<int> lines)
    {
        var shown = string.Join(", ", lines.Take(5)) + (lines.Count > 5 ? $" and {lines.Count - 5} more" : "");
        return $"{lines.Count} {(lines.Count == 1 ? "line holds" : "lines hold")} the text of two or more columns side by side (line {shown}): each column's part is "
               + "read as its own line, in the order the extractor printed them, so articles there may be out of order; "
               + "extract the page in reading order (pdftotext -raw) or by position (-layout)";
    }
}
