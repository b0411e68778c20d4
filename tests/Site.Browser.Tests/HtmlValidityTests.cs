using Site.Browser.Tests.Support;

namespace Site.Browser.Tests;

/// <summary>The Nu Html Checker (the W3C validator) finds no error on any page kind, nor in the stylesheet.</summary>
[Collection(BrowserCollection.Name)]
public class HtmlValidityTests(BrowserSite site)
{
    [BrowserFact(Need.Vnu)]
    public void Every_page_kind_and_the_stylesheet_are_valid()
    {
        var errors = Vnu.Errors(site.Output, PageKinds.All.Select(p => p.Path).Append("assets/site.css"));
        Assert.True(errors.Count == 0, $"{errors.Count} errors\n" + string.Join("\n", errors));
    }

    [BrowserFact(Need.Vnu)]
    public void The_checker_reports_an_invalid_page()
    {
        var folder = Directory.CreateTempSubdirectory("site-vnu-").FullName;
        try
        {
            var valid = File.ReadAllText(Path.Combine(site.Output, "404.html"));
            File.WriteAllText(Path.Combine(folder, "bad.html"), valid.Replace("<main id=\"main\"", "<main id=\"main\" align=\"x\"", StringComparison.Ordinal));
            var error = Assert.Single(Vnu.Errors(folder, ["bad.html"]));
            Assert.StartsWith("bad.html:", error, StringComparison.Ordinal);
            Assert.Contains("align", error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
