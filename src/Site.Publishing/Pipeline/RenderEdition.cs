using System.Collections.Immutable;
using Site.Parsing.Model;
using Site.Publishing.Discovery;
using Site.Publishing.Documents;
using Site.Publishing.Imaging;
using Site.Publishing.Output;
using Site.Publishing.Rendering;
using Site.Publishing.Urls;
using Site.Publishing.Views;

namespace Site.Publishing.Pipeline;

/// <summary>Stage: an edition to its pages — front page, page views, article pages (and the home page
/// when it is the latest) — and the summary the site-wide pages are built from.</summary>
public static class RenderEdition
{
    /// <returns>The front page (and the home page) first, then the page views, articles and edition.json.</returns>
    public static (ImmutableArray<OutputFile> Files, EditionSummary Summary) Run(EditionModel edition, EditionNeighbours neighbours, SiteContext site)
    {
        var files = ImmutableArray.CreateBuilder<OutputFile>();
        var entries = Entries(edition).ToImmutableArray();
        var date = edition.Date;
        var editionLabel = Labels.Date(date);
        var editionCrumb = (editionLabel, (string?)SiteUrls.Edition(date));

        files.AddRange(Fronts(edition, entries, neighbours, site));
        // PDF pages: the PDFs and their images, before the views that show them.
        var (printedFiles, art) = site.Images.Run(edition);

        for (var i = 0; i < edition.Pages.Length; i++)
        {
            var page = edition.Pages[i];
            var path = SiteUrls.Page(date, page.Number);
            var v = new ViewFactory(site.Config, path);
            var label = Labels.Page(page.Number, page.Name);
            var view = new PageView(
                v.Masthead(edition.Facts, date), label,
                [.. entries.Where(e => e.Page == page.Number).Select(e => v.ArticleLink(e))],
                v.Teasers(edition, page.Teasers),
                page.Weather is { } w ? Typography.Display(string.Concat(w.Paragraphs)) : null,
                i > 0 ? PageLink(v, date, edition.Pages[i - 1]) : null,
                i + 1 < edition.Pages.Length ? PageLink(v, date, edition.Pages[i + 1]) : null,
                [.. edition.Pages.Select(p => PageLink(v, date, p))],
                art.TryGetValue(page.Number, out var pageArt)
                    ? PrintedViewFactory.Page(v, pageArt, label, page.Articles.Select(a => ((string)SiteUrls.Article(date, page.Number, a.Number),
                        Labels.Title(a.Article.Headline, a.Article.Kind, a.Article.Paragraphs.FirstOrDefault()), a.Article.RegionsOrEmpty())))
                    : null);
            var description = PageMetadata.Describe($"{site.Config.Title} {editionLabel} {label}：", view.Articles.Select(a => a.Title));
            // The page's h1 names it: the breadcrumbs stop at the edition, so 第NN版 is said once.
            var pageMeta = PageMetadata.For(site.Config, path, $"{label} · {editionLabel}", description);
            files.Add(site.Render(path, "pages/page", $"{label} · {editionLabel} · {site.Config.Title}", [editionCrumb], view, "page",
                description, pageArt is null ? pageMeta : WithImage(site, pageMeta, pageArt.Page, view.Printed?.Image?.Alt)));
        }

        var all = edition.Pages.SelectMany(p => p.Articles.Select(a => (Page: p, a.Number, a.Article))).ToList();
        for (var i = 0; i < all.Count; i++)
        {
            var (page, number, article) = all[i];
            var path = SiteUrls.Article(date, page.Number, number);
            var v = new ViewFactory(site.Config, path);
            var pageLabel = Labels.Page(page.Number, page.Name);
            var slug = site.SectionSlug(page.Name, page.NameFile ?? page.SourceFile, page.NameLine);
            var view = new ArticleView(
                Display(article.Kicker), Display(article.Headline), Labels.Phrases(Display(article.Headline)), Display(article.Subheadline),
                Labels.KindSlug(article.Kind), Labels.Kind(article.Kind), v.KindListing(article.Kind),
                v.Credits(article.Byline),
                [.. article.Paragraphs.Select(p => new ParagraphView(Typography.Display(p), Parsing.Text.TextShape.IsSectionNumber(p)))],
                [.. article.Captions.Select(Typography.Display)],
                article.Truncated,
                v.Masthead(edition.Facts, date),
                new LinkView(v.Link(SiteUrls.Page(date, page.Number)), pageLabel),
                slug is null ? null : new LinkView(v.Link(SiteUrls.ListingIndex(SiteUrls.SectionFolder(slug))), page.Name),
                i > 0 ? ArticleLink(v, date, all[i - 1].Page.Number, all[i - 1].Number, all[i - 1].Article) : null,
                i + 1 < all.Count ? ArticleLink(v, date, all[i + 1].Page.Number, all[i + 1].Number, all[i + 1].Article) : null,
                art.TryGetValue(page.Number, out var articleArt) ? PrintedViewFactory.Article(v, articleArt, pageLabel, article.RegionsOrEmpty()) : null,
                articleArt is not null && (article.Kind == ArticleKind.Photo || !article.PicturesOrEmpty().IsEmpty) ? PrintedViewFactory.Photo(v, articleArt, number, PhotoAlt(article)) : null);
            var title = Labels.Title(article.Headline, article.Kind, article.Paragraphs.FirstOrDefault());
            var articleMeta = ArticleMetadata.For(site.Config, edition, page, number, article);
            // The article's photo, else its page: what a shared link shows.
            if (articleArt is not null)
                articleMeta = view.Photo is { } photo && articleArt.Photos.TryGetValue(number, out var cut)
                    ? WithImage(site, articleMeta, cut, photo.Alt)
                    : WithImage(site, articleMeta, articleArt.Page, $"{pageLabel} 版面");
            files.Add(site.Render(path, "pages/article", $"{title} · {editionLabel} · {site.Config.Title}",
                [editionCrumb, (pageLabel, SiteUrls.Page(date, page.Number)), (title, null)], view, "article",
                Labels.Excerpt(article.Paragraphs.FirstOrDefault(), 100), articleMeta));
        }
        foreach (var page in edition.Pages)
            foreach (var moved in page.Moved) files.Add(Moved(edition, page, moved, site));
        files.AddRange(printedFiles);
        files.Add(EditionJson.Write(edition, site.Config.BaseUrl));
        return (files.ToImmutable(), new EditionSummary(date, [.. edition.Pages.Select(p => new PageSummary(p.Number, p.Name))], entries, edition.Facts.IssueNumber));
    }

