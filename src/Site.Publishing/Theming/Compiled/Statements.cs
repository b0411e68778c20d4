using System.Collections;

namespace Site.Publishing.Theming.Compiled;

/// <summary>A compiled statement: it writes to the render's output or changes its variables.</summary>
internal abstract class Statement
{
    public abstract void Run(RenderState state);
}

/// <summary>A statement and the indent it runs under: a code block's own (the spaces before its
/// <c>{{</c>, fixed when the template is compiled) or, after the block closes, the indent the enclosing
/// block had when it began, as Scriban's block keeps them.</summary>
internal readonly record struct Indented(Statement Statement, bool Inherits, string? Indent);

internal sealed class Block(Indented[] statements) : Statement
{
    public static readonly Block Empty = new([]);

    public override void Run(RenderState state)
    {
        var inherited = state.Indent;
        foreach (var (statement, inherits, indent) in statements)
        {
            state.Indent = inherits ? inherited : indent;
            statement.Run(state);
        }
        state.Indent = inherited;
    }
}

/// <summary>Template text between code blocks, already trimmed where the template asked (<c>{{-</c>).</summary>
internal sealed class Text(string text) : Statement
{
    public override void Run(RenderState state) => state.Write(text);
}

/// <summary><c>{{ value }}</c>: written as the escaping context writes it.</summary>
internal sealed class WriteValue(Expression value) : Statement
{
    public override void Run(RenderState state) => Write(state, value.Evaluate(state));

    private static void Write(RenderState state, object? value)
    {
        switch (value)
        {
            case null:
                return;
            case string text:
                state.WriteEscaped(text);
                return;
            case HtmlString html:
                state.Write(html.Value);
                return;
            case CompiledBody body:
                body.Render(state);
                return;
            case PageBody or Scriban.Syntax.ScriptNode:
                throw new Fallback($"cannot write a {value.GetType().Name}");
            default:
                if (state.Context.ObjectToString(value) is { } converted) state.WriteEscaped(converted);
                return;
        }
    }
}

internal sealed class AssignGlobal(string name, Expression value) : Statement
{
    public override void Run(RenderState state) => state.SetGlobal(name, value.Evaluate(state));
}

internal sealed class AssignLocal(string name, Expression value) : Statement
{
    public override void Run(RenderState state) => state.SetLocal(name, value.Evaluate(state));
}

internal sealed class If(Expression condition, Statement then, Statement? otherwise) : Statement
{
    public override void Run(RenderState state)
    {
        if (Truth.Of(condition.Evaluate(state))) then.Run(state);
        else otherwise?.Run(state);
    }
}

/// <summary><c>for x in list</c>: the loop variable and <c>for</c> in a loop store of the current global
/// context (<c>$x</c>: of the local one), as Scriban keeps them, so an include inside sees them too.</summary>
internal sealed class For(string variable, bool local, Expression source, LoopOptions? options, Statement body) : Statement
{
    public override void Run(RenderState state)
    {
        var value = source.Evaluate(state);
        var (global, locals) = state.EnterLoop();
        if (value is not null)
        {
            if (value is not IEnumerable list || value is System.Linq.IQueryable) throw new Fallback($"cannot loop over a {value.GetType().Name}");
            if (options is not null) list = options.Apply(list, state);
            var loop = new LoopState(list);
            global.Set("for", loop);
            var store = local ? locals : global;
            var items = list.GetEnumerator();
            if (items.MoveNext())
            {
                object? previous = null;
                for (var index = 0; ; index++)
                {
                    state.StepLoop();
                    var item = items.Current;
                    loop.Index = index;
                    loop.Changed = index == 0 || !Equals(previous, item);
                    loop.IsLast = !items.MoveNext();
                    store.Set(variable, item);
                    body.Run(state);
                    if (loop.IsLast) break;
                    previous = item;
                }
            }
        }
        state.ExitLoop();
    }
}

/// <summary>A for's <c>offset:</c>, <c>limit:</c> and <c>reversed</c>, applied in Scriban's order (skip, reverse,
/// take); the list they make is a sequence, not a list, as in Scriban (<c>for.length</c> counts it).</summary>
internal sealed class LoopOptions(Expression? offset, Expression? limit, bool reversed)
{
    public IEnumerable Apply(IEnumerable list, RenderState state)
    {
        var items = list.Cast<object?>();
        var skip = Int(offset, state);
        var take = Int(limit, state);
        if (skip > 0) items = items.Skip(skip);
        if (reversed) items = items.Reverse();
        if (take > 0) items = items.Take(take);
        return items;
    }

    /// <summary>An option's value as Scriban's ToInt reads it, for the two kinds it reads plainly.</summary>
    private static int Int(Expression? option, RenderState state) => option?.Evaluate(state) switch
    {
        null => 0,
        int n => n,
        var other => throw new Fallback($"a for option of type {other.GetType().Name}"),
    };
}

/// <summary><c>{{ include 'partials/x' a: 1 }}</c> as a statement: the arguments evaluated where it stands,
/// then the partial in a local context of its own, straight into the page, as <see cref="IncludeAsHtml"/>
/// does; under an indent, as Scriban's include does: into a text of its own, then written indented.</summary>
internal sealed class Include(CompiledTemplate partial, string[] names, Expression[] values) : Statement
{
    public override void Run(RenderState state)
    {
        var evaluated = new object?[values.Length];
        for (var i = 0; i < values.Length; i++) evaluated[i] = values[i].Evaluate(state);
        var indent = state.Indent;
        var afterNewLine = state.AfterNewLine;
        var indented = !string.IsNullOrEmpty(indent);
        var outer = indented ? state.PushOutput() : null;
        state.Enter();
        if (indent is not null) state.AfterNewLine = false;   // as both includes do
        state.Indent = null;
        var local = state.PushLocal();
        for (var i = 0; i < names.Length; i++) local.Store.Set(names[i], evaluated[i]);
        partial.Body.Run(state);
        state.PopLocal();
        state.Exit();
        state.Indent = indent;
        if (outer is null) return;
        var text = state.PopOutput(outer);
        state.AfterNewLine = afterNewLine;
        state.Write(text);
    }
}
