using System.Collections.Frozen;
using System.Collections.Immutable;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Site.Parsing.Diagnostics;
using Site.Publishing.Hashing;
using Site.Publishing.Theming.Compiled;

namespace Site.Publishing.Theming;

/// <summary>A theme's templates, each parsed once and shared by every render (parsed templates are
/// immutable and safe to render from many threads), and its static assets.</summary>
public sealed class Theme
{
    /// <summary>Loop iterations one page may run: an edition with 20 pages × 20 articles, or a listing
    /// page of 100 entries, stays far below; a runaway loop fails the build instead of hanging it.</summary>
    public const int LoopLimit = 100_000;

    private readonly FrozenDictionary<string, Template> templates;

    /// <summary>One context per thread, reused render after render: building a context (its builtins)
    /// and its member accessors anew for every page cost more than rendering the page.</summary>
    private readonly ThreadLocal<EscapingTemplateContext?> contexts = new();

    /// <summary>The templates compiled (<see cref="CompiledTheme"/>); null when the theme is interpreted.</summary>
    private readonly CompiledTheme? compiled;

    private readonly ThreadLocal<RenderState?> states = new();

    private int fallbacks;

    /// <summary>Asset files (CSS, fonts, images) by output path under assets/.</summary>
    public ImmutableSortedDictionary<string, byte[]> Assets { get; }

    /// <summary>A key of every file the theme is made of (after overrides): part of the build cache's keys,
    /// so editing a template or an asset re-renders what it touches.</summary>
    public string Fingerprint { get; }

    /// <summary>Why the templates are interpreted by Scriban instead of compiled: the first construct the
    /// compiler does not take, with its file and line, or that compiling was not asked for; null when compiled.</summary>
    public string? InterpretedBecause { get; }

    /// <summary>Pages the compiled templates handed back to Scriban (a case whose exact meaning only the
    /// interpreter gives, such as a member of a null value); each was rendered by Scriban instead.</summary>
    public int Fallbacks => Volatile.Read(ref fallbacks);

    /// <summary>What the first page handed back to the interpreter met, naming the page's template.</summary>
    public string? FirstFallback { get; private set; }

    private Theme(FrozenDictionary<string, Template> templates, ImmutableSortedDictionary<string, byte[]> assets, string fingerprint, bool compile)
    {
        this.templates = templates;
        Assets = assets;
        Fingerprint = fingerprint;
        if (!compile) InterpretedBecause = "compiling the templates was turned off";
        else if ((compiled = CompiledTheme.TryCompile(templates, out var refusal)) is null) InterpretedBecause = refusal;
    }

