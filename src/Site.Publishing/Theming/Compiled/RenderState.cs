using System.Text;
using Scriban;

namespace Site.Publishing.Theming.Compiled;

/// <summary>What one render of a compiled page keeps: its output and the variable contexts Scriban would
/// have (a global context for the layout and one for the page body; a local context for each of those and
/// for each include). One per thread, reused page after page.</summary>
internal sealed class RenderState
{
    /// <summary>Deeper nesting of includes than this is left to Scriban, whose recursion limit (64) decides.</summary>
    private const int DepthLimit = 32;

    private readonly List<VariableContext> globals = [];
    private readonly List<VariableContext> locals = [];
    private readonly Stack<VariableContext> spareContexts = new();
    private readonly Stack<Store> spareStores = new();
    private int loopDepth;
    private long loopSteps;
    private int depth;

    private readonly Stack<StringBuilder> spareBuffers = new();
    private readonly StringBuilder pageBuffer = new(1 << 16);

    public RenderState(TemplateContext context)
    {
        Context = context;
        Output = pageBuffer;
    }

    public StringBuilder Output { get; private set; }

    /// <summary>Scriban's current indent: the spaces before a <c>{{</c> on its line, added after each new
    /// line of the text written while it holds (null or empty: none).</summary>
    public string? Indent { get; set; }

    /// <summary>Whether the last text written ended a line (Scriban indents the next text when it did).</summary>
    public bool AfterNewLine { get; set; }

    /// <summary>The thread's Scriban context: its value-to-text conversion and member accessors are used as
    /// they are, so numbers, booleans and members read exactly as the interpreter reads them.</summary>
    public TemplateContext Context { get; }

    public VariableContext Global => globals[^1];

    public VariableContext Local => locals[^1];

    /// <remarks>Every page starts with no text behind it. (Scriban's context carries whether the last page
    /// ended a line over to the next page of the thread; only a page whose very first text is written under
    /// an indent could show it, and there the interpreter's page would depend on which page came before.)</remarks>
    public void Reset()
    {
        Output = pageBuffer;   // a render handed back mid-include may have left a buffer of its own pushed
        Output.Clear();
        Indent = null;
        AfterNewLine = false;
        while (globals.Count > 0) PopGlobal();
        while (locals.Count > 0) PopLocal();
        loopDepth = 0;
        loopSteps = 0;
        depth = 0;
    }

    /// <summary>Writes text as Scriban's Write does: as it is, or with the indent after each new line.</summary>
    public void Write(string text)
    {
        if (text.Length == 0) return;
        if (string.IsNullOrEmpty(Indent))
        {
            Output.Append(text);
            AfterNewLine = text[^1] == '\n';
        }
        else WriteIndented(text, Indent);
    }

    /// <summary>Writes a value's text HTML-escaped, as the escaping context does.</summary>
    public void WriteEscaped(string text)
    {
        if (text.Length == 0) return;
        if (string.IsNullOrEmpty(Indent))
        {
            HtmlEscape.AppendTo(Output, text);
            AfterNewLine = text[^1] == '\n';   // escaping leaves new lines alone
        }
        else WriteIndented(HtmlEscape.Text(text), Indent);
    }

    private void WriteIndented(string text, string indent)
    {
        for (var index = 0; index < text.Length;)
        {
            if (AfterNewLine)
            {
                Output.Append(indent);
                AfterNewLine = false;
            }
            var newLine = text.IndexOf('\n', index);
            if (newLine < 0)
            {
                Output.Append(text, index, text.Length - index);
                return;
            }
            Output.Append(text, index, newLine + 1 - index);
            index = newLine + 1;
            AfterNewLine = true;
        }
    }

    /// <summary>Renders into a buffer of its own until <see cref="PopOutput"/>, as Scriban's PushOutput.</summary>
    public StringBuilder PushOutput()
    {
        var outer = Output;
        Output = spareBuffers.TryPop(out var spare) ? spare : new StringBuilder(1 << 12);
        return outer;
    }

    public string PopOutput(StringBuilder outer)
    {
        var text = Output.ToString();
        Output.Clear();
        spareBuffers.Push(Output);
        Output = outer;
        return text;
    }

    /// <summary>Scriban's PushGlobal: a global context and a local one with it.</summary>
    public VariableContext PushGlobal()
    {
        var global = NewContext();
        globals.Add(global);
        PushLocal();
        return global;
    }

    public void PopGlobal()
    {
        Recycle(globals);
        PopLocal();
    }

    public VariableContext PushLocal()
    {
        var local = NewContext();
        locals.Add(local);
        return local;
    }

    public void PopLocal() => Recycle(locals);

    /// <summary>A global variable as Scriban finds it: in each global context from the innermost, its loops
    /// first. Not found here means a builtin or an error, both Scriban's to give.</summary>
    public object? GetGlobal(string name)
    {
        for (var i = globals.Count - 1; i >= 0; i--)
            if (globals[i].TryGet(name, out var value)) return value;
        throw new Fallback($"variable {name} not found");
    }

    public object? GetLocal(string name) =>
        Local.TryGet(name, out var value) ? value : throw new Fallback($"local variable {name} not found");

    public void SetGlobal(string name, object? value)
    {
        if (!Global.Store.Set(name, value)) throw new Fallback($"{name} is read-only");
    }

    public void SetLocal(string name, object? value)
    {
        if (!Local.Store.Set(name, value)) throw new Fallback($"{name} is read-only");
    }

    /// <summary>Entering a loop: a store in the current global and local contexts, and Scriban's count of
    /// iterations, which runs across nested loops from the outermost one.</summary>
    public (Store Global, Store Local) EnterLoop()
    {
        if (loopDepth++ == 0) loopSteps = 0;
        var global = NewStore();
        var local = NewStore();
        Global.PushLoop(global);
        Local.PushLoop(local);
        return (global, local);
    }

    public void ExitLoop()
    {
        Recycle(Global.PopLoop());
        Recycle(Local.PopLoop());
        loopDepth--;
    }

    public void StepLoop()
    {
        if (++loopSteps > Theme.LoopLimit) throw new Fallback("loop limit");
    }

    public void Enter()
    {
        if (++depth > DepthLimit) throw new Fallback("nesting too deep");
    }

    public void Exit() => depth--;

    private VariableContext NewContext() => spareContexts.TryPop(out var spare) ? spare : new VariableContext();

    private Store NewStore() => spareStores.TryPop(out var spare) ? spare : new Store();

    private void Recycle(List<VariableContext> stack)
    {
        var top = stack[^1];
        stack.RemoveAt(stack.Count - 1);
        while (top.LoopCount > 0) Recycle(top.PopLoop());
        top.Clear();
        spareContexts.Push(top);
    }

    private void Recycle(Store store)
    {
        store.Clear();
        spareStores.Push(store);
    }
}
