using Site.Browser.Tests.Support;

namespace Site.Browser.Tests;

/// <summary>axe-core (WCAG A/AA and best practices) finds nothing on any page kind.</summary>
[Collection(BrowserCollection.Name)]
public class AccessibilityTests(BrowserSite site)
{
    public static TheoryData<string, string> Pages => PageKinds.Rows();

    [BrowserTheory(Need.Chromium | Need.Axe)]
    [MemberData(nameof(Pages))]
    public async Task A_page_kind_has_no_accessibility_violations(string kind, string path)
    {
        var page = await site.NewPageAsync(path);
        var violations = await Axe.ViolationsAsync(page);
        Assert.True(violations.Count == 0, $"{kind} ({path}): {violations.Count} violations\n" + string.Join("\n", violations));
    }

    [BrowserFact(Need.Chromium | Need.Axe)]
    public async Task The_check_finds_a_violation_when_there_is_one()
    {
        var page = await site.NewPageAsync(PageKinds.All[0].Path);
        await page.EvaluateAsync("() => { document.documentElement.removeAttribute('lang'); document.querySelector('.site-title').textContent = ''; }");
        var violations = await Axe.ViolationsAsync(page);
        Assert.Contains(violations, v => v.StartsWith("html-has-lang ", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.StartsWith("link-name ", StringComparison.Ordinal) && v.Contains(".site-title", StringComparison.Ordinal));
    }
}
