using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Site.Testing;

namespace Site.Tests.Site;

/// <summary>The C# sources under src/, read as text: each project's folders (its rooms) and each file's
/// code with comments and the contents of string and character literals blanked out, so that what is
/// counted or matched is code only. Lines are kept where they were.</summary>
public static partial class SourceTree
{
    /// <summary>A project under src/: its folder, its root namespace and its .cs files.</summary>
    public sealed record Project(string Name, string Folder, string RootNamespace, IReadOnlyList<SourceFile> Files);

    /// <param name="Room">The first folder under the project ("" for a file at its root).</param>
    /// <param name="Code">The text with comments and literals blanked (same lines, same columns).</param>
    public sealed record SourceFile(string Path, string Room, string Text, string Code)
    {
        public string[] CodeLines => Code.Split('\n');
    }

    public static readonly string Src = System.IO.Path.Combine(Repo.Root, "src");

    public static IReadOnlyList<Project> Projects() =>
    [
        .. Directory.GetFiles(Src, "*.csproj", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(csproj =>
        {
            var folder = System.IO.Path.GetDirectoryName(csproj)!;
            var name = System.IO.Path.GetFileNameWithoutExtension(csproj);
            var root = XDocument.Load(csproj).Descendants("RootNamespace").FirstOrDefault()?.Value ?? name;
            return new Project(name, folder, root, [.. Sources(folder).Select(f => Read(folder, f))]);
        }),
    ];

    private static IEnumerable<string> Sources(string folder) =>
        Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !InBuildOutput(System.IO.Path.GetRelativePath(folder, f)))
            .Order(StringComparer.Ordinal);

    private static bool InBuildOutput(string relative) =>
        relative.Split(System.IO.Path.DirectorySeparatorChar).SkipLast(1).Any(p => p is "bin" or "obj");

    private static SourceFile Read(string project, string file)
    {
        var relative = System.IO.Path.GetRelativePath(project, file).Replace('\\', '/');
        var room = relative.Contains('/') ? relative[..relative.IndexOf('/')] : "";
        var text = File.ReadAllText(file).ReplaceLineEndings("\n");
        return new SourceFile(System.IO.Path.GetRelativePath(Repo.Root, file).Replace('\\', '/'), room, text, Blank(text));
    }

    /// <summary>The text with comments, string literals (regular, verbatim, raw, interpolated) and character
    /// literals replaced by spaces, newlines kept. Interpolation holes are blanked with their string:
    /// what matters here is braces and names of code, and a hole holds an expression, not a member.</summary>
    public static string Blank(string text)
    {
        var s = new StringBuilder(text);
        var i = 0;
        void BlankTo(int end)
        {
            for (; i < end && i < s.Length; i++) if (s[i] != '\n') s[i] = ' ';
        }
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '/' && At(text, i + 1) == '/') BlankTo(IndexOrEnd(text, "\n", i));
            else if (c == '/' && At(text, i + 1) == '*') BlankTo(IndexOrEnd(text, "*/", i + 2) + 2);
            else if (c == '\'') BlankTo(CharEnd(text, i));
            else if (c is '"' or '$' or '@' && StringStart(text, i) is { } start) BlankTo(StringEnd(text, i, start));
            else i++;
        }
        return s.ToString();
    }

    private static char At(string text, int i) => i < text.Length ? text[i] : '\0';

    private static int IndexOrEnd(string text, string what, int from)
    {
        var at = text.IndexOf(what, from, StringComparison.Ordinal);
        return at < 0 ? text.Length : at;
    }

    private static int CharEnd(string text, int i)
    {
        var j = i + 1;
        if (At(text, j) == '\\') j++;
        j++;
        while (j < text.Length && text[j] != '\'' && text[j] != '\n') j++;
        return j + 1;
    }

    /// <summary>The prefix of a string literal starting at <paramref name="i"/> ($, @, $@, @$, $$…), and the
    /// index of its first quote; null when no string starts there.</summary>
    private static (bool Verbatim, int Quote)? StringStart(string text, int i)
    {
        if (i > 0 && (char.IsLetterOrDigit(text[i - 1]) || text[i - 1] == '_') && text[i] != '"') return null;
        var j = i;
        var verbatim = false;
        while (j < text.Length && text[j] is '$' or '@')
        {
            verbatim |= text[j] == '@';
            j++;
        }
        return At(text, j) == '"' ? (verbatim, j) : null;
    }

    private static int StringEnd(string text, int i, (bool Verbatim, int Quote) start)
    {
        var q = start.Quote;
        var quotes = 0;
        while (At(text, q + quotes) == '"') quotes++;
        if (quotes >= 3) return IndexOrEnd(text, new string('"', quotes), q + quotes) + quotes;
        if (quotes == 2) return q + 2;
        var j = q + 1;
        while (j < text.Length)
        {
            if (start.Verbatim)
            {
                if (text[j] == '"' && At(text, j + 1) == '"') j += 2;
                else if (text[j] == '"') return j + 1;
                else j++;
            }
            else if (text[j] == '\\') j += 2;
            else if (text[j] is '"' or '\n') return j + 1;
            else j++;
        }
        return j;
    }
}
