using System.Text;
using Site.Publishing.Theming;

namespace Site.Publishing.Tests.Theming;

/// <summary>Templates made at random from the constructs the compiler takes (and a few it hands back),
/// with random spacing, trimming and indentation, rendered compiled and interpreted: the same page or
/// the same error every time. Seeded, so a failure names a template that fails again.</summary>
[Trait("Speed", "Slow")]
public sealed class RandomTemplateTests : IDisposable
{
    private readonly ThemeFolder folder = new();

    public void Dispose() => folder.Dispose();

    private sealed record Item(string Label, string? Url, int Count, IReadOnlyList<string> Tags);

    private sealed record View(string Title, string Empty, string? Missing, int Count, bool Flag, IReadOnlyList<Item> Items,
        IReadOnlyList<string> Words, HtmlString Markup);

    private static readonly View Sample = new("标题 <b>&\"'", "", null, 2, true,
        [new("甲", "a.html", 0, ["x", "y"]), new("乙<", null, 3, []), new("丙", "c.html", 1, ["z"])],
        ["一", "二", "二"], new HtmlString("<i>原样</i>"));

    private const string ItemPartial = "{{ if $item }}<a href=\"{{ $item.url }}\">{{ $item.label }}</a>{{ end }}";

    /// <summary>Included only inside a loop: it reads the caller's <c>for</c>.</summary>
    private const string LoopPartial = "{{ for.index }}{{ if for.last }}.\n{{ end }}";

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void A_random_template_reads_the_same_compiled_and_interpreted(int seed)
    {
        var random = new Random(seed);
        int errors = 0, fallbacks = 0;
        for (var n = 0; n < 100; n++)
        {
            var page = new Generator(random).Page();
            (string, string)[] templates = [("layouts/base", random.Next(2) == 0 ? "{{ content }}" : "<main>\n  {{ content }}\n</main>\n"),
                ("pages/page", page), ("partials/item", ItemPartial), ("partials/loop", LoopPartial)];
            var compiled = folder.Load(templates);
            var interpreted = folder.Load(templates, compile: false);
            Assert.True(compiled.InterpretedBecause is null, $"{compiled.InterpretedBecause}\n{page}");
            var expected = Render(interpreted);
            var actual = Render(compiled);
            Assert.True(expected == actual, $"seed {seed}, template {n}:\n{page}\n---\n{expected}\n---\n{actual}");
            if (expected.StartsWith("error: ", StringComparison.Ordinal)) errors++;
            fallbacks += compiled.Fallbacks;
        }
        // Not vacuous: nearly every page is a page, and nearly every one the compiled form wrote itself.
        Assert.True(errors <= 5 && fallbacks <= 10, $"{errors} errors, {fallbacks} pages handed back");
    }

    private static string Render(Theme theme) => ThemeFolder.PageOrError(theme, new Dictionary<string, object?> { ["view"] = Sample });

    private sealed class Generator(Random random)
    {
        private readonly StringBuilder sb = new();
        private readonly List<string> loops = [];
        private readonly List<string> assigned = [];
        private int depth;

        public string Page()
        {
            Statements(random.Next(1, 6));
            return sb.ToString();
        }

        private T Pick<T>(params T[] choices) => choices[random.Next(choices.Length)];

        private void Statements(int count)
        {
            for (var i = 0; i < count; i++) Statement();
        }

        private void Open(string code)
        {
            sb.Append(Pick("", "", "\n", "\n  ", "\n    ", " ", "\n\t")).Append(Pick("{{ ", "{{- ", "{{~ ")).Append(code).Append(Pick(" }}", " -}}", " ~}}"));
        }

        private void Statement()
        {
            switch (depth > 2 ? random.Next(3) : random.Next(8))
            {
                case 0:
                    sb.Append(Pick("<p>", "文字 & ", "\n", "line\nline\n", "  ", "</p>\n"));
                    break;
                case 1:
                case 2:
                    Open(Expression());
                    break;
                case 3:
                    depth++;
                    Open($"if {Expression()}");
                    Statements(random.Next(1, 4));
                    if (random.Next(2) == 0)
                    {
                        Open(random.Next(2) == 0 ? "else" : $"else if {Expression()}");
                        Statements(random.Next(1, 3));
                    }
                    Open("end");
                    depth--;
                    break;
                case 4:
                case 5:
                    depth++;
                    var variable = Pick("w", "item", "$x");
                    var source = variable == "item" ? Pick("view.items", "view.items offset: 1", "view.items reversed limit: 2") : Pick("view.words", "view.items", "view.missing");
                    Open($"for {variable} in {source}");
                    loops.Add(variable);
                    Statements(random.Next(1, 4));
                    loops.RemoveAt(loops.Count - 1);
                    Open("end");
                    depth--;
                    break;
                case 6:
                    Open(loops.Count > 0 && random.Next(3) == 0 ? "include 'partials/loop'"
                        : "include 'partials/item' item: " + (loops.Contains("item") ? Pick("item", "null") : Pick("null", "view.missing")));
                    break;
                default:
                    var name = Pick("v", "$v", "view_copy");
                    Open($"{name} = {Expression()}");
                    if (depth == 0 && !assigned.Contains(name)) assigned.Add(name);   // set on every path from here on
                    break;
            }
        }

        private string Expression() => random.Next(9) switch
        {
            0 => Value(Kind.Any),
            1 => $"{Value(Kind.Text)} {Pick("==", "!=", ">", "<", ">=", "<=")} {Value(Pick(Kind.Text, Kind.Text, Kind.Number))}",
            2 => $"{Value(Kind.Number)} {Pick("==", "!=", ">", "<", ">=", "<=")} {Value(Kind.Number)}",
            3 => $"{Value(Kind.Any)} {Pick("&&", "||")} {Value(Kind.Any)}",
            4 => $"!{Value(Kind.Any)}",
            5 => $"({Pick("view.items", "view.words", "view.missing")} | array.size)",
            6 => $"{Value(Kind.Number)} {Pick("+", "-")} {Value(Kind.Number)}",
            7 => $"{Value(Kind.Text)} + {Value(Kind.Any)}",
            _ => random.Next(10) == 0 ? $"{Value(Kind.Any)} == {Value(Kind.Any)}" : Value(Kind.Any),   // now and then a pair only the interpreter answers
        };

        private enum Kind { Any, Text, Number }

        private string Value(Kind kind)
        {
            var text = new List<string> { "view.title", "view.empty", "view.missing", "\"二\"", "\"\"", "view.missing?.label", "view.words[1]", "view.items[-1].label" };
            var numbers = new List<string> { "view.count", "0", "2", "-1", "view.words.size", "view.items.size", "view.items[0].count" };
            var other = new List<string> { "view.flag", "view.markup", "true", "null" };
            if (loops.Count > 0)
            {
                numbers.AddRange(["for.index", "for.rindex", "for.length"]);
                other.AddRange(["for.first", "for.last", "for.changed"]);
            }
            if (loops.Contains("w")) text.Add("w");
            if (loops.Contains("$x")) other.Add("$x");
            if (loops.Contains("item")) { text.AddRange(["item.label", "item.url"]); numbers.AddRange(["item.count", "item.tags.size"]); }
            if (assigned.Count > 0) other.Add(Pick([.. assigned]));
            string[] choices = kind switch
            {
                Kind.Text => [.. text],
                Kind.Number => [.. numbers],
                _ => [.. text, .. numbers, .. other],
            };
            return Pick(choices);
        }
    }
}
