using System.Collections.Immutable;
using Site.Config;
using Site.Parsing.Edition;
using Site.Parsing.Model;
using Site.Publishing.Documents;
using Site.Publishing.Urls;

namespace Site.Publishing.Views;

/// <summary>Builds the views of one page: every URL relative to that page, every text set for display.</summary>
public sealed class ViewFactory(SiteConfig config, string from)
{
    public string Link(string to) => RelativeLink.Between(from, to);

    public MastheadView Masthead(EditionInfo facts, DateOnly date) => new(
        config.Title, Labels.Date(date), Labels.Iso(date),
        ChineseDate.Weekday(date), Labels.Lunar(date),
        facts.IssueNumber is null ? null : Labels.Issue(facts.IssueNumber),
        facts.EditionName, Link(SiteUrls.Edition(date)),
        // The edition's date is always its folder's by now; a masthead that was read left its weekday or lunar date.
        facts.Weekday is null && facts.LunarDate is null);

    /// <summary>The listing of an article kind readers look for (评论, 图片新闻); null for news.</summary>
    public string? KindListing(ArticleKind kind) =>
        Catalog.KindSections.FirstOrDefault(k => k.Kind == kind) is { Slug: { } slug }
            ? Link(SiteUrls.ListingIndex(SiteUrls.SectionFolder(slug))) : null;

    public ArticleLinkView ArticleLink(ArticleEntry e, string? context = null)
    {
        var title = Labels.Title(e.Headline, e.Kind, e.Excerpt);
        return new(
        Link(SiteUrls.Article(e.Date, e.Page, e.Number)),
        title, e.Headline is { Length: > 0 } ? Labels.Phrases(title) : [title], KindListing(e.Kind),
        e.Kicker is null ? null : Typography.Display(e.Kicker),
        e.Subheadline is null ? null : Typography.Display(e.Subheadline),
        Labels.KindSlug(e.Kind), Labels.Kind(e.Kind),
        Labels.BylineText(e.Credits),
        e.Excerpt,
        e.Truncated,
        context);
    }

    public ImmutableArray<CreditView> Credits(Byline byline) =>
        [.. Labels.Credits(byline).GroupBy(c => c.Role)
            .Select(g => new CreditView(g.Key, [.. g.Select(c => new LinkView(
                Labels.IsRole(c.Name) ? "" : Link(SiteUrls.ListingIndex(SiteUrls.PersonFolder(c.Name))), c.Name))]))];

    public ImmutableArray<TeaserView> Teasers(EditionModel edition, IEnumerable<Article> teasers) =>
        [.. teasers.Select(t =>
        {
            var target = t.SeePage is { } p && edition.Pages.FirstOrDefault(x => x.Number == p) is { } page
                ? new LinkView(Link(SiteUrls.Page(edition.Date, page.Number)), Labels.Page(page.Number, page.Name))
                : null;
            return new TeaserView(t.Kicker is null ? null : Typography.Display(t.Kicker), Typography.Display(t.Headline), target);
        })];

    /// <summary>The pager of a listing's index (<paramref name="current"/> 0) or of numbered page
    /// <paramref name="current"/> of <paramref name="count"/>; <paramref name="olderThanIndex"/> is the
    /// numbered page holding the first article the index leaves out.</summary>
    public PagerView Pager(string folder, int current, int count, int olderThanIndex)
    {
        LinkView Numbered(int n, string label) => new(Link(SiteUrls.ListingPage(folder, n)), label);
        var index = new LinkView(Link(SiteUrls.ListingIndex(folder)), "最新");
        if (current == 0)
            return new(0, null, null, count > 0 ? Numbered(olderThanIndex, "更早") : null, null,
                [.. Enumerable.Range(1, count).Select(n => Numbered(n, n.ToString(System.Globalization.CultureInfo.InvariantCulture)))]);
        return new(current, index,
            current < count ? Numbered(current + 1, "较新") : null,
            current > 1 ? Numbered(current - 1, "较早") : null,
            current > 2 ? Numbered(1, "最早") : null, []);
    }
}
