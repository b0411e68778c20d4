using Site.Testing;
using System.Diagnostics;
using Site.Publishing.Documents;
using Site.Publishing.Pipeline;

namespace Site.Tests.Site;

/// <summary>What the build promises archives and maintainers: same input, same bytes; a failed build
/// leaves the previous site untouched; unchanged files are not rewritten; broken links fail the build.</summary>
[Trait("Speed", "Slow")]
public sealed class BuildPromisesTests : IDisposable
{
    private readonly TempInput input = new TempInput().CopySample();
    private string Themes => Path.Combine(Repo.Root, "themes");

    [Fact]
    public void Two_builds_in_different_time_zones_and_cultures_give_identical_bytes()
    {
        var first = Path.Combine(input.Root, "first");
        var second = Path.Combine(input.Root, "second");
        RunCli(first, ("TZ", "Asia/Shanghai"), ("LANG", "zh_CN.UTF-8"), ("LC_ALL", "zh_CN.UTF-8"));
        RunCli(second, ("TZ", "America/Los_Angeles"), ("LANG", "tr_TR.UTF-8"), ("LC_ALL", "tr_TR.UTF-8"));
        var a = TempInput.Tree(first);
        var b = TempInput.Tree(second);
        Assert.Equal(a.Keys.Order(StringComparer.Ordinal), b.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in a) Assert.True(bytes.AsSpan().SequenceEqual(b[path]), $"{path} differs");
        Assert.All(a, kv => Assert.False(kv.Value.AsSpan().StartsWith("\uFEFF"u8), $"{kv.Key} has a BOM"));
        Assert.All(a.Where(kv => kv.Key.EndsWith(".html", StringComparison.Ordinal)),
            kv => Assert.DoesNotContain((byte)'\r', kv.Value));
    }

    [Theory]
    [InlineData("pages/article.html")]   // rendered per edition
    [InlineData("pages/listing.html")]   // rendered site-wide
    public void A_template_that_fails_as_it_renders_fails_the_build_naming_it_and_leaves_the_output(string template)
    {
        var options = new BuildOptions(input.Input, input.Output, Themes);
        SiteBuild.Run(options);
        var before = input.OutputTree();
        var original = File.ReadAllText(Path.Combine(Themes, "default", template));
        input.Write("theme/" + template, original + "\n{{ view.no_such_field }}\n");
        var e = Assert.Throws<BuildFailedException>(() => SiteBuild.Run(options));
        Assert.Contains(e.Errors, m => m.File.Contains(template, StringComparison.Ordinal) && m.ToString().Contains("no_such_field", StringComparison.Ordinal));
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), input.OutputTree().Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_second_build_of_the_same_input_rewrites_nothing()
    {
        var options = new BuildOptions(input.Input, input.Output, Themes);
        var first = SiteBuild.Run(options);
        var stamps = Directory.EnumerateFiles(input.Output, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.GetLastWriteTimeUtc);
        var second = SiteBuild.Run(options);
        Assert.Equal(first.FilesWritten, second.FilesUnchanged);
        Assert.Equal(0, second.FilesWritten);
        Assert.All(stamps, kv => Assert.Equal(kv.Value, File.GetLastWriteTimeUtc(kv.Key)));
    }

    [Fact]
    public void A_build_that_fails_leaves_the_previous_output_untouched()
    {
        var options = new BuildOptions(input.Input, input.Output, Themes);
        SiteBuild.Run(options);
        var before = input.OutputTree();
        // A masthead date that disagrees with its folder cannot be published.
        File.Copy(Path.Combine(Repo.Root, "seeds", "004_1b195415e26a939e.txt"), Path.Combine(input.Input, "issues", "2022-08-22", "02.txt"));
        var e = Assert.Throws<BuildFailedException>(() => SiteBuild.Run(options));
        Assert.Contains("02.txt:9: error wrong-date: the masthead says 2025-08-04, but the file is filed under 2022-08-22", e.Message, StringComparison.Ordinal);
        var after = input.OutputTree();
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        Assert.All(before, kv => Assert.True(kv.Value.AsSpan().SequenceEqual(after[kv.Key])));
        Assert.Empty(Directory.EnumerateDirectories(input.Root, "output.staging-*"));
    }

    [Fact]
    public void A_template_with_a_broken_link_fails_the_build_naming_the_page()
    {
        input.Write("theme/pages/not-found.html", "<h1>页面不存在</h1><p><a href=\"nowhere/index.html\">x</a></p>");
        var e = Assert.Throws<BuildFailedException>(() => SiteBuild.Run(new BuildOptions(input.Input, input.Output, Themes)));
        Assert.Contains(e.Errors, m => m.File == "404.html" && m.Line > 0 && m.Message.Contains("nowhere/index.html", StringComparison.Ordinal));
        Assert.False(Directory.Exists(input.Output));
    }

