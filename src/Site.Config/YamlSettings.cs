using Site.Parsing.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Tokens;
using YamlDotNet.RepresentationModel;

namespace Site.Config;

/// <summary>The top level of a settings file: a mapping of keys to values, or nothing at all.</summary>
internal static class YamlSettings
{
    /// <summary>The root mapping; null for an empty file.</summary>
    /// <exception cref="ConfigException">Not YAML, or not a mapping (names file and line).</exception>
    public static YamlMappingNode? Root(string yaml, string file)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            // A bracket never closed is reported by YamlDotNet where it gave up (the end of the file, or a
            // later line); the bracket is what to fix.
            throw new ConfigException([e.Message.Contains("flow", StringComparison.Ordinal) && Unclosed(yaml, file) is { } open ? open : Syntax(file, e)]);
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner fails this way, without a position, when the text ends inside [ … or { ….
            throw new ConfigException([Unclosed(yaml, file)
                ?? Diagnostic.Error(file, Lines(yaml), ConfigCodes.YamlSyntax, "the file ends in the middle of a value")]);
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" }) return null;
        return stream.Documents[0].RootNode as YamlMappingNode
            ?? throw new ConfigException(file, Line(stream.Documents[0].RootNode), "expected a mapping of settings (key: value)");
    }

    public static int Line(YamlNode node) => (int)node.Start.Line;

    public static int Column(YamlNode node) => (int)node.Start.Column;

    private static Diagnostic Syntax(string file, YamlException e)
    {
        // A tab is reported from the start of the value it interrupts; the tab itself is where it ends.
        var tab = e.Message.Contains("tab", StringComparison.OrdinalIgnoreCase);
        var at = tab ? e.End : e.Start;
        return Diagnostic.Error(file, (int)at.Line, ConfigCodes.YamlSyntax, e.Message.TrimEnd('.'),
            tab ? "indent with spaces: YAML does not allow tabs in indentation" : null, (int)at.Column);
    }

    /// <summary>The innermost [ or { the text never closes; null when every one is closed.</summary>
    private static Diagnostic? Unclosed(string yaml, string file)
    {
        var open = new Stack<(Mark At, bool List)>();
        try
        {
            var scanner = new Scanner(new StringReader(yaml));
            while (scanner.MoveNext())
            {
                switch (scanner.Current)
                {
                    case FlowSequenceStart t: open.Push((t.Start, true)); break;
                    case FlowMappingStart t: open.Push((t.Start, false)); break;
                    // A } closing a [ leaves the [ open: that is the one to report.
                    case FlowSequenceEnd or FlowMappingEnd when open.Count > 0 && open.Peek().List == scanner.Current is FlowSequenceEnd: open.Pop(); break;
                    case FlowSequenceEnd or FlowMappingEnd when open.Count > 0: return Report(open.Peek());
                }
            }
        }
        catch (Exception e) when (e is InvalidOperationException or YamlException)
        {
            // Where it stops is what is being found.
        }
        return open.Count == 0 ? null : Report(open.Peek());

        Diagnostic Report((Mark At, bool List) bracket)
        {
            var (at, list) = bracket;
            return Diagnostic.Error(file, (int)at.Line, ConfigCodes.YamlSyntax,
            list ? "this [ is never closed with ]" : "this { is never closed with }",
            list ? "close it, or write the list one item a line (\"- item\")" : "close it, or write the mapping one key a line (\"key: value\")",
            (int)at.Column);
        }
    }

    private static int Lines(string text) => text.Count(c => c == '\n') + (text.EndsWith('\n') ? 0 : 1);
}
