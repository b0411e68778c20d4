namespace Site.Corpus.Typesetting;

/// <summary>An article as the gold states it: the parse contract's article, in its field order.</summary>
public sealed record GoldArticle(
    string Kind,
    string? Kicker,
    string? Headline,
    string? Subheadline,
    Credits Byline,
    IReadOnlyList<string> Paragraphs,
    IReadOnlyList<string> Captions);

/// <summary>The edition facts a page prints (the contract's <c>edition</c>); null where the page does not say.</summary>
public sealed record EditionFacts(string? Date, string? Weekday, string? LunarDate, int? IssueNumber, string? EditionName)
{
    public static readonly EditionFacts Unknown = new(null, null, null, null, null);
}

/// <summary>Where an article's display lines stand against its body.</summary>
public enum HeadlinePlacement { Above, Beside, Below }

/// <summary>A photo box: a grey box, its caption as printed (a credit at its end included, if the paper
/// prints it so) and a separate credit line (■摄影 X) if the paper prints one.</summary>
public sealed record Photo(double HeightMm, string Caption, string? CreditLine);

/// <summary>One box on the page, in reading order; <see cref="Span"/> is how many of the page's columns it takes.</summary>
public abstract record Block(int Span);

/// <summary>An article as printed on this page, and its gold.</summary>
public sealed record ArticleBlock(
    int Span,
    string SourceId,
    string? ColumnLabel,
    string? Kicker,
    string Headline,
    string? Subheadline,
    string? BylineLine,
    bool BylineBeforeHeadline,
    IReadOnlyList<string> Paragraphs,
    Photo? Photo,
    bool PhotoFirst,
    HeadlinePlacement Placement,
    double HeadlinePt,
    bool LetterSpaced,
    bool Boxed,
    GoldArticle Gold) : Block(Span);

/// <summary>Page furniture printed as lines in a box: an advertisement, a slogan, a column label, a notice.</summary>
public sealed record FurnitureBlock(int Span, string Style, IReadOnlyList<string> Lines) : Block(Span);

/// <summary>A 导读 box: its label, and each teaser's column label, title and pointer (详见X版).</summary>
public sealed record TeaserBlock(int Span, string Label, IReadOnlyList<(string Kicker, string Title, string Pointer)> Entries) : Block(Span);

/// <summary>A weather box: its label and the forecast.</summary>
public sealed record WeatherBlock(int Span, string Label, string Forecast) : Block(Span);

/// <summary>The design of one page: what varies from page to page, all drawn from the page's design seed.</summary>
public sealed record Design(
    ulong Seed,
    int Columns,
    bool Front,
    double BodyPt,
    double LineHeight,
    double GapMm,
    string BodyFont,
    string HeadlineFont,
    bool Rules);

/// <summary>A planned page: its header (masthead or folio lines), its boxes in reading order, and the gold.</summary>
public sealed record PagePlan(
    string Name,
    string Paper,
    string Split,
    Design Design,
    IReadOnlyList<FurnitureBlock> Header,
    IReadOnlyList<Block> Blocks,
    IReadOnlyList<FurnitureBlock> Footer,
    EditionFacts Edition,
    IReadOnlyList<GoldArticle> Articles,
    IReadOnlyList<string> Noise,
    IReadOnlyList<string> SourceIds);