    /// <summary>Only the pages that show where the edition stands among the others: its front page, and
    /// the home page when it is the latest.</summary>
    public static ImmutableArray<OutputFile> Fronts(EditionModel edition, EditionNeighbours neighbours, SiteContext site) =>
        Fronts(edition, [.. Entries(edition)], neighbours, site);

    /// <summary>Whether <paramref name="path"/> is one of the files <see cref="Fronts"/> makes for the edition of <paramref name="date"/>.</summary>
    public static bool IsFront(string path, DateOnly date) => path == SiteUrls.Edition(date) || path == SiteUrls.Home;

    private static ImmutableArray<OutputFile> Fronts(EditionModel edition, ImmutableArray<ArticleEntry> entries, EditionNeighbours neighbours, SiteContext site)
    {
        var front = Front(SiteUrls.Edition(edition.Date), edition, entries, neighbours, site, isHome: false);
        return neighbours.IsLatest ? [front, Front(SiteUrls.Home, edition, entries, neighbours, site, isHome: true)] : [front];
    }

    private static OutputFile Front(string path, EditionModel edition, ImmutableArray<ArticleEntry> entries,
        EditionNeighbours n, SiteContext site, bool isHome)
    {
        var v = new ViewFactory(site.Config, path);
        var date = edition.Date;
        var view = new EditionView(
            v.Masthead(edition.Facts, date),
            [.. edition.Pages.Select(p => new PageEntryView(Labels.Page(p.Number, p.Name), v.Link(SiteUrls.Page(date, p.Number)),
                [.. entries.Where(e => e.Page == p.Number).Select(e => v.ArticleLink(e))]))],
            v.Teasers(edition, edition.Pages.SelectMany(p => p.Teasers)),
            edition.Pages.Select(p => p.Weather).FirstOrDefault(w => w is not null) is { } w ? Typography.Display(string.Concat(w.Paragraphs)) : null,
            n.Previous is { } prev ? new LinkView(v.Link(SiteUrls.Edition(prev)), Labels.Date(prev)) : null,
            n.Next is { } next ? new LinkView(v.Link(SiteUrls.Edition(next)), Labels.Date(next)) : null,
            isHome ? [.. n.Recent.Select(d => new LinkView(v.Link(SiteUrls.Edition(d)), Labels.Date(d)))] : []);
        var title = isHome ? site.Config.Title : $"{Labels.Date(date)} · {site.Config.Title}";
        var description = PageMetadata.Describe(
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{site.Config.Title} {Labels.Date(date)}，{edition.Pages.Length} 个版面 {entries.Length} 篇文章："),
            entries.Select(e => Labels.Title(e.Headline, e.Kind, e.Excerpt)));
        return site.Render(path, isHome ? "pages/home" : "pages/edition", title,
            isHome ? [] : [(Labels.Date(date), null)], view, isHome ? "home" : "edition",
            description, PageMetadata.For(site.Config, path, isHome ? $"{site.Config.Title} · {Labels.Date(date)}" : title, description));
    }

