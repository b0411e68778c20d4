using Site.Corpus.Material;
using Site.Parsing.Text;

namespace Site.Corpus.Composition;

/// <summary>Trims a recombined article's title to lines a reader — and the parser — would tie to its
/// body. A seed's kicker or headline talks about the seed's body; put over a different mix of
/// paragraphs it may no longer share words with it, and would read as a stray slogan.</summary>
public static class TitleFit
{
    /// <summary>Share of a line's character bigrams that must recur in the body. The parser asks for
    /// 0.2; the margin keeps a line that barely passes out of the corpus.</summary>
    private const double MinOverlap = 0.3;

    public static TitleLines Fit(TitleLines title, string bodyAsParsed)
    {
        // The line next to the byline always heads the article; each line further up must talk about the body.
        var (kicker, headline, sub) = title;
        // When the headline fails, print it alone: the line next to the byline needs no shared words.
        if (sub is not null && TextShape.BigramOverlap(headline, bodyAsParsed) < MinOverlap)
            return new(null, headline, null);
        if (kicker is not null && TextShape.BigramOverlap(kicker, bodyAsParsed) < MinOverlap) kicker = null;

        // Two lines read as 引题 + 主题 when the first is a clause and the second is not (seed 004's
        // "到2027年,实现30亿元以上出口规模"), else as 主题 + 副题: keep only pairs that read as meant.
        if (kicker is not null && sub is null && !ReadsAsKicker(kicker, headline)) return new(null, headline, null);
        if (kicker is null && sub is not null && ReadsAsKicker(headline, sub)) return new(null, headline, null);
        return new(kicker, headline, sub);
    }

    private static bool ReadsAsKicker(string first, string second) =>
        !second.StartsWith('—') && !second.StartsWith("--", StringComparison.Ordinal)
        && TextShape.HasClausePunctuation(first) && !TextShape.HasClausePunctuation(second);

    public static IEnumerable<string> Lines(TitleLines t)
    {
        if (t.Kicker is not null) yield return t.Kicker;
        yield return t.Headline;
        if (t.Subheadline is not null) yield return t.Subheadline;
    }
}
