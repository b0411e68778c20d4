using Site.Parsing.Model;

namespace Site.Config;

/// <summary>One entry of edition.yml's <c>overrides:</c> list: a maintainer's correction of a bad parse,
/// kept in a reviewed, versioned file instead of an edit to the raw text.</summary>
/// <param name="Line">Where the entry starts in edition.yml, for warnings about it.</param>
/// <param name="Page">The page (版) the article is on.</param>
/// <param name="Headline">The article's 主题 as parsed (compared without whitespace); preferred to
/// <paramref name="Number"/> because it survives renumbering.</param>
/// <param name="Number">The article's number on the page as parsed, before any override.</param>
/// <param name="Set">Fields to replace.</param>
/// <param name="Split">Start a new article at a paragraph.</param>
/// <param name="MergeNext">Join the article with the next one on its page.</param>
/// <param name="Drop">Publish it as no article at all (an advertisement or furniture the parser took for one).</param>
/// <param name="PublishedAs">The number its URL keeps (01/04.html is 4), whatever its number as parsed: how
/// a maintainer holds a published URL to its article when a new parse numbers the page differently.</param>
public sealed record ArticleOverride(int Line, int Page, string? Headline, int? Number,
    ArticleFields Set, ArticleSplit? Split, bool MergeNext, bool Drop = false, int? PublishedAs = null);

/// <summary>Fields an override gives an article. Null leaves a field as parsed; an empty text clears it.</summary>
/// <param name="Byline">The byline as it would be printed ("记者 张三 通讯员 李四"); it is read with the
/// parser's byline reader (and the paper's columnists) when the override is applied.</param>
public sealed record ArticleFields(string? Kicker, string? Headline, string? Subheadline, OverrideText? Byline, ArticleKind? Kind)
{
    public static readonly ArticleFields None = new(null, null, null, null, null);
}

/// <summary>A text from edition.yml and the line it is on.</summary>
public sealed record OverrideText(string Value, int Line);

/// <summary>Splits an article before the paragraph that starts with <paramref name="Before"/> (compared
/// without whitespace); the paragraphs from there on become a new article with <paramref name="Fields"/>.</summary>
/// <param name="PublishedAs">The new article's number when it was published under one before (a parse that
/// runs two articles together splits again into the URL the second had); else it takes one after the page's last.</param>
public sealed record ArticleSplit(string Before, ArticleFields Fields, int Line, int? PublishedAs = null);
