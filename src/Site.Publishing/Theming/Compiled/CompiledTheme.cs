using System.Collections.Frozen;
using Scriban;
using Scriban.Runtime;

namespace Site.Publishing.Theming.Compiled;

/// <summary>Every template of a theme compiled, or none: a page and its partials are compiled together,
/// so a theme either renders wholly through the compiled form or wholly through Scriban.</summary>
internal sealed class CompiledTheme
{
    /// <summary>The names of Scriban's builtins (array, string, include, …): templates may not read or bind them.</summary>
    private static readonly FrozenSet<string> Builtins = new TemplateContext().BuiltinObject.GetMembers().ToFrozenSet(StringComparer.Ordinal);

    private readonly FrozenDictionary<string, CompiledTemplate> templates;

    private CompiledTheme(FrozenDictionary<string, CompiledTemplate> templates) => this.templates = templates;

    /// <summary>The compiled theme, or null with the first thing the compiler does not take.</summary>
    public static CompiledTheme? TryCompile(IReadOnlyDictionary<string, Template> templates, out string? refusal)
    {
        var shells = templates.Keys.ToFrozenDictionary(name => name, _ => new CompiledTemplate(), StringComparer.Ordinal);
        var compiler = new TemplateCompiler(shells, Builtins);
        try
        {
            foreach (var (name, template) in templates.OrderBy(t => t.Key, StringComparer.Ordinal))
                shells[name].Body = compiler.Compile(template);
        }
        catch (NotCompilable e)
        {
            refusal = e.Message;
            return null;
        }
        refusal = null;
        return new CompiledTheme(shells);
    }

    /// <summary>Renders <paramref name="page"/> inside <paramref name="layout"/> with the globals read-only in
    /// the layout's global context, as <see cref="Theme"/> sets them up for Scriban.</summary>
    /// <exception cref="Fallback">The page needs the interpreter.</exception>
    public string Render(string layout, string page, IReadOnlyDictionary<string, object?> globals, RenderState state)
    {
        state.Reset();
        var global = state.PushGlobal();
        foreach (var (key, value) in globals)
        {
            if (Builtins.Contains(key) || key == "content") throw new Fallback($"a global named {key}");
            global.Store.Set(key, value, asReadOnly: true);
        }
        global.Store.Set("content", new CompiledBody(templates[page]), asReadOnly: true);
        templates[layout].Body.Run(state);
        var html = state.Output.ToString();
        state.Reset();
        return html;
    }
}
