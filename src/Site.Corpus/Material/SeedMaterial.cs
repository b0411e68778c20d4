using System.Collections.Immutable;

namespace Site.Corpus.Material;

/// <summary>An article's display lines as a seed prints them: 引题, 主题, 副题.</summary>
public sealed record TitleLines(string? Kicker, string Headline, string? Subheadline);

/// <summary>One seed article, as the parser read it: title and paragraphs that stand on their own
/// (the dateline "本报讯" taken off, so any paragraph can open or continue a new article).</summary>
public sealed record SeedArticle(TitleLines Title, ImmutableArray<string> Paragraphs);

/// <summary>Everything the generator recombines, drawn from the five seeds and site.yml.</summary>
/// <param name="News">News articles with at least one usable paragraph.</param>
/// <param name="Commentaries">评论: their paragraphs argue, so they are kept apart from news.</param>
/// <param name="Photos">Photo items: a title and one caption paragraph.</param>
/// <param name="Paragraphs">Every usable news paragraph, to fill bodies.</param>
/// <param name="Captions">Usable news paragraphs short enough to caption a photo.</param>
/// <param name="HeadlineClauses">For a pool paragraph, its clauses that can stand as a headline over
/// an article that carries it: more headlines than the seeds' few dozen, each tied to its body.</param>
/// <param name="NoiseBlocks">Blocks the paper's rules drop: its app names and QR prompts.</param>
public sealed record SeedMaterial(
    ImmutableArray<SeedArticle> News,
    ImmutableArray<SeedArticle> Commentaries,
    ImmutableArray<SeedArticle> Photos,
    ImmutableArray<string> Paragraphs,
    ImmutableArray<string> Captions,
    ImmutableDictionary<string, ImmutableArray<string>> HeadlineClauses,
    ImmutableArray<string> Reporters,
    ImmutableArray<string> Correspondents,
    ImmutableArray<string> Photographers,
    ImmutableArray<string> Columnists,
    ImmutableArray<string> NoiseBlocks);
