using Scriban.Runtime;
using Site.Publishing.Theming;

namespace Site.Publishing.Tests.Theming;

/// <summary>The compiled templates against Scriban's interpreter, construct by construct: each page is
/// rendered both ways from the same files and must read the same, byte for byte, with no page handed back
/// to the interpreter; where the compiled form cannot answer, the page (or the error) is Scriban's.</summary>
public sealed class CompiledTemplateTests : IDisposable
{
    private readonly ThemeFolder folder = new();

    public void Dispose() => folder.Dispose();

    private sealed record Person(string Name, string Url);

    private sealed record Credit(string Role, IReadOnlyList<Person> People);

    private sealed record Section(string Label, string? Url);

    private sealed record View(
        string Title, string Empty, string? Missing, int Count, int Zero, bool Flag, bool Off,
        IReadOnlyList<Credit> Credits, IReadOnlyList<string> Words, IReadOnlyList<string> None, Section? Section, Section? NoSection,
        HtmlString Markup, IEnumerable<int> Lazy, int[] Many);

    private static readonly View Sample = new(
        "<script>alert('x')</script> & \"quotes\"", "", null, 3, 0, true, false,
        [new("记者", [new("张三", "a.html"), new("李四", "b.html")]), new("作者", [new("王五", "c.html")])],
        ["甲", "乙", "乙", "丙"], [], new("要闻", "s.html"), null, new HtmlString("<b>原样</b>"), Enumerable.Range(1, 3),
        [.. Enumerable.Range(0, 400)]);

    private static Dictionary<string, object?> Globals() => new() { ["view"] = Sample, ["site"] = "平湖" };

    private const string Layout = "<!doctype html>\n<title>{{ site }}</title>\n{{- og = view.section }}\n<main>\n{{ content }}\n</main>\n{{ og.label }}";

    private static readonly (string, string)[] Partials =
    [
        ("partials/person", "<a href=\"{{ $person.url }}\">{{ $person.name }}</a>{{ if !for.last }}、{{ end }}"),
        ("partials/credit", "{{ if $credit.role != \"作者\" }}{{ $credit.role }} {{ end }}{{ for p in $credit.people }}{{ include 'partials/person' person: p }}{{ end }}"),
        ("partials/outer", "[{{ item }}:{{ for.index }}]"),
        ("partials/sets", "{{ shared = 'set in a partial' }}{{ $mine = 'local' }}{{ $mine }}"),
    ];

    [Theory]
    [InlineData("text and values", "<h1>{{ view.title }}</h1>\n<p>{{ view.count }} {{ view.flag }} {{ view.off }} {{ view.missing }}|{{ view.markup }}</p>")]
    [InlineData("whitespace control", "<ul>\n{{- for w in view.words }}\n  <li>{{ w }}</li>\n{{- end }}\n</ul>\n{{~ view.count ~}}\n  after")]
    [InlineData("loop members", "{{ for w in view.words }}{{ for.index }}{{ for.first }}{{ for.last }}{{ for.even }}{{ for.odd }}{{ for.changed }}{{ for.length }}{{ for.rindex }};{{ end }}")]
    [InlineData("nested loops and for.index + 1", "{{ for c in view.credits }}{{ for.index + 1 }}:{{ for p in c.people }}{{ for.index + 1 }}{{ p.name }}{{ end }}/{{ for.last }}|{{ end }}")]
    [InlineData("a loop over nothing and over a lazy sequence", "{{ for x in view.none }}never{{ end }}{{ for x in view.missing }}never{{ end }}{{ for n in view.lazy }}{{ n }}{{ if for.last }}.{{ end }}{{ end }}")]
    [InlineData("includes with named arguments", "{{ for credit in view.credits }}\n<span>{{ include 'partials/credit' credit: credit }}</span>\n{{- end }}")]
    [InlineData("an include sees the caller's loop variable and for", "{{ for item in view.words }}{{ include 'partials/outer' }}{{ end }}")]
    [InlineData("assignments in a partial and the page", "{{ include 'partials/sets' }}|{{ shared }}|{{ x = view.count }}{{ x }}{{ $y = 'y' }}{{ $y }}")]
    [InlineData("truth of values", "{{ if view.empty }}empty-true{{ end }}{{ if view.zero }}zero-true{{ end }}{{ if view.missing }}x{{ else }}null-false{{ end }}{{ if view.none }}list-true{{ end }}{{ if !view.flag }}no{{ else if view.off }}no{{ else }}else-if{{ end }}")]
    [InlineData("comments", "{{# a comment }}{{ ## another\nline ## }}<p>{{ view.count }}</p>")]
    [InlineData("comparisons", "{{ view.title == view.title }}{{ view.empty != \"\" }}{{ view.missing == \"\" }}{{ view.missing != \"x\" }}{{ view.count > 2 }}{{ view.count <= 2 }}{{ view.count == 3 }}{{ view.zero != 0 }}{{ view.count - 5 }}{{ \"a\" < \"b\" }}{{ \"1\" == 1 }}{{ view.title + view.count }}")]
    [InlineData("and, or, not", "{{ view.flag && view.off }}{{ view.off || view.flag }}{{ view.missing || view.empty }}{{ !view.missing && view.count }}{{ (view.none | array.size) > 0 || view.count }}")]
    [InlineData("indented code blocks", "<ul>\n  {{ for w in view.words }}\n  <li>{{ w }}</li>\n    {{ if for.last }}\n<li>last</li>\n    {{ end }}\n  {{ end }}\n</ul>\n  {{ view.title + \"\\n\" + view.empty + \"\\n\\nx\" }}\n\t{{ view.markup }}")]
    [InlineData("includes on indented lines", "<div>\n  {{ include 'partials/sets' }}\n    {{ for item in view.credits }}\n    {{ include 'partials/credit' credit: item }}\n      {{ include 'partials/outer' }}\n    {{ end }}\n</div>")]
    [InlineData("for's options", "{{ for w in view.words limit: 2 }}{{ w }}{{ for.length }}{{ for.last }}{{ end }}|{{ for w in view.words offset: 1 reversed }}{{ w }}{{ for.rindex }}{{ end }}|{{ for w in view.words offset: view.count limit: 0 }}{{ w }}{{ end }}|{{ for w in view.words reversed limit: view.zero }}{{ w }}{{ end }}")]
    [InlineData("indexes", "{{ view.words[0] }}{{ view.words[-1] }}{{ view.credits[1].people[0].name }}{{ objects[1].label }}{{ i = 2 }}{{ view.words[i] }}")]
    [InlineData("array.size", "{{ view.words | array.size }} {{ view.missing | array.size }} {{ if (view.credits | array.size) > 0 }}credits{{ end }} {{ view.words.size }}")]
    [InlineData("null members", "{{ view.no_section?.label }}|{{ if view.section }}{{ view.section.label }}{{ end }}|{{ if view.no_section }}{{ view.no_section.label }}{{ end }}")]
    [InlineData("script objects and arrays", "{{ for o in objects }}{{ o.label }}{{ o.url }}{{ end }}{{ objects.size }}")]
    public void A_page_reads_as_the_interpreter_writes_it(string construct, string page)
    {
        Assert.False(string.IsNullOrEmpty(construct));
        var (compiled, interpreted) = Both(page);
        Assert.Null(compiled.InterpretedBecause);
        var globals = Globals();
        globals["objects"] = new ScriptArray { new ScriptObject { ["label"] = "一", ["url"] = "1.html" }, new ScriptObject { ["label"] = "<二>", ["url"] = null } };
        var expected = interpreted.RenderPage("pages/page", globals);
        Assert.Equal(expected, compiled.RenderPage("pages/page", globals));
        Assert.True(compiled.Fallbacks == 0, compiled.FirstFallback);
    }

