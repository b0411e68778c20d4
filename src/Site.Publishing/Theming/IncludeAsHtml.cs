using Scriban;
using Scriban.Functions;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Site.Publishing.Theming;

/// <summary>Scriban's include, but its result is markup the theme made, so the escaping context writes it
/// as is (the values inside it were escaped when it rendered).</summary>
/// <remarks>An include that stands as a statement of its own (<c>{{ include 'partials/x' a: 1 }}</c>, how
/// every theme template uses it) renders straight into the page being written: Scriban's own include
/// renders into a new buffer, makes it a string, and the page then copies that in, for every partial of
/// every page (a front page has one per article). Where the include's text is a value (piped, assigned,
/// passed on) or its lines are to be indented (spaces before it on its line), it goes Scriban's way and
/// comes back an <see cref="HtmlString"/>.</remarks>
internal sealed class IncludeAsHtml : IScriptCustomFunction
{
    private readonly IncludeFunction inner = new();

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        // Scriban sets an empty indent for a statement at the start of its line: it indents by nothing.
        if (callerContext is ScriptFunctionCall { Parent: ScriptExpressionStatement } call && string.IsNullOrEmpty(context.CurrentIndent)
            && context.EnableOutput && arguments.Count > 0)
        {
            RenderInPlace(context, call, arguments);
            return null;
        }
        return new HtmlString(inner.Invoke(context, callerContext!, arguments, blockStatement!) as string ?? "");
    }

    /// <summary>What <see cref="TemplateContext.RenderTemplate"/> does, less the buffer of its own: the
    /// named arguments evaluated in the caller's scope, then the partial in a local scope of its own,
    /// guarded against recursion.</summary>
    private static void RenderInPlace(TemplateContext context, ScriptFunctionCall call, ScriptArray arguments)
    {
        var path = context.GetTemplatePathFromName(context.ObjectToString(arguments[0]), call);
        if (path is null) return;
        var template = context.GetOrCreateTemplate(path, call);
        var named = new List<(string Name, object? Value)>();
        foreach (var argument in call.Arguments)
            if (argument is ScriptNamedArgument { Name.Name: { } name, Value: { } value })
                named.Add((name, value.Evaluate(context)));

        context.EnterRecursive(call);
        var indent = context.CurrentIndent;
        if (indent is not null) context.ResetPreviousNewLine();   // as Scriban's include does
        context.CurrentIndent = null;
        context.PushLocal();
        try
        {
            context.SetValue(ScriptVariable.Arguments, arguments, true, true);
            foreach (var (name, value) in named)
                context.SetValue(ScriptVariable.Create(name, ScriptVariableScope.Local), value, false, true);
            PageBody.Evaluate(context, template);
        }
        finally
        {
            context.PopLocal();
            context.CurrentIndent = indent;
            context.ExitRecursive(call);
        }
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    public int RequiredParameterCount => inner.RequiredParameterCount;
    public int ParameterCount => inner.ParameterCount;
    public ScriptVarParamKind VarParamKind => inner.VarParamKind;
    public Type ReturnType => typeof(HtmlString);
    public ScriptParameterInfo GetParameterInfo(int index) => inner.GetParameterInfo(index);
}
