using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Site.Publishing.Theming;

namespace Site.Publishing.Tests.Theming;

/// <summary>A theme's include renders a partial straight into the page when it stands as a statement of
/// its own, and as Scriban does otherwise: either way a page must read exactly as Scriban's own include
/// makes it.</summary>
public sealed class IncludeTests : IDisposable
{
    private readonly ThemeFolder folder = new();

    private static readonly Dictionary<string, string> Partials = new(StringComparer.Ordinal)
    {
        ["partials/link"] = "<a href=\"{{ $url }}\">{{ $label }}</a>",
        ["partials/list"] = "<ul>\n{{- for item in $items }}\n<li>{{ include 'partials/link' url: item.url label: item.label }}</li>\n{{- end }}\n</ul>\n",
        ["partials/lines"] = "first\nsecond\n  {{ $word }}\nlast",
        ["partials/self"] = "{{ include 'partials/self' }}",
    };

    public void Dispose() => folder.Dispose();

    [Theory]
    [InlineData("at the start of a line", "<p>\n{{ include 'partials/link' url: 'a.html' label: '甲' }}\n</p>\n")]
    [InlineData("inside a line", "<p>见 {{ include 'partials/link' url: 'a.html' label: '甲' }} 一文</p>")]
    [InlineData("a loop of nested includes", "{{ include 'partials/list' items: items }}\n{{ include 'partials/list' items: items }}")]
    [InlineData("several lines", "<div>\n{{ include 'partials/lines' word: '词' }}\n</div>\n")]
    [InlineData("on an indented line", "<div>\n    {{ include 'partials/lines' word: '词' }}\n</div>\n")]
    [InlineData("piped", "{{ include 'partials/lines' word: 'w' | string.size }}")]
    [InlineData("assigned", "{{ x = include 'partials/lines' word: 'w' }}[{{ x }}]")]
    [InlineData("in a loop on an indented line", "<ol>\n{{- for item in items }}\n  {{ include 'partials/link' url: item.url label: item.label }}\n{{- end }}\n</ol>")]
    public void A_page_reads_as_Scriban_s_own_include_makes_it(string where, string page)
    {
        Assert.False(string.IsNullOrEmpty(where));
        var theme = Load(page);
        var items = new ScriptArray
        {
            new ScriptObject { ["url"] = "1.html", ["label"] = "一" },
            new ScriptObject { ["url"] = "2.html", ["label"] = "二" },
        };
        var html = theme.RenderPage("pages/page", new Dictionary<string, object?> { ["items"] = items });
        Assert.Equal(WithScriban(page, items), html);
    }

    [Fact]
    public void A_partial_that_includes_itself_fails_the_render_instead_of_running_away()
    {
        var theme = Load("{{ include 'partials/self' }}");
        Assert.Throws<ThemeException>(() => theme.RenderPage("pages/page", new Dictionary<string, object?>()));
    }

    private Theme Load(string page) =>
        folder.Load([("layouts/base", "{{ content }}"), ("pages/page", page), .. Partials.Select(p => (p.Key, p.Value))]);

    /// <summary>The page rendered by a stock Scriban context with its own include.</summary>
    private static string WithScriban(string page, ScriptArray items)
    {
        var context = new TemplateContext { StrictVariables = true, TemplateLoader = new Loader() };
        var globals = new ScriptObject { ["items"] = items };
        context.PushGlobal(globals);
        return Template.Parse(page).Render(context);
    }

    private sealed class Loader : ITemplateLoader
    {
        public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => templateName;
        public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => Partials[templatePath];
        public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
            ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
    }
}