    [Theory]
    [InlineData("<main>\n  {{ content }}\n</main>\n")]
    [InlineData("<main>\n  {{~ content ~}}\n</main>\n  {{ for w in view.words }}\n  {{ w }}\n  {{ end }}")]
    public void A_page_under_an_indented_content_reads_as_the_interpreter_writes_it(string layout)
    {
        const string page = "<p>\n{{ view.title }}\n</p>\n{{ for item in view.words }}\n  {{ include 'partials/outer' }}\n{{ end }}\n";
        var (compiled, interpreted) = Both(page, layout);
        Assert.Null(compiled.InterpretedBecause);
        Assert.Equal(interpreted.RenderPage("pages/page", Globals()), compiled.RenderPage("pages/page", Globals()));
        Assert.True(compiled.Fallbacks == 0, compiled.FirstFallback);
    }

    [Theory]
    [InlineData("a member of null", "{{ view.no_section.label }}")]
    [InlineData("an unknown variable", "{{ nothing_here }}")]
    [InlineData("an unknown member", "{{ view.no_such_field }}")]
    [InlineData("a comparison of a bool and an int", "{{ view.flag == 1 }}")]
    [InlineData("an index out of range", "{{ view.words[9] }}")]
    [InlineData("an index by name", "{{ view.section['label'] }}")]
    [InlineData("a loop over a number", "{{ for x in view.count }}{{ x }}{{ end }}")]
    [InlineData("a runaway loop", "{{ for a in view.many }}{{ for b in view.many }}{{ end }}{{ end }}")]
    public void Where_the_compiled_form_cannot_answer_the_interpreter_gives_the_page_or_its_error(string construct, string page)
    {
        Assert.False(string.IsNullOrEmpty(construct));
        var (compiled, interpreted) = Both(page);
        Assert.Null(compiled.InterpretedBecause);
        Assert.Equal(ThemeFolder.PageOrError(interpreted, Globals()), ThemeFolder.PageOrError(compiled, Globals()));
        Assert.Equal(1, compiled.Fallbacks);
    }

    [Theory]
    [InlineData("{{ view.title | string.upcase }}", "pages/page.html(1,4)")]
    [InlineData("{{ for w in view.none }}{{ w }}{{ else }}none{{ end }}", "a for with else")]
    [InlineData("{{ include 'partials/' + 'person' person: view }}", "include")]
    [InlineData("{{ for w in view.words }}{{ if for.index == 1 }}{{ break }}{{ end }}{{ w }}{{ end }}", "break")]
    public void A_theme_with_a_construct_the_compiler_does_not_take_is_interpreted_whole_and_says_where(string page, string named)
    {
        var (compiled, interpreted) = Both(page);
        Assert.NotNull(compiled.InterpretedBecause);
        Assert.Contains(named, compiled.InterpretedBecause, StringComparison.Ordinal);
        Assert.Equal(ThemeFolder.PageOrError(interpreted, Globals()), ThemeFolder.PageOrError(compiled, Globals()));
    }

    private (Theme Compiled, Theme Interpreted) Both(string page, string layout = Layout)
    {
        (string, string)[] templates = [("layouts/base", layout), ("pages/page", page), .. Partials];
        return (folder.Load(templates), folder.Load(templates, compile: false));
    }
}
