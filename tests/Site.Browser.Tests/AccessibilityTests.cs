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

    [BrowserTheory(Need.Chromium | Need.Axe)]
    [MemberData(nameof(Pages))]
    public async Task A_page_kind_in_dark_mode_has_no_accessibility_violations(string kind, string path)
    {
        var page = await site.NewPageAsync();
        await page.EmulateMediaAsync(new() { ColorScheme = Microsoft.Playwright.ColorScheme.Dark });
        await page.GotoAsync(site.Url(path));
        var violations = await Axe.ViolationsAsync(page);
        Assert.True(violations.Count == 0, $"{kind} ({path}), dark: {violations.Count} violations\n" + string.Join("\n", violations));
    }

    /// <summary>Grey text that carries meaning — 引题, bylines, dates, breadcrumbs, counts — reads at AAA
    /// contrast (7:1), light and dark.</summary>
    [BrowserTheory(Need.Chromium | Need.Axe)]
    [MemberData(nameof(Pages))]
    public async Task Secondary_text_that_carries_meaning_has_aaa_contrast_light_and_dark(string kind, string path)
    {
        const string secondary = "[['.kicker'], ['.subheadline'], ['.meta'], ['.credits'], ['.masthead-facts'], ['.breadcrumbs'], ['.count'], ['.article-footer'], ['.prev-next .direction'], ['.intro']]";
        foreach (var scheme in new[] { Microsoft.Playwright.ColorScheme.Light, Microsoft.Playwright.ColorScheme.Dark })
        {
            var page = await site.NewPageAsync();
            await page.EmulateMediaAsync(new() { ColorScheme = scheme });
            await page.GotoAsync(site.Url(path));
            if (await page.Locator(string.Join(", ", ".kicker", ".subheadline", ".meta", ".credits", ".masthead-facts", ".breadcrumbs", ".count", ".article-footer", ".prev-next .direction", ".intro")).CountAsync() == 0) continue;
            var violations = await Axe.ViolationsAsync(page, $"{{ include: {secondary} }}", "{ runOnly: ['color-contrast-enhanced'] }");
            Assert.True(violations.Count == 0, $"{kind} ({path}), {scheme}: {violations.Count} below 7:1\n" + string.Join("\n", violations));
        }
    }

    [BrowserFact(Need.Chromium | Need.Axe)]
    public async Task The_aaa_check_finds_a_byline_in_the_old_grey()
    {
        var page = await site.NewPageAsync("2025/08/04/01/03.html");
        await page.EvaluateAsync("() => document.querySelector('.credits').style.color = '#5f6368'");
        var violations = await Axe.ViolationsAsync(page, "{ include: [['.credits']] }", "{ runOnly: ['color-contrast-enhanced'] }");
        Assert.Contains(violations, v => v.StartsWith("color-contrast-enhanced ", StringComparison.Ordinal));
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
