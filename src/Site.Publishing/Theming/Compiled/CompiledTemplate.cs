namespace Site.Publishing.Theming.Compiled;

/// <summary>A theme template compiled: its body is set once the whole theme is compiled, so that includes
/// can point at partials compiled after them.</summary>
internal sealed class CompiledTemplate
{
    public Statement Body { get; set; } = Block.Empty;
}

/// <summary>A page template as the layout's <c>content</c>: written, it renders in a global context of its
/// own, as <see cref="PageBody"/> does for Scriban.</summary>
internal sealed class CompiledBody(CompiledTemplate page)
{
    public void Render(RenderState state)
    {
        state.Enter();
        state.PushGlobal();
        page.Body.Run(state);
        state.PopGlobal();
        state.Exit();
    }
}
