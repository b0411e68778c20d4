using Site.Testing;
using Site.Publishing.Pipeline;

namespace Site.Tests.Site;

/// <summary>The compiled templates write what Scriban's interpreter writes, byte for byte, on every page of
/// a site, and never hand a page of it back to the interpreter.</summary>
[Trait("Speed", "Slow")]
public sealed class CompiledTemplatesTests : IDisposable
{
    private readonly TempInput input = new();
    private string Themes => Path.Combine(Repo.Root, "themes");

    [Fact]
    public void The_sample_site_built_with_compiled_templates_is_the_interpreted_build_byte_for_byte()
    {
        input.CopySample();
        BuildBothAndCompare();
    }

    [Fact]
    public void A_site_with_paginated_listings_built_with_compiled_templates_is_the_interpreted_build_byte_for_byte()
    {
        // 9 editions × 7 articles in one section: its listing runs to pages with older and newer links.
        input.Write("site.yml", "sections:\n  要闻: yaowen\n").WriteYaowenDays(1, 9);
        BuildBothAndCompare();
        Assert.True(File.Exists(Path.Combine(input.Root, "compiled", "sections", "yaowen", "2.html")));
    }

    [Fact]
    public void Switching_to_interpreted_templates_renders_every_page_again_and_changes_no_file()
    {
        input.CopySample();
        var cache = Path.Combine(input.Root, "cache");
        var compiled = new BuildOptions(input.Input, input.Output, Themes, CacheFolder: cache);
        SiteBuild.Run(compiled);
        var interpreted = SiteBuild.Run(compiled with { CompileTemplates = false });
        Assert.Equal(interpreted.Editions, interpreted.EditionsRendered);   // not kept from the compiled build
        Assert.Equal(0, interpreted.FilesWritten);
        Assert.Equal(0, SiteBuild.Run(compiled).FilesWritten);
        Assert.Equal(0, SiteBuild.Run(compiled).EditionsRendered);   // and an unchanged build keeps everything
    }

    private void BuildBothAndCompare()
    {
        var compiledOutput = Path.Combine(input.Root, "compiled");
        var interpretedOutput = Path.Combine(input.Root, "interpreted");
        var compiled = SiteBuild.Run(new BuildOptions(input.Input, compiledOutput, Themes, BaseUrl: "https://example.org/paper/"));
        var interpreted = SiteBuild.Run(new BuildOptions(input.Input, interpretedOutput, Themes, BaseUrl: "https://example.org/paper/", CompileTemplates: false));

        Assert.True(compiled.TemplatesInterpretedBecause is null, compiled.TemplatesInterpretedBecause);
        Assert.True(compiled.TemplateFallbacks == 0, $"{compiled.TemplateFallbacks} pages interpreted; first: {compiled.FirstTemplateFallback}");
        Assert.NotNull(interpreted.TemplatesInterpretedBecause);
        var a = TempInput.Tree(compiledOutput);
        var b = TempInput.Tree(interpretedOutput);
        Assert.Equal(b.Keys.Order(StringComparer.Ordinal), a.Keys.Order(StringComparer.Ordinal));
        Assert.True(a.Count > 50);
        foreach (var (path, bytes) in b) Assert.True(bytes.AsSpan().SequenceEqual(a[path]), $"{path} differs");
    }

    public void Dispose() => input.Dispose();
}
