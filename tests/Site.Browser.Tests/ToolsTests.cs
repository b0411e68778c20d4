using Site.Browser.Tests.Support;

namespace Site.Browser.Tests;

/// <summary>When browser tests run, skip or fail: the decision on a machine made of temporary files.</summary>
public sealed class ToolsTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("site-tools-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    private string Touch(string relative)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "");
        return path;
    }

    private Tools Machine(bool ci, bool everything)
    {
        var chromium = Path.Combine(root, "bin", "chromium");
        var modules = Path.Combine(root, "node_modules");
        if (everything)
        {
            Touch("bin/chromium");
            Touch("bin/java");
            Touch("node_modules/axe-core/axe.min.js");
            Touch("node_modules/vnu-jar/build/dist/vnu.jar");
        }
        var environment = new Dictionary<string, string?>
        {
            ["SITE_CHROMIUM"] = chromium,
            ["PATH"] = Path.Combine(root, "nowhere") + Path.PathSeparator + Path.Combine(root, "bin"),
            ["CI"] = ci ? "true" : null,
        };
        return Tools.FromEnvironment(name => environment.GetValueOrDefault(name), modules);
    }

    [Fact]
    public void Without_its_tools_a_test_is_skipped_saying_what_is_missing_and_how_to_get_it()
    {
        var tools = Machine(ci: false, everything: false);
        var reason = tools.SkipReason(Need.Chromium | Need.Axe | Need.Vnu);
        Assert.NotNull(reason);
        Assert.Contains("chromium is not at " + Path.Combine(root, "bin", "chromium"), reason, StringComparison.Ordinal);
        Assert.Contains("apt-get install chromium", reason, StringComparison.Ordinal);
        Assert.Contains("axe-core", reason, StringComparison.Ordinal);
        Assert.Contains("vnu.jar", reason, StringComparison.Ordinal);
        Assert.Contains("java is not on PATH", reason, StringComparison.Ordinal);
        Assert.Contains("npm ci in tests/Site.Browser.Tests/tools", reason, StringComparison.Ordinal);
        Assert.Contains("CI=true", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_test_is_skipped_only_for_what_it_needs()
    {
        var tools = Machine(ci: false, everything: false);
        Touch("bin/chromium");
        Assert.Null(tools.SkipReason(Need.Chromium));
        Assert.DoesNotContain("chromium", tools.SkipReason(Need.Chromium | Need.Axe), StringComparison.Ordinal);
        Assert.Contains("axe-core", tools.SkipReason(Need.Chromium | Need.Axe), StringComparison.Ordinal);
        Assert.DoesNotContain("axe-core", tools.SkipReason(Need.Vnu), StringComparison.Ordinal);
    }

    [Fact]
    public void On_CI_nothing_is_skipped_and_a_missing_tool_fails_the_test()
    {
        var tools = Machine(ci: true, everything: false);
        Assert.True(tools.OnCi);
        Assert.Null(tools.SkipReason(Need.Chromium | Need.Axe | Need.Vnu));
        var failure = Assert.Throws<InvalidOperationException>(() => tools.Require(Need.Chromium));
        Assert.StartsWith("CI=true and missing: chromium is not at", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void With_every_tool_in_place_nothing_is_skipped_or_missing()
    {
        var tools = Machine(ci: false, everything: true);
        Assert.Equal(Path.Combine(root, "bin", "java"), tools.Java);
        Assert.Null(tools.SkipReason(Need.Chromium | Need.Axe | Need.Vnu));
        Assert.Empty(tools.Missing(Need.Chromium | Need.Axe | Need.Vnu));
        tools.Require(Need.Chromium | Need.Axe | Need.Vnu);
    }

    [Fact]
    public void Chromium_is_debians_unless_SITE_CHROMIUM_names_another_and_CI_means_the_value_true()
    {
        var plain = Tools.FromEnvironment(_ => null, root);
        Assert.Equal("/usr/bin/chromium", plain.Chromium);
        Assert.False(plain.OnCi);
        Assert.Null(plain.Java);
        Assert.False(Tools.FromEnvironment(name => name == "CI" ? "false" : null, root).OnCi);
        Assert.True(Tools.FromEnvironment(name => name == "CI" ? "true" : null, root).OnCi);
    }
}
