using Site.Testing;
using Site.Config;

namespace Site.Config.Tests;

/// <summary>site.yml: what a maintainer writes, and the errors a mistake gets.</summary>
public class SiteConfigReaderTests
{
    [Fact]
    public void The_sample_site_yml_loads_with_the_papers_rules()
    {
        var config = SiteConfigReader.Load(Path.Combine(Repo.Root, "input", "site.yml"));
        Assert.Equal("嘉兴日报·平湖版", config.Title);
        Assert.Null(config.BaseUrl);
        Assert.Contains("言成声", config.Parser.Columnists);
        Assert.True(config.Parser.IsNoise("扫一扫看视频"));
        Assert.True(config.Parser.IsNoise("平湖发布"));
        Assert.False(config.Parser.IsNoise("我市开展新闻发言人培训"));
    }

    [Fact]
    public void Settings_are_read_and_a_base_url_loses_its_trailing_slash()
    {
        var config = SiteConfigReader.Parse("""
            title: 测试日报
            baseUrl: https://example.org/paper/
            sections:
              要闻: yaowen
            parser:
              noiseLines: [某某发布]
              columnists: [老言]
            """, "site.yml");
        Assert.Equal("https://example.org/paper", config.BaseUrl);
        Assert.Equal("yaowen", config.Sections["要闻"]);
        Assert.True(config.Parser.IsNoise("某某发布"));
        Assert.True(config.Parser.IsColumnist("老言"));
    }

    [Theory]
    [InlineData("title: a\ntitel: b\n", 2, "unknown setting \"titel\"")]
    [InlineData("parser:\n  noisePatterns:\n    - \"(unclosed\"\n", 3, "not a valid pattern")]
    [InlineData("parser:\n  noiseLine: [x]\n", 2, "unknown parser setting")]
    [InlineData("baseUrl: example.org\n", 1, "absolute http(s) URL")]
    [InlineData("sections:\n  要闻: 要闻\n", 2, "lower-case ASCII")]
    [InlineData("title: [unclosed\n", 1, "never closed")]   // at the bracket, not where YamlDotNet gave up
    [InlineData("parser: [1, 2]\n", 1, "must be a mapping")]
    public void A_mistake_is_reported_with_file_and_line(string yaml, int line, string problem)
    {
        var e = Assert.Throws<ConfigException>(() => SiteConfigReader.Parse(yaml, "input/site.yml"));
        Assert.Equal("input/site.yml", e.File);
        Assert.Equal(line, e.Line);
        Assert.Contains(problem, e.Message, StringComparison.Ordinal);
        Assert.Matches($@"^input/site\.yml:{line}(:\d+)?: error [a-z-]+: ", e.Message);
    }

    [Fact]
    public void An_empty_file_gives_the_defaults()
    {
        Assert.Equal(SiteConfig.Default, SiteConfigReader.Parse("", "site.yml"));
    }
}
