using System.Collections.Immutable;
using Site.Publishing.Theming;

namespace Site.Publishing.Views;

// What templates see. Every URL is already relative to the page being rendered; every text is plain
// text (the escaping context escapes it). Templates read these in snake_case: PageLabel → page_label.

/// <summary>A link: where to, and what it says.</summary>
public sealed record LinkView(string Url, string Label);

/// <summary>The frame every page shares: title, navigation, breadcrumbs.</summary>
/// <param name="Root">From this page to the site's root ("../../../", or "" at the root).</param>
/// <param name="StylesheetFallback">On a page a host shows at any URL (404), whose stylesheet link is absolute:
/// the stylesheet relative to the page's own file, for a copy of the site opened from disk.</param>
/// <param name="Canonical">Absolute URL of this page when the site has a base URL.</param>
/// <param name="Alternates">The feeds this page announces (only with a base URL: feed links are absolute).</param>
/// <param name="PageKind">What kind of page this is ("article", "directory", …): set on &lt;body&gt; as
/// data-page-kind, never as a class, so that no rule written for a component of the same name reaches the frame.</param>
/// <param name="OpenGraph">Open Graph fields, on article pages.</param>
/// <param name="StructuredData">Serialized JSON-LD, on article pages.</param>
public sealed record FrameView(
    string SiteTitle,
    string Language,
    string Title,
    string? Description,
    string Root,
    string Stylesheet,
    string? StylesheetFallback,
    string Favicon,
    string Home,
    string Archive,
    string Sections,
    string People,
    string Search,
    ImmutableArray<LinkView> Breadcrumbs,
    string? Canonical,
    string PageKind,
    ImmutableArray<AlternateView> Alternates,
    OpenGraphView? OpenGraph,
    HtmlString? StructuredData);

/// <summary>The masthead of an edition as printed: paper, date, weekday, lunar date, issue number.</summary>
/// <param name="DateInferred">No masthead was read (none gave a weekday or lunar date): the date was taken
/// from the folder the edition is filed in, so the weekday and lunar date are not shown as if printed.</param>
public sealed record MastheadView(
    string Paper,
    string DateLabel,
    string IsoDate,
    string Weekday,
    string LunarDate,
    string? IssueLabel,
    string? EditionName,
    string Url,
    bool DateInferred);

/// <summary>A headline as a listing shows it.</summary>
/// <param name="TitlePhrases">The title cut where the paper put a space between its phrases, so each phrase
/// can be kept whole on a line.</param>
/// <param name="KindUrl">The listing of its kind (评论, 图片新闻), when there is one.</param>
public sealed record ArticleLinkView(
    string Url,
    string Title,
    ImmutableArray<string> TitlePhrases,
    string? KindUrl,
    string? Kicker,
    string? Subheadline,
    string Kind,
    string KindLabel,
    string? Byline,
    string? Excerpt,
    bool Truncated,
    string? Context);

/// <summary>The way around a long listing. Numbered pages count from the oldest article, so a page
/// once full never changes; the listing's index shows the newest and lists every numbered page.</summary>
/// <param name="Current">The numbered page shown; 0 on the index.</param>
/// <param name="Pages">On the index: every numbered page, oldest first. Elsewhere empty, so a numbered
/// page does not change as the listing grows.</param>
public sealed record PagerView(int Current, LinkView? Newest, LinkView? Newer, LinkView? Older, LinkView? Oldest,
    ImmutableArray<LinkView> Pages);
