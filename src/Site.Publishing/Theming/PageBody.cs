using Scriban;
using Scriban.Runtime;

namespace Site.Publishing.Theming;

/// <summary>A page template's markup, as the layout's <c>content</c>: rendered in place where the layout
/// writes it, straight into the page, instead of into a string of its own that the layout then copies
/// (every page of a site is two templates, so that was a second buffer and a second copy of each page).</summary>
/// <remarks>The page template runs in a global scope of its own, so its variables stay its own as they
/// did when it rendered apart. A layout that uses <c>content</c> as a value (pipes it, measures it) gets
/// the markup as a string.</remarks>
internal sealed class PageBody(Template template, TemplateContext context)
{
    private string? text;

    /// <summary>Renders the page template into <paramref name="into"/>'s current output.</summary>
    public void WriteTo(TemplateContext into)
    {
        if (template.Page is null) return;
        // A page template that writes content would write itself: the recursion limit stops it.
        into.EnterRecursive(template.Page);
        into.PushGlobal(new ScriptObject());
        try
        {
            Evaluate(into, template);
        }
        finally
        {
            into.PopGlobal();
            into.ExitRecursive(template.Page);
        }
    }

    /// <summary>Evaluates <paramref name="template"/> into <paramref name="context"/>'s current output, in the
    /// scopes the caller set up, with the template's file named in any error (what the page body and an
    /// include rendered in place share).</summary>
    internal static void Evaluate(TemplateContext context, Template template)
    {
        if (template.Page is null) return;
        if (template.SourceFilePath is not null) context.PushSourceFile(template.SourceFilePath);
        try
        {
            if (context.Evaluate(template.Page) is { } result) context.Write(template.Page.Span, result);
        }
        finally
        {
            if (template.SourceFilePath is not null) context.PopSourceFile();
        }
    }

    public override string ToString()
    {
        if (text is not null) return text;
        context.PushOutput();
        try
        {
            WriteTo(context);
        }
        finally
        {
            text = context.PopOutput().ToString() ?? "";
        }
        return text;
    }
}
