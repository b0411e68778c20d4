using System.Collections.Immutable;
using Site.Config;
using Site.Publishing.Discovery;
using Site.Publishing.Documents;
using Site.Publishing.Imaging;
using Site.Publishing.Output;
using Site.Publishing.Theming;
using Site.Publishing.Urls;
using Site.Publishing.Views;

namespace Site.Publishing.Rendering;

/// <summary>What every render stage shares: the configuration and the loaded theme. Turns a page's view
/// into a file; knows the frame (title, navigation, breadcrumbs) every page has.</summary>
public sealed class SiteContext(SiteConfig config, Theme theme)
{
    public SiteConfig Config { get; } = config;
    public Theme Theme { get; } = theme;

    /// <summary>Draws PDF pages; the build gives one that keeps its images in the build cache.</summary>
    public PageImaging Images { get; init; } = PageImaging.Default;

    private readonly ImmutableArray<AlternateView> siteFeeds = FeedLinks.SiteWide(config);

    /// <summary>The ASCII slug of a page name's section index; null for an unnamed page.</summary>
    /// <exception cref="InputException">A page name that site.yml does not give a slug.</exception>
    /// <param name="source">Where the name is given, and <paramref name="line"/> its line (0 for none).</param>
    public string? SectionSlug(string pageName, string source, int line = 0)
    {
        if (pageName.Length == 0) return null;
        return Config.Sections.TryGetValue(pageName, out var slug) ? slug
            : throw new InputException(source, line, InputCodes.NoSlug, $"the page name \"{pageName}\" has no section slug",
                $"add it under sections: in site.yml (for example {pageName}: a-slug)");
    }

    /// <remarks>A page a host shows at URLs not its own (<see cref="SiteUrls.ServedAtAnyUrl"/>) gets absolute
    /// frame links when there is a base URL, so its stylesheet and navigation resolve wherever it is shown;
    /// without one they stay relative to the root, where the page itself lives.</remarks>
    /// <param name="canonical">The page this one stands for (a moved article's new place): its canonical link,
    /// absolute with a base URL and relative without one, where a page's own canonical link needs a base URL.</param>
    public OutputFile Render(string path, string template, string title, IEnumerable<(string Label, string? Path)> breadcrumbs,
        object view, string pageKind, string? description = null, PageMeta? meta = null, string? canonical = null)
    {
        meta ??= PageMeta.None;
        var servedAnywhere = SiteUrls.ServedAtAnyUrl(path);
        var absolute = servedAnywhere ? Config.BaseUrl : null;
        string To(string target) => absolute is null ? Link(path, target) : $"{absolute}/{target}";
        var frame = new FrameView(
            Config.Title, Config.Language, title, description, absolute is null ? RelativeLink.ToRoot(path) : $"{absolute}/",
            To(SiteUrls.Stylesheet), absolute is null ? null : Link(path, SiteUrls.Stylesheet), To(SiteUrls.Favicon), To(SiteUrls.Home), To(SiteUrls.Archive),
            To(SiteUrls.Sections), To(SiteUrls.People), To(SiteUrls.Search),
            [.. breadcrumbs.Select(b => new LinkView(b.Path is null ? "" : To(b.Path), b.Label))],
            // An error page has no canonical URL of its own to name.
            Config.BaseUrl is { } baseUrl && !servedAnywhere ? $"{baseUrl}/{canonical ?? path}"
                : canonical is null ? null : Link(path, canonical),
            pageKind,
            [.. siteFeeds, .. meta.Alternates], meta.OpenGraph, meta.StructuredData);
        var html = Theme.RenderPage(template, new Dictionary<string, object?> { ["frame"] = frame, ["view"] = view });
        return OutputFile.FromText(path, html.ReplaceLineEndings("\n"));
    }

    public static string Link(string from, string to) => RelativeLink.Between(from, to);
}
