using Site.Cli;
using Site.Testing;
using Site.Publishing.Documents;
using Site.Publishing.Pipeline;
using Site.Tests.Site;

namespace Site.Tests.Overrides;

/// <summary>Given the sample input with corrections in an edition.yml, when the site is built, then the
/// corrections are published, stale ones are warnings naming edition.yml and the line, and --strict
/// turns those warnings into a failed build that leaves the output as it was.</summary>
[Trait("Speed", "Slow")]
public sealed class OverridesInBuildTests : IDisposable
{
    private readonly TempInput input = new TempInput().CopySample();
    private string Themes => Path.Combine(Repo.Root, "themes");
    private string Manifest => Path.Combine(input.Input, "issues", "2025-08-04", "edition.yml");

    private void AddOverrides(string yaml) => File.AppendAllText(Manifest, "overrides:\n" + yaml);

    private int LineOf(string text) => Array.FindIndex(File.ReadAllLines(Manifest), l => l.Contains(text, StringComparison.Ordinal)) + 1;

    [Fact]
    public void A_correction_is_published_without_touching_the_raw_text()
    {
        var raw = File.ReadAllBytes(Path.Combine(input.Input, "issues", "2025-08-04", "01.txt"));
        AddOverrides("""
              - page: 1
                headline: 重“棒”出击
                set:
                  kicker: 全国青少年棒球赛
            """ + "\n");
        var report = SiteBuild.Run(new BuildOptions(input.Input, input.Output, Themes, BaseUrl: "https://example.org/paper", Strict: true));
        Assert.Empty(report.Warnings);
        var page = File.ReadAllText(Path.Combine(input.Output, "2025", "08", "04", "01", "04.html"));
        Assert.Contains("全国青少年棒球赛", page, StringComparison.Ordinal);
        Assert.Equal(raw, File.ReadAllBytes(Path.Combine(input.Input, "issues", "2025-08-04", "01.txt")));
    }

    [Fact]
    public void A_stale_override_is_a_warning_and_strict_fails_on_it_leaving_the_output_untouched()
    {
        SiteBuild.Run(new BuildOptions(input.Input, input.Output, Themes, BaseUrl: "https://example.org/paper", Strict: true));
        var before = input.OutputTree();
        AddOverrides("""
              - page: 1
                headline: 一个已经不存在的标题
                merge: next
            """ + "\n");
        var expected = $"{Manifest}:{LineOf("- page: 1")}: override for page 1, headline \"一个已经不存在的标题\" matches no article";

        var report = SiteBuild.Run(new BuildOptions(input.Input, Path.Combine(input.Root, "lenient"), Themes));
        Assert.Contains(report.Warnings, w => $"{w.File}:{w.Line}: {w.Message}".StartsWith(expected, StringComparison.Ordinal));

        var e = Assert.Throws<BuildFailedException>(() => SiteBuild.Run(new BuildOptions(input.Input, input.Output, Themes, BaseUrl: "https://example.org/paper", Strict: true)));
        Assert.Contains(e.Errors, w => $"{w.File}:{w.Line}: {w.Message}".StartsWith(expected, StringComparison.Ordinal));
        var after = input.OutputTree();
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        Assert.All(before, kv => Assert.True(kv.Value.AsSpan().SequenceEqual(after[kv.Key])));
    }

    [Fact]
    public void Strict_fails_on_a_warning_of_an_edition_the_cache_kept_from_the_last_build()
    {
        AddOverrides("  - page: 1\n    number: 9\n    merge: next\n");
        var cache = Path.Combine(input.Root, "cache");
        var first = SiteBuild.Run(new BuildOptions(input.Input, input.Output, Themes, BaseUrl: "https://example.org/paper", CacheFolder: cache));
        Assert.Single(first.Warnings);
        var e = Assert.Throws<BuildFailedException>(() => SiteBuild.Run(new BuildOptions(input.Input, input.Output, Themes, BaseUrl: "https://example.org/paper", CacheFolder: cache, Strict: true)));
        Assert.Equal(first.Warnings.ToArray(), e.Errors);
    }

    [Fact]
    public void Build_strict_on_the_command_line_exits_1_printing_each_warning_with_file_and_line()
    {
        AddOverrides("  - page: 3\n    number: 1\n    merge: next\n");
        var (ok, _, _) = Run("build", "--input", input.Input, "--output", input.Output);
        Assert.Equal(0, ok);
        var (code, output, err) = Run("build", "--input", input.Input, "--output", Path.Combine(input.Root, "strict"), "--strict", "--base-url", "https://example.org/paper");
        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.Contains($"{Manifest}:{LineOf("- page: 3")}: warning stale-override: override for page 3: the edition has no page 3", err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(input.Root, "strict")));
    }

    [Fact]
    public void A_bad_override_fails_the_build_naming_edition_yml_and_the_line()
    {
        AddOverrides("  - page: 1\n    headline: 重“棒”出击\n    set:\n      kind: editorial\n");
        var (code, _, err) = Run("build", "--input", input.Input, "--output", input.Output);
        Assert.Equal(1, code);
        Assert.Contains($"{Manifest}:{LineOf("kind: editorial")}: error bad-value: kind must be news, commentary or photo", err, StringComparison.Ordinal);
    }

    private (int Code, string Out, string Err) Run(params string[] args)
    {
        var (o, e) = (new StringWriter(), new StringWriter());
        var code = Entry.Run([.. args, "--themes", Path.Combine(Repo.Root, "themes"), "--cache", Path.Combine(input.Root, "cache")], o, e);
        return (code, o.ToString(), e.ToString());
    }

    public void Dispose() => input.Dispose();
}
