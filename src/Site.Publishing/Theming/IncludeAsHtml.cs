using Scriban;
using Scriban.Functions;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Site.Publishing.Theming;

/// <summary>Scriban's include, but its result is markup the theme made (an <see cref="HtmlString"/>),
/// so the escaping context writes it as is; the values inside it were escaped when it rendered.</summary>
internal sealed class IncludeAsHtml : IScriptCustomFunction
{
    private readonly IncludeFunction inner = new();

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new HtmlString(inner.Invoke(context, callerContext!, arguments, blockStatement!) as string ?? "");

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    public int RequiredParameterCount => inner.RequiredParameterCount;
    public int ParameterCount => inner.ParameterCount;
    public ScriptVarParamKind VarParamKind => inner.VarParamKind;
    public Type ReturnType => typeof(HtmlString);
    public ScriptParameterInfo GetParameterInfo(int index) => inner.GetParameterInfo(index);
}
