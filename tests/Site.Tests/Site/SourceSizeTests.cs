using System.Text.RegularExpressions;

namespace Site.Tests.Site;

/// <summary>Every file under src/ reads in one sitting and every member in one screen: no file over
/// <see cref="FileLines"/> lines, no member (method, property, field, constructor) over
/// <see cref="MemberLines"/>. Counted simply, on the text: a file's lines, and a member's from its first
/// line of code (its attributes included) to the brace or semicolon that ends it.</summary>
public sealed partial class SourceSizeTests
{
    public const int FileLines = 400;
    public const int MemberLines = 80;

    /// <summary>Files let through, each with why. Only tables that read like data, and the parser's
    /// files while the lead reworks them.</summary>
    private static readonly Dictionary<string, string> Allowed = new(StringComparer.Ordinal)
    {
        ["src/Site.Parsing/Segmentation/PageSplitter.cs"] = "parser, lead's",
    };

    [Fact]
    public void No_file_under_src_is_over_the_limit()
    {
        var over = SourceTree.Projects().SelectMany(p => p.Files)
            .Select(f => (f.Path, Lines: f.Text.TrimEnd('\n').Split('\n').Length))
            .Where(f => f.Lines > FileLines && !Allowed.ContainsKey(f.Path))
            .Select(f => $"{f.Path}: {f.Lines} lines").ToList();
        Assert.True(over.Count == 0, $"files over {FileLines} lines:\n" + string.Join("\n", over));
    }

    [Fact]
    public void No_member_under_src_is_over_the_limit()
    {
        var over = SourceTree.Projects().SelectMany(p => p.Files).Where(f => !Allowed.ContainsKey(f.Path))
            .SelectMany(f => Members(f.Code).Where(m => m.Lines > MemberLines).Select(m => $"{f.Path}:{m.Line}: {m.Name} ({m.Lines} lines)"))
            .ToList();
        Assert.True(over.Count == 0, $"members over {MemberLines} lines:\n" + string.Join("\n", over));
    }

    [Fact]
    public void Every_allowed_file_exists_and_is_over_a_limit()
    {
        var files = SourceTree.Projects().SelectMany(p => p.Files).ToDictionary(f => f.Path);
        foreach (var path in Allowed.Keys)
        {
            Assert.True(files.TryGetValue(path, out var file), $"{path} is allowed but does not exist");
            Assert.True(file!.Text.Split('\n').Length > FileLines || Members(file.Code).Any(m => m.Lines > MemberLines),
                $"{path} is allowed but within the limits: take it off the list");
        }
    }

    [Fact]
    public void Members_are_counted_from_their_first_line_to_their_end()
    {
        const string code = """
            namespace N;

            /// <summary>A type is no member: its members are.</summary>
            public sealed record R(int A)
            {
                [Obsolete]
                public int Block()
                {
                    var f = () => { return 1; };
                    return f();
                }

                public static int Expression(int x) => x switch
                {
                    1 => 2,
                    _ => 3,
                };

                public int Property { get; init; } = 4;

                public (int A, int B) Tuple(int x) => (x, x);

                private static T Generic<T>() where T : class
                {
                    return null!;
                }
            }
            """;
        var members = Members(SourceTree.Blank(code)).Select(m => (m.Name, m.Line, m.Lines)).ToList();
        Assert.Equal(
            [("Block", 6, 6), ("Expression", 13, 5), ("Property", 19, 1), ("Tuple", 21, 1), ("Generic", 23, 4)],
            members);
    }

    /// <summary>A member of a type, or a statement at a file's top: its name (as far as the header
    /// shows it), first line (1-based) and length in lines.</summary>
    public sealed record Member(string Name, int Line, int Lines);

    public static List<Member> Members(string code)
    {
        var members = new List<Member>();
        var line = 1;
        var start = -1; // where the pending member's header starts; -1 between members
        var startLine = 0;
        var parens = 0; // ( and [ open in the header: a parameter's default is no initializer
        var expression = false; // the header has = or => outside parentheses: it ends at its semicolon
        var braces = 0; // braces open in the member's body or initializer
        void End(int endLine)
        {
            var header = code[start..];
            start = -1;
            // A using directive or a file's namespace is no member.
            if (Directive().IsMatch(header)) return;
            // A property's initializer after its accessors: still the property.
            if (header[0] == '=' && members.Count > 0) members[^1] = members[^1] with { Lines = endLine - members[^1].Line + 1 };
            else members.Add(new Member(NameOf(header), startLine, endLine - startLine + 1));
        }
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            if (c == '\n') line++;
            if (char.IsWhiteSpace(c)) continue;
            if (braces > 0)
            {
                if (c == '{') braces++;
                else if (c == '}' && --braces == 0 && !expression) End(line);
                continue;
            }
            if (start < 0)
            {
                // A closing brace between members closes their type or namespace.
                if (c == '}') continue;
                (start, startLine, parens, expression) = (i, line, 0, false);
            }
            if (c is '(' or '[') parens++;
            else if (c is ')' or ']') parens--;
            else if (c == '=' && parens == 0) expression = true;
            else if (c == ';' && parens == 0) End(line);
            // An enum's last value, or a header its type's end leaves pending: no member to count.
            else if (c == '}') start = -1;
            else if (c == '{' && parens == 0)
            {
                if (IsContainer(code[start..i])) start = -1;
                else braces = 1;
            }
        }
        return members;
    }

    /// <summary>The name before a member's parameters (a method, a constructor), else the last name
    /// before its body or initializer (a property, a field).</summary>
    private static string NameOf(string header)
    {
        var declaration = LeadingAttributes().Replace(header, "");
        var end = declaration.IndexOfAny(['{', ';', '=']);
        if (end >= 0) declaration = declaration[..end];
        if (Invoked().Match(declaration) is { Success: true } method) return method.Groups[1].Value;
        return MemberName().Match(declaration) is { Success: true } m ? m.Groups[1].Value : "";
    }

    /// <summary>A namespace or a type: its keyword comes before any parenthesis (a method's
    /// <c>where T : class</c> comes after its parameters).</summary>
    private static bool IsContainer(string header)
    {
        var keyword = ContainerKeyword().Match(header);
        var paren = header.IndexOf('(');
        return keyword.Success && (paren < 0 || keyword.Index < paren);
    }

    [GeneratedRegex(@"\b(?:namespace|class|record|struct|interface|enum)\b")]
    private static partial Regex ContainerKeyword();

    [GeneratedRegex(@"(\w+)\s*(?:<[^<>]*>)?\s*$")]
    private static partial Regex MemberName();

    [GeneratedRegex(@"(\w+)(?:<[^()]*?>)?\(")]
    private static partial Regex Invoked();

    [GeneratedRegex(@"^(?:global\s+)?(?:using|namespace)\b")]
    private static partial Regex Directive();

    [GeneratedRegex(@"^\s*(?:\[(?:[^\[\]]|\[[^\]]*\])*\]\s*)+")]
    private static partial Regex LeadingAttributes();
}
