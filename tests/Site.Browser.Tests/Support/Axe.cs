using System.Text.Json;
using Microsoft.Playwright;

namespace Site.Browser.Tests.Support;

/// <summary>axe-core, injected from the pinned npm package into a page that is already open.</summary>
public static class Axe
{
    /// <summary>Every violation axe finds on the page, one line per rule and element; empty when there is none.</summary>
    /// <param name="context">axe's context (what to check) as a script expression; the whole document by default.</param>
    /// <param name="options">axe's run options as a script expression (rules to run); its defaults otherwise.</param>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page, string context = "document", string options = "{}")
    {
        Tools.Here.Require(Need.Axe);
        await page.AddScriptTagAsync(new() { Path = Tools.Here.AxeScript }).WaitAsync(BrowserSite.StepTimeout);
        var violations = await BrowserSite.EvaluateAsync<JsonElement>(page, $$"""
            async () => (await axe.run({{context}}, {{options}})).violations.flatMap(v =>
                v.nodes.map(n => `${v.id} (${v.impact}): ${v.help} at ${n.target.join(' ')}: ${n.failureSummary.replace(/\s+/g, ' ')}`))
            """);
        return [.. violations.EnumerateArray().Select(v => v.GetString()!)];
    }
}