    [Fact]
    public void A_maintainer_overrides_a_template_by_putting_one_of_the_same_name_under_input_theme()
    {
        input.Write("theme/pages/not-found.html", "<h1>找不到了</h1><p><a href=\"{{ frame.home }}\">回首页</a></p>");
        SiteBuild.Run(new BuildOptions(input.Input, input.Output, Themes));
        Assert.Contains("<h1>找不到了</h1>", File.ReadAllText(Path.Combine(input.Output, "404.html")), StringComparison.Ordinal);
        Assert.Contains("text-indent: 2em", File.ReadAllText(Path.Combine(input.Output, "assets/site.css")), StringComparison.Ordinal);
    }

    [Fact]
    public void With_a_base_url_each_page_names_its_canonical_address_and_the_check_accepts_it()
    {
        SiteBuild.Run(new BuildOptions(input.Input, input.Output, Themes, BaseUrl: "https://example.org/paper/"));
        var article = File.ReadAllText(Path.Combine(input.Output, "2025/08/04/01/01.html"));
        Assert.Contains("<link rel=\"canonical\" href=\"https://example.org/paper/2025/08/04/01/01.html\">", article, StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"canonical\"", File.ReadAllText(Path.Combine(Repo.Root, "tests/Site.Tests/Site/Snapshots/PageSnapshotTests.Article_news_with_kicker.verified.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_base_url_that_is_not_an_absolute_http_url_is_refused()
    {
        var e = Assert.Throws<InputException>(() => SiteBuild.Run(new BuildOptions(input.Input, input.Output, Themes, BaseUrl: "example.org")));
        Assert.Contains("--base-url must be an absolute http(s) URL", e.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(input.Output));
    }

    [Theory]
    [InlineData("https://example.org/pa\"per/", "https://example.org/pa&quot;per/2025/08/04/01/01.html")]
    public void A_base_url_is_read_as_a_url_whatever_characters_it_holds(string baseUrl, string canonical)
    {
        SiteBuild.Run(new BuildOptions(input.Input, input.Output, Themes, BaseUrl: baseUrl));
        var article = File.ReadAllText(Path.Combine(input.Output, "2025/08/04/01/01.html"));
        Assert.Contains($"<link rel=\"canonical\" href=\"{canonical}\">", article, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://example.org/paper/?edition=1", "?query")]
    [InlineData("https://example.org/#top", "?query or #fragment")]
    [InlineData("mailto:desk@example.org", "absolute http(s) URL")]
    public void A_base_url_with_a_query_or_of_another_scheme_is_refused(string baseUrl, string why)
    {
        var e = Assert.Throws<InputException>(() => SiteBuild.Run(new BuildOptions(input.Input, input.Output, Themes, BaseUrl: baseUrl)));
        Assert.Contains("--base-url must ", e.Message, StringComparison.Ordinal);
        Assert.Contains(why, e.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(input.Output));
    }

    [Fact]
    public void Site_yml_picks_the_theme_by_name()
    {
        var themes = Path.Combine(input.Root, "themes");
        TempInput.CopyFolder(Path.Combine(Themes, "default"), Path.Combine(themes, "plain"));
        File.WriteAllText(Path.Combine(themes, "plain", "assets", "site.css"), "body { font-family: serif; }\n");
        var yml = Path.Combine(input.Input, "site.yml");
        File.WriteAllText(yml, File.ReadAllText(yml).Replace("theme: default", "theme: plain", StringComparison.Ordinal));
        SiteBuild.Run(new BuildOptions(input.Input, input.Output, themes));
        Assert.Equal("body { font-family: serif; }\n", File.ReadAllText(Path.Combine(input.Output, "assets", "site.css")));
    }

    [Fact]
    public void A_page_name_without_a_section_slug_is_an_error_naming_the_page_file()
    {
        input.Write("issues/2022-08-22/edition.yml", "pages:\n  1: 新栏目\n");
        var e = Assert.Throws<BuildFailedException>(() => SiteBuild.Run(new BuildOptions(input.Input, input.Output, Themes)));
        Assert.Contains(e.Errors, m => m.File.Contains("2022-08-22", StringComparison.Ordinal) && m.Message.Contains("\"新栏目\" has no section slug", StringComparison.Ordinal));
    }

    private void RunCli(string output, params (string Key, string Value)[] env)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "site.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = input.Root };
        foreach (var a in new[] { "exec", dll, "build", "--input", input.Input, "--output", output, "--themes", Themes }) start.ArgumentList.Add(a);
        foreach (var (k, v) in env) start.Environment[k] = v;
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(120_000), "build did not finish");
        Assert.True(process.ExitCode == 0, stdout + stderr.Result);
    }

    public void Dispose() => input.Dispose();
}
