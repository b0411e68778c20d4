using Scriban;
using Scriban.Runtime;
using Scriban.Runtime.Accessors;
using Site.Publishing.Theming;

namespace Site.Publishing.Tests.Theming;

/// <summary>The compiled accessor reads what Scriban's reflection accessor reads, under the same names,
/// and leaves types it does not read the same way to Scriban.</summary>
public class CompiledMemberAccessorTests
{
    public class Base
    {
        public string Inherited { get; init; } = "base";
        public virtual string Shadowed => "base shadowed";
    }

    public sealed class View : Base
    {
        public string PageLabel { get; init; } = "第01版：要闻";
        public int Count { get; init; } = 3;
        public bool IsLast => true;
        public string? Missing { get; init; }
        public override string Shadowed => "own shadowed";
        [ScriptMemberIgnore] public string Hidden => "hidden";
        public string this[int i] => i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        public static string Static => "static";
        private string Private => "private";
        public string WriteOnly { set { } }
    }

    public readonly record struct Point(int X, string Label);

    public sealed class WithField
    {
        public string Field = "field";
        public string Property => "property";
    }

    [Theory]
    [InlineData(typeof(View))]
    [InlineData(typeof(Point))]
    public void Every_member_reads_as_scriban_reads_it(Type type)
    {
        var target = type == typeof(View) ? (object)new View() : new Point(7, "点");
        var context = new TemplateContext();
        var typed = new TypedObjectAccessor(type, context.MemberFilter, context.MemberRenamer);
        var compiled = CompiledMemberAccessor.For(type, typed, context);
        Assert.IsType<CompiledMemberAccessor>(compiled);
        var names = typed.GetMembers(context, default, target).ToList();
        Assert.NotEmpty(names);
        Assert.Equal(names, compiled.GetMembers(context, default, target));
        foreach (var name in names.Append("hidden").Append("private").Append("static").Append("nothing"))
        {
            Assert.Equal(typed.TryGetValue(context, default, target, name, out var expected), compiled.TryGetValue(context, default, target, name, out var value));
            Assert.Equal(expected, value);
        }
        if (type == typeof(View))
        {
            Assert.True(compiled.TryGetValue(context, default, target, "page_label", out var label));
            Assert.Equal("第01版：要闻", label);
            Assert.True(compiled.TryGetValue(context, default, target, "shadowed", out var shadowed));
            Assert.Equal("own shadowed", shadowed);
            Assert.True(compiled.TryGetItem(context, default, target, 5, out var item));
            Assert.Equal("5", item);
        }
    }

    [Fact]
    public void A_type_with_public_fields_is_left_to_scriban()
    {
        var context = new TemplateContext();
        var typed = new TypedObjectAccessor(typeof(WithField), context.MemberFilter, context.MemberRenamer);
        Assert.Same(typed, CompiledMemberAccessor.For(typeof(WithField), typed, context));
    }

    [Fact]
    public void A_theme_renders_a_view_through_the_compiled_reads()
    {
        using var folder = new ThemeFolder();
        var theme = folder.Load([("layouts/base", "{{ content }}"),
            ("pages/probe", "{{ view.page_label }} {{ view.count + 1 }} {{ view.is_last }} {{ view.inherited }} {{ view.shadowed }}")]);
        var html = theme.RenderPage("pages/probe", new Dictionary<string, object?> { ["view"] = new View() });
        Assert.Contains("第01版：要闻 4 true base own shadowed", html, StringComparison.Ordinal);
    }
}
