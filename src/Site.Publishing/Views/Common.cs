using System.Collections.Immutable;

namespace Site.Publishing.Views;

// What templates see. Every URL is already relative to the page being rendered; every text is plain
// text (the escaping context escapes it). Templates read these in snake_case: PageLabel → page_label.

/// <summary>A link: where to, and what it says.</summary>
public sealed record LinkView(string Url, string Label);

/// <summary>The frame every page shares: title, navigation, breadcrumbs.</summary>
/// <param name="Root">From this page to the site's root ("../../../", or "" at the root).</param>
/// <param name="Canonical">Absolute URL of this page when the site has a base URL.</param>
public sealed record FrameView(
    string SiteTitle,
    string Language,
    string Title,
    string? Description,
    string Root,
    string Stylesheet,
    string Home,
    string Archive,
    string Sections,
    string People,
    string Search,
    ImmutableArray<LinkView> Breadcrumbs,
    string? Canonical,
    string BodyClass);

/// <summary>The masthead of an edition as printed: paper, date, weekday, lunar date, issue number.</summary>
public sealed record MastheadView(
    string Paper,
    string DateLabel,
    string IsoDate,
    string Weekday,
    string LunarDate,
    string? IssueLabel,
    string? EditionName,
    string Url);

/// <summary>A headline as a listing shows it.</summary>
public sealed record ArticleLinkView(
    string Url,
    string Title,
    string? Kicker,
    string? Subheadline,
    string Kind,
    string KindLabel,
    string? Byline,
    string? Excerpt,
    bool Truncated,
    string? Context);

/// <summary>One numbered page of a long listing, and the way to the others.</summary>
public sealed record PagerView(int Current, int Count, LinkView? Previous, LinkView? Next, ImmutableArray<LinkView> Pages);
