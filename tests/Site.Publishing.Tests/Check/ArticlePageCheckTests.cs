using System.Text;
using Site.Publishing.Check;
using Site.Publishing.Output;

namespace Site.Publishing.Tests.Check;

/// <summary>The realistic article page (<see cref="ArticlePage"/>) is a page the checker accepts, the way a build
/// scans it and the way `site check` parses it; how fast it does so is measured in src/Site.Benchmarks
/// (CheckBenchmarks).</summary>
public class ArticlePageCheckTests
{
    [Theory]
    [InlineData(PageValidation.Scan)]
    [InlineData(PageValidation.Full)]
    public void The_realistic_page_passes_the_check(PageValidation validation)
    {
        var checker = new SiteChecker("https://example.org/paper", validation);
        checker.Add(new OutputFile(ArticlePage.Path, Encoding.UTF8.GetBytes(ArticlePage.Html())));
        foreach (var target in ArticlePage.Targets())
            checker.Add(target.EndsWith(".html", StringComparison.Ordinal) ? Pages.Html(target, "") : new OutputFile(target, []));
        Assert.Empty(checker.Finish());
    }
}
