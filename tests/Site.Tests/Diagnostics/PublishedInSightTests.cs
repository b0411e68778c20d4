using Site.Parsing.Diagnostics;
using Site.Testing;
using Site.Publishing.Discovery;
using Site.Publishing.Documents;
using Site.Publishing.Pipeline;
using Site.Tests.Site;

namespace Site.Tests.Diagnostics;

/// <summary>Nothing is published out of sight: a page edition.yml does not name (published in no
/// section), a name for a page that is not there, and one raw page filed twice are warnings naming where
/// to look, and --strict fails on them. The sample itself warns of nothing but its missing base URL.</summary>
[Trait("Speed", "Slow")]
public sealed class PublishedInSightTests(SampleSite sample) : IClassFixture<SampleSite>, IDisposable
{
    private readonly TempInput input = new();
    private string Themes => Path.Combine(Repo.Root, "themes");
    private static readonly string Seed = File.ReadAllText(Path.Combine(Repo.Root, "seeds", "004_1b195415e26a939e.txt"));

    [Fact]
    public void The_sample_names_every_page_and_files_each_once()
    {
        Assert.Equal([SiteDiscovery.NoBaseUrlCode], sample.Report.Warnings.Select(w => w.Code));
    }

    [Fact]
    public void A_page_of_an_edition_without_edition_yml_is_named_by_its_file()
    {
        input.Write("site.yml", "sections:\n  要闻: yaowen\n").Write("issues/2025-08-04/01.txt", Seed).Write("issues/2025-08-04/02.txt", "本报讯 第二版的一段正文。\n");
        var report = SiteBuild.Run(new BuildOptions(input.Input, input.Output, Themes));
        var warning = Assert.Single(report.Warnings, w => w.Code == InputCodes.UnnamedPage);
        Assert.Equal((Path.Combine(input.Input, "issues", "2025-08-04", "01.txt"), 0, Severity.Warning), (warning.File, warning.Line, warning.Severity));
        Assert.Contains("pages 1, 2", warning.Message, StringComparison.Ordinal);
        Assert.Contains("published in no section", warning.Message, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(input.Input, "issues", "2025-08-04", "edition.yml"), warning.Hint, StringComparison.Ordinal);

        var e = Assert.Throws<BuildFailedException>(() => SiteBuild.Run(new BuildOptions(input.Input, input.Output, Themes, BaseUrl: "https://example.org/", Strict: true)));
        Assert.Contains(e.Errors, d => d.Code == InputCodes.UnnamedPage);
    }

    [Fact]
    public void Only_the_unnamed_pages_are_listed_and_edition_yml_is_named_at_its_pages_line()
    {
        input.Write("site.yml", "sections:\n  要闻: yaowen\n").Write("issues/2025-08-04/01.txt", Seed).Write("issues/2025-08-04/03.txt", "本报讯 第三版的一段正文。\n")
            .Write("issues/2025-08-04/edition.yml", "# the masthead names page 1 only\nissueNumber: 5723\npages:\n  1: 要闻\n  2: 要闻\n");
        var report = SiteBuild.Run(new BuildOptions(input.Input, input.Output, Themes));
        var manifest = Path.Combine(input.Input, "issues", "2025-08-04", "edition.yml");
        var unnamed = Assert.Single(report.Warnings, w => w.Code == InputCodes.UnnamedPage);
        Assert.Equal((manifest, 3), (unnamed.File, unnamed.Line));
        Assert.StartsWith("page 3 has no name here", unnamed.Message, StringComparison.Ordinal);
        var nowhere = Assert.Single(report.Warnings, w => w.Code == InputCodes.NoSuchPage);
        Assert.Equal((manifest, 5), (nowhere.File, nowhere.Line));
        Assert.Contains("page 2 is named \"要闻\", but the edition has no page 2", nowhere.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_page_filed_three_times_is_one_warning_naming_every_copy()
    {
        input.Write("site.yml", "sections:\n  要闻: yaowen\n");
        foreach (var day in new[] { "2024-03-01", "2024-03-02", "2024-03-03" })
            input.Write($"issues/{day}/01.txt", "本报讯 同一版。\n").Write($"issues/{day}/edition.yml", "pages:\n  1: 要闻\n");
        // Same size, other bytes: not the same page.
        input.Write("issues/2024-03-04/01.txt", "本报讯 另一版。\n").Write("issues/2024-03-04/edition.yml", "pages:\n  1: 要闻\n");
        var cache = Path.Combine(input.Root, "cache");
        foreach (var options in new[] { new BuildOptions(input.Input, input.Output, Themes), new BuildOptions(input.Input, input.Output, Themes, CacheFolder: cache) })
        {
            var report = SiteBuild.Run(options);
            var warning = Assert.Single(report.Warnings, w => w.Code == InputCodes.PageFiledTwice);
            string Page(string day) => Path.Combine(input.Input, "issues", day, "01.txt");
            Assert.Equal(Page("2024-03-01"), warning.File);
            Assert.Equal($"the same bytes as {Page("2024-03-02")} and {Page("2024-03-03")}: one raw page filed twice", warning.Message);
        }
    }

    public void Dispose() => input.Dispose();
}
