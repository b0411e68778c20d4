using Scriban;
using Scriban.Syntax;

namespace Site.Publishing.Theming;

/// <summary>Whether a template names the global <c>content</c> anywhere: a layout that never does would
/// leave every page without its own template.</summary>
internal sealed class ContentFinder : ScriptVisitor
{
    private bool found;

    public static bool Writes(Template template)
    {
        var finder = new ContentFinder();
        finder.Visit(template.Page);
        return finder.found;
    }

    public override void Visit(ScriptVariableGlobal node)
    {
        if (node.Name == "content") found = true;
        base.Visit(node);
    }
}
