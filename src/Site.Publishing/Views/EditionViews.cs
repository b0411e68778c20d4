using System.Collections.Immutable;

namespace Site.Publishing.Views;

/// <summary>An edition's front page (also the home page, for the latest edition).</summary>
public sealed record EditionView(
    MastheadView Masthead,
    ImmutableArray<PageEntryView> Pages,
    ImmutableArray<TeaserView> Teasers,
    string? Weather,
    LinkView? Previous,
    LinkView? Next,
    ImmutableArray<LinkView> Recent);

/// <summary>One page (版) in the edition's table of contents.</summary>
public sealed record PageEntryView(string Label, string Url, ImmutableArray<ArticleLinkView> Articles);

/// <summary>A 导读 teaser: its column label, title, and the page it points at.</summary>
public sealed record TeaserView(string? Label, string Title, LinkView? Target);

/// <summary>A page (版): its articles in reading order.</summary>
/// <param name="Printed">The page as printed, when it came as a PDF; null for a text page.</param>
public sealed record PageView(
    MastheadView Masthead,
    string Label,
    ImmutableArray<ArticleLinkView> Articles,
    ImmutableArray<TeaserView> Teasers,
    string? Weather,
    LinkView? Previous,
    LinkView? Next,
    ImmutableArray<LinkView> AllPages,
    PrintedPageView? Printed = null);

/// <summary>An article page.</summary>
/// <param name="HeadlinePhrases">The headline cut at the spaces between its phrases (empty without a headline).</param>
/// <param name="KindUrl">The listing of the article's kind (评论, 图片新闻), when there is one.</param>
/// <param name="Printed">Its page as printed, with the article marked, when the page came as a PDF.</param>
/// <param name="Photo">A photo article's photo, cut from its printed page.</param>
public sealed record ArticleView(
    string? Kicker,
    string? Headline,
    ImmutableArray<string> HeadlinePhrases,
    string? Subheadline,
    string Kind,
    string KindLabel,
    string? KindUrl,
    ImmutableArray<CreditView> Credits,
    ImmutableArray<ParagraphView> Paragraphs,
    ImmutableArray<string> Captions,
    bool Truncated,
    MastheadView Masthead,
    LinkView Page,
    LinkView? Section,
    LinkView? Previous,
    LinkView? Next,
    PrintedArticleView? Printed = null,
    ImageView? Photo = null);

/// <summary>People credited in one role ("记者": 林旭东, 胡佳英), each linked to their index.</summary>
public sealed record CreditView(string Role, ImmutableArray<LinkView> People);

/// <summary>A body paragraph; section numbers ("一", "二") inside long features are set as headings.</summary>
public sealed record ParagraphView(string Text, bool IsSection);

/// <summary>The page left at a published article's URL after a correction merged the article into another
/// or dropped it: what it was, and where its text is now.</summary>
/// <param name="Was">The title the article was published under.</param>
/// <param name="Merged">Its text is part of <paramref name="Target"/>, an article; otherwise it was dropped
/// and <paramref name="Target"/> is its page (版).</param>
public sealed record MovedView(MastheadView Masthead, string Was, bool Merged, LinkView Target, LinkView Page);
