namespace Site.Scoring;

/// <summary>
/// What score_parse.py prints, field for field (rates already rounded to 3 places as it rounds them).
/// "perfect_articles" a/b is PerfectArticles/GoldArticles, "noise_blocks_leaked" a/b is
/// NoiseBlocksLeaked/NoiseBlocksTotal and "edition_fields_exact" a/b is EditionFieldsExact/EditionFieldsTotal.
/// Missed and Spurious hold the unmatched articles' headlines (null where an article has none).
/// </summary>
public sealed record ParseScore(
    int PerfectArticles,
    int GoldArticles,
    int PredictedArticles,
    int Matched,
    double Precision,
    double Recall,
    double F1,
    double TitleExact,
    double HeadlineExact,
    double BylineExact,
    double KindExact,
    double ParagraphCountExact,
    double BodySimilarity,
    int NoiseBlocksLeaked,
    int NoiseBlocksTotal,
    int EditionFieldsExact,
    int EditionFieldsTotal,
    IReadOnlyList<string?> Missed,
    IReadOnlyList<string?> Spurious);
