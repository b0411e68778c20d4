using Site.Publishing.Output;
using Site.Publishing.Rendering;
using Site.Publishing.Urls;
using Site.Publishing.Views;

namespace Site.Publishing.Search;

/// <summary>search/index.html: the form, and the script that reads the index. Results are the script's
/// work; without JavaScript the page says that search needs it.</summary>
public static class SearchPage
{
    public static OutputFile Render(SiteContext site)
    {
        var path = SiteUrls.Search;
        var view = new SearchView(
            SiteContext.Link(path, SiteUrls.SearchScript),
            SiteContext.Link(path, SiteUrls.SearchManifest),
            RelativeLink.ToRoot(path));
        return site.Render(path, "pages/search", $"搜索 · {site.Config.Title}", [("搜索", null)], view, "search");
    }
}
