using Site.Parsing.Tests.Support;
using Site.Publishing.Pipeline;

namespace Site.Tests.Site;

/// <summary>The compiled templates write what Scriban's interpreter writes, byte for byte, on every page of
/// the sample site, and never hand a page of it back to the interpreter.</summary>
public sealed class CompiledTemplatesTests : IDisposable
{
    private readonly TempInput input = new TempInput().CopySample();
    private string Themes => Path.Combine(Repo.Root, "themes");

    [Fact]
    public void The_sample_site_built_with_compiled_templates_is_the_interpreted_build_byte_for_byte()
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
        Assert.True(a.Count > 100);
        foreach (var (path, bytes) in b) Assert.True(bytes.AsSpan().SequenceEqual(a[path]), $"{path} differs");
    }

    public void Dispose() => input.Dispose();
}