    /// <summary>Loads a theme folder; files under <paramref name="overrideFolder"/> replace the theme's
    /// files of the same relative name (input/theme/pages/article.html replaces the theme's).</summary>
    /// <param name="compile">Compile the templates (the output is the same byte for byte); false
    /// interprets every page with Scriban.</param>
    public static Theme Load(string themeFolder, string? overrideFolder, bool compile = true)
    {
        if (!Directory.Exists(themeFolder)) throw new ThemeException(themeFolder, 0, 0, ThemeException.Incomplete, "no such theme folder");
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var folder in new[] { themeFolder, overrideFolder })
        {
            if (folder is null || !Directory.Exists(folder)) continue;
            foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
                files[Path.GetRelativePath(folder, file).Replace('\\', '/')] = file;
        }

        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        var assets = ImmutableSortedDictionary.CreateBuilder<string, byte[]>(StringComparer.Ordinal);
        var fingerprint = new Fingerprint();
        var errors = new List<Diagnostic>();
        foreach (var (relative, file) in files)
        {
            // Read once: the bytes used are the bytes the fingerprint names.
            var bytes = File.ReadAllBytes(file);
            fingerprint.Add(relative).Add(bytes);
            if (relative.StartsWith("assets/", StringComparison.Ordinal)) assets[relative] = bytes;
            else if (relative.EndsWith(".html", StringComparison.Ordinal) && Parse(bytes, file, errors) is { } template) templates[relative[..^5]] = template;
        }
        // Every template's mistakes at once, not the first template's only.
        if (errors.Count > 0) throw new ThemeException(errors);
        foreach (var required in new[] { "layouts/base" })
            if (!templates.ContainsKey(required))
                throw new ThemeException(themeFolder, 0, 0, ThemeException.Incomplete, $"the theme has no {required}.html");
        // Without it every page would be the layout alone, the page's own template never rendered.
        if (!ContentFinder.Writes(templates["layouts/base"]))
            throw new ThemeException(templates["layouts/base"].SourceFilePath ?? "", 0, 0, ThemeException.Incomplete,
                "the layout never writes {{ content }}, where each page's own template goes");
        return new Theme(templates.ToFrozenDictionary(StringComparer.Ordinal), assets.ToImmutable(), fingerprint.Finish(), compile);
    }

    /// <returns>The template, or null when it has errors (added to <paramref name="errors"/>).</returns>
    private static Template? Parse(byte[] bytes, string file, List<Diagnostic> errors)
    {
        var text = new StreamReader(new MemoryStream(bytes), System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true).ReadToEnd();
        var template = Template.Parse(text, file);
        if (!template.HasErrors) return template;
        errors.AddRange(template.Messages.Where(m => m.Type == ParserMessageType.Error)
            .Select(m => TemplateError(m.Span, ThemeException.Syntax, m.Message)));
        return null;
    }

    /// <summary>A template's mistake at Scriban's place for it (0-based there).</summary>
    private static Diagnostic TemplateError(SourceSpan span, string code, string message) =>
        new(span.FileName ?? "", span.Start.Line + 1, span.Start.Column + 1, Severity.Error, code, message);

    public bool Has(string name) => templates.ContainsKey(name);

    /// <summary>Renders a page template inside the base layout. <paramref name="globals"/> become the
    /// template's variables (C# names in snake_case: PageLabel → page_label).</summary>
    public string RenderPage(string name, IReadOnlyDictionary<string, object?> globals)
    {
        var body = Named(name);
        if (compiled is not null)
        {
            var context = contexts.Value ??= NewContext();
            var state = states.Value is { } kept && kept.Context == context ? kept : states.Value = new RenderState(context);
            try
            {
                return compiled.Render("layouts/base", name, globals, state);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // Scriban gives this page, or the error it gives; the compiled form only ever answers
                // where its answer is Scriban's.
                if (Interlocked.Increment(ref fallbacks) == 1) FirstFallback = $"{name}: {e.Message}";
            }
        }
        return Render("layouts/base", globals, body);
    }

    private Template Named(string name) =>
        templates.TryGetValue(name, out var template) ? template
            : throw new ThemeException("", 0, 0, ThemeException.Incomplete, $"the theme has no template {name}.html");

    /// <summary>Renders a template; with <paramref name="body"/>, that page template is its <c>content</c>.</summary>
    private string Render(string name, IReadOnlyDictionary<string, object?> globals, Template? body)
    {
        var template = Named(name);
        var context = contexts.Value ??= NewContext();
        var script = new ScriptObject();
        foreach (var (key, value) in globals) script.SetValue(key, value, readOnly: true);
        if (body is not null) script.SetValue("content", new PageBody(body, context), readOnly: true);
        context.PushGlobal(script);
        try
        {
            var html = template.Render(context);
            context.PopGlobal();
            return html;
        }
        catch (Scriban.Syntax.ScriptRuntimeException e)
        {
            contexts.Value = null;   // a failed render may leave scopes pushed: start the next one afresh
            throw new ThemeException([TemplateError(e.Span, ThemeException.Render, e.OriginalMessage)]);
        }
        catch
        {
            contexts.Value = null;
            throw;
        }
    }

    private EscapingTemplateContext NewContext()
    {
        var context = new EscapingTemplateContext
        {
            LoopLimit = LoopLimit,
            // Scriban 7 cuts output past LimitToString (1 MiB by default) with "...": a large listing
            // would be silently truncated. Pages are bounded by pagination instead.
            LimitToString = 0,
            RecursiveLimit = 64,
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            TemplateLoader = new ThemeLoader(templates),
        };
        // One buffer for every page this thread renders, large enough for most in one piece: Scriban empties
        // its output after each render, and a builder of many pieces loses all but the first each time.
        context.PushOutput(new StringBuilderOutput(new System.Text.StringBuilder(1 << 16)));
        // Partials are parsed once, at load; the include function finds them here instead of re-parsing.
        foreach (var (name, template) in templates) context.CachedTemplates[name] = template;
        var include = new IncludeAsHtml();
        context.BuiltinObject.SetValue("include", include, readOnly: true);
        return context;
    }

    private sealed class ThemeLoader(FrozenDictionary<string, Template> templates) : ITemplateLoader
    {
        public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) =>
            templates.ContainsKey(templateName) ? templateName
                : throw new ThemeException([TemplateError(callerSpan, ThemeException.Render, $"the theme has no template {templateName}.html")]);

        public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
            throw new ThemeException([TemplateError(callerSpan, ThemeException.Render, $"template {templatePath} was not loaded with the theme")]);

        public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
            ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
    }
}
