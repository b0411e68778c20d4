namespace Site.Corpus.Typesetting;

/// <summary>The people an article credits, by the parse contract's four roles.</summary>
public sealed record Credits(
    IReadOnlyList<string> Reporters,
    IReadOnlyList<string> Correspondents,
    IReadOnlyList<string> Photographers,
    IReadOnlyList<string> Authors)
{
    public static readonly Credits None = new([], [], [], []);

    public bool IsEmpty => Reporters.Count + Correspondents.Count + Photographers.Count + Authors.Count == 0;

    /// <summary>Everyone, in the order the roles are listed.</summary>
    public IEnumerable<string> Everyone => Reporters.Concat(Correspondents).Concat(Photographers).Concat(Authors);
}

/// <summary>
/// One real article as its source gives it: the text and its structure, never changed by the typesetter
/// except for printing conventions (where the byline goes, which brackets a dateline uses).
/// </summary>
/// <param name="Id">Stable id: source, then the source's own id ("xinhua/XIN20030121.0010").</param>
/// <param name="Source">"pinghu", "xinhua" or "afp": the folder under Material/ it comes from.</param>
/// <param name="Kind">news, commentary or photo (teasers and weather boxes are made per page).</param>
/// <param name="Credits">Who the source credits, by role; for a dateline, the names inside it.</param>
/// <param name="Paragraphs">The body; for photo news, the caption.</param>
/// <param name="Dateline">The dateline that opens the first paragraph, if any ("新华社哈尔滨1月21日电（记者 吴晓东 杨海滨）",
/// "（法新社巴黎二日电）"), kept inside the first paragraph; its names are also in <see cref="Credits"/>.</param>
/// <param name="Lead">A lead formula that opens the first paragraph ("本报讯"), if any.</param>
public sealed record SourceArticle(
    string Id,
    string Source,
    string Kind,
    string? Kicker,
    string Headline,
    string? Subheadline,
    Credits Credits,
    IReadOnlyList<string> Paragraphs,
    string? Dateline,
    string? Lead)
{
    public int Length => Paragraphs.Sum(p => p.Length);
}