    /// <summary>The summaries of an edition's articles: what indices and listings are built from.</summary>
    private static IEnumerable<ArticleEntry> Entries(EditionModel edition) =>
        edition.Pages.SelectMany(p => p.Articles.Select(a => new ArticleEntry(
            edition.Date, p.Number, a.Number, p.Name, a.Article.Kind,
            a.Article.Kicker, a.Article.Headline, a.Article.Subheadline,
            a.Article.Paragraphs.IsEmpty ? null : Labels.Excerpt(a.Article.Paragraphs[0], 80),
            [.. Labels.Credits(a.Article.Byline)], a.Article.Truncated)));

    /// <summary>The page left at a moved article's URL: listed nowhere (no summary, no search document, no
    /// sitemap entry), its canonical link naming where the text is now.</summary>
    private static OutputFile Moved(EditionModel edition, PageModel page, MovedArticle moved, SiteContext site)
    {
        var date = edition.Date;
        var path = SiteUrls.Moved(date, page.Number, moved.Number);
        var v = new ViewFactory(site.Config, path);
        var pagePath = SiteUrls.Page(date, page.Number);
        var pageLabel = Labels.Page(page.Number, page.Name);
        var pageLink = new LinkView(v.Link(pagePath), pageLabel);
        var into = moved.To is { } to ? page.Articles.Single(a => a.Number == to) : null;
        var target = into is null ? pagePath : SiteUrls.Article(date, page.Number, into.Number);
        var view = new MovedView(v.Masthead(edition.Facts, date), moved.Title, into is not null,
            into is null ? pageLink : ArticleLink(v, date, page.Number, into.Number, into.Article), pageLink);
        return site.Render(path, "pages/moved", $"{moved.Title} · {Labels.Date(date)} · {site.Config.Title}",
            [(Labels.Date(date), SiteUrls.Edition(date)), (pageLabel, pagePath), (moved.Title, null)], view, "moved", canonical: target);
    }

    private static LinkView PageLink(ViewFactory v, DateOnly date, PageModel p) =>
        new(v.Link(SiteUrls.Page(date, p.Number)), Labels.Page(p.Number, p.Name));

    private static LinkView ArticleLink(ViewFactory v, DateOnly date, int page, int number, Article a) =>
        new(v.Link(SiteUrls.Article(date, page, number)), Labels.Title(a.Headline, a.Kind, a.Paragraphs.FirstOrDefault()));

    /// <summary>Open Graph's image: the widest rendition up to 1280 px (what sharing previews use), by its
    /// absolute URL, so only with a base URL and only when it was drawn.</summary>
    private static PageMeta WithImage(SiteContext site, PageMeta meta, ImmutableArray<Rendition> renditions, string? alt)
    {
        if (site.Config.BaseUrl is not { } baseUrl || meta.OpenGraph is null || renditions.IsEmpty || alt is null) return meta;
        var image = renditions.Where(r => r.Width <= 1280).DefaultIfEmpty(renditions[0]).MaxBy(r => r.Width)!;
        return meta with { OpenGraph = meta.OpenGraph with { Image = new OpenGraphImage(Absolute.Url(baseUrl, image.Path), image.Width, image.Height, alt) } };
    }

    /// <summary>A photo's text alternative: its caption (photo news without one sets its text as the caption; a
    /// news article's photo without one is the article's photo, named by its headline).</summary>
    private static string PhotoAlt(Article article) =>
        Typography.Display(!article.Captions.IsEmpty ? string.Join(" ", article.Captions)
            : article.Kind == ArticleKind.Photo ? string.Join(" ", article.Paragraphs)
            : $"配图：{article.Headline ?? article.Paragraphs.FirstOrDefault() ?? ""}");

    private static string? Display(string? text) => text is null ? null : Typography.Display(text);
}
