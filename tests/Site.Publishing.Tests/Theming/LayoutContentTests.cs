using Site.Publishing.Theming;

namespace Site.Publishing.Tests.Theming;

/// <summary>A layout's <c>content</c> is the page template's markup, rendered where the layout writes it,
/// and the page template keeps a scope of its own as when it rendered apart.</summary>
public sealed class LayoutContentTests : IDisposable
{
    private readonly ThemeFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Theory]
    [InlineData("<main>\n{{ content }}\n</main>", "<p>{{ title }}</p>", "<main>\n<p>标题&amp;</p>\n</main>")]
    [InlineData("{{ content }}|{{ content }}", "{{ n = 1 }}{{ n }}", "1|1")]
    [InlineData("{{ content | string.size }}", "<b>{{ title }}</b>", "14")]
    [InlineData("{{ if content }}yes{{ end }}", "", "yes")]
    [InlineData("[{{ content }}]", "{{ title }}", "[标题&amp;]")]
    public void The_layout_writes_the_page_where_it_says_content(string layout, string page, string expected) =>
        Assert.Equal(expected, Load(layout, page).RenderPage("pages/page", new Dictionary<string, object?> { ["title"] = "标题&" }));

    [Fact]
    public void A_variable_the_page_template_sets_is_not_the_layout_s()
    {
        var theme = Load("{{ content }}{{ x }}", "{{ x = 'page' }}");
        Assert.Throws<ThemeException>(() => theme.RenderPage("pages/page", new Dictionary<string, object?>()));
    }

    [Fact]
    public void A_page_template_that_writes_content_fails_the_render_instead_of_writing_itself_forever()
    {
        var theme = Load("{{ content }}", "甲{{ content }}");
        Assert.Throws<ThemeException>(() => theme.RenderPage("pages/page", new Dictionary<string, object?>()));
    }

    [Fact]
    public void An_error_in_the_page_template_names_the_page_template()
    {
        var theme = Load("<main>{{ content }}</main>", "\n\n{{ missing.value }}");
        var error = Assert.Throws<ThemeException>(() => theme.RenderPage("pages/page", new Dictionary<string, object?>()));
        Assert.Contains("page.html", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<main></main>")]
    [InlineData("<main>{{ title }}</main>")]
    [InlineData("{{ $content }}")]
    public void A_layout_that_never_writes_content_is_refused_when_the_theme_loads_naming_its_file(string layout)
    {
        var error = Assert.Throws<ThemeException>(() => Load(layout, "<p>页</p>"));
        Assert.Contains("base.html", error.Message, StringComparison.Ordinal);
        Assert.Contains("{{ content }}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_layout_that_writes_content_only_in_a_branch_loads()
    {
        var theme = Load("{{ if frame }}{{ content }}{{ end }}", "<p>页</p>");
        Assert.Equal("<p>页</p>", theme.RenderPage("pages/page", new Dictionary<string, object?> { ["frame"] = true }));
    }

    private Theme Load(string layout, string page) => folder.Load([("layouts/base", layout), ("pages/page", page)]);
}
