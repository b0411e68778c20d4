using System.Text.RegularExpressions;

namespace Site.Tests.Site;

/// <summary>The rooms of each assembly (its top folders, one namespace each) import one another one way
/// only: a room never depends, through any chain of others, on itself. A cycle means two rooms cannot be
/// read, changed or tested apart; what both need belongs in a room below them (Documents/ for the
/// records every stage shares).</summary>
/// <remarks>A dependency is what a file names: its <c>using</c> directives, its fully qualified names
/// (Site.Publishing.Cache.X), and a name qualified by a sibling room (Cache.StateReader, written inside
/// Site.Publishing.*), when that room declares the type. Files at a project's root (its front door:
/// IssueParser, Program) are in no room: rooms may use them by their bare names, which a reading of the
/// text cannot tell from others.</remarks>
public sealed partial class FolderCycleTests
{
    [Fact]
    public void No_room_of_an_assembly_depends_on_itself_through_others()
    {
        var cycles = SourceTree.Projects().SelectMany(p => Cycles(p).Select(c => $"{p.Name}: {c}")).ToList();
        Assert.True(cycles.Count == 0, "folder-level import cycles:\n" + string.Join("\n", cycles));
    }

    [Fact]
    public void Each_file_declares_the_namespace_of_its_folder()
    {
        var wrong = SourceTree.Projects().SelectMany(p => p.Files.Select(f => (f, Declared: Namespace(f)))
            .Where(x => x.Declared is { } ns && ns != Expected(p, x.f))
            .Select(x => $"{x.f.Path}: namespace {x.Declared}, expected {Expected(p, x.f)}")).ToList();
        Assert.True(wrong.Count == 0, "files whose namespace is not their folder's:\n" + string.Join("\n", wrong));
    }

    [Fact]
    public void A_cycle_is_found_and_named_with_the_files_that_make_it()
    {
        var project = new SourceTree.Project("P", "", "P",
        [
            File("A/One.cs", "using P.B;\nnamespace P.A;\npublic sealed record One(Two T);"),
            File("B/Two.cs", "namespace P.B;\npublic sealed record Two(int N) { public string S => C.Three.Name; }"),
            File("C/Three.cs", "namespace P.C;\npublic static class Three { public const string Name = nameof(P.A.One); }"),
            File("D/Four.cs", "using P.A;\nnamespace P.D;\n// using P.D; in a comment is no import\npublic static class Four { }"),
        ]);
        var cycle = Assert.Single(Cycles(project));
        Assert.Equal("A → B → C → A (A → B: A/One.cs; B → C: B/Two.cs; C → A: C/Three.cs)", cycle);
    }

    private static SourceTree.SourceFile File(string path, string text) =>
        new(path, path[..path.IndexOf('/')], text, SourceTree.Blank(text));

    private static string Expected(SourceTree.Project p, SourceTree.SourceFile f)
    {
        var folder = Path.GetDirectoryName(Path.GetRelativePath(p.Folder, Path.Combine(Repo(), f.Path)))!.Replace('\\', '/');
        return folder.Length == 0 ? p.RootNamespace : $"{p.RootNamespace}.{folder.Replace('/', '.')}";
    }

    private static string Repo() => Path.GetDirectoryName(SourceTree.Src)!;

    private static string? Namespace(SourceTree.SourceFile f) => NamespaceDeclaration().Match(f.Code) is { Success: true } m ? m.Groups[1].Value : null;

    /// <summary>Every cycle among the project's rooms, one per strongly connected set, each as the rooms
    /// in order back to the first, with the first file that makes each arrow.</summary>
    public static IEnumerable<string> Cycles(SourceTree.Project project)
    {
        var arrows = Arrows(project);
        var graph = arrows.Keys.GroupBy(k => k.From).ToDictionary(g => g.Key, g => g.Select(k => k.To).Order(StringComparer.Ordinal).ToList());
        foreach (var set in StronglyConnected(graph).Where(s => s.Count > 1))
        {
            var path = ShortestCycle(set.Min(StringComparer.Ordinal)!, set, graph);
            var steps = path.Zip(path.Skip(1), (a, b) => $"{a} → {b}: {arrows[(a, b)]}");
            var knot = set.Count > path.Count - 1 ? $"; all of {string.Join(", ", set.Order(StringComparer.Ordinal))} depend on one another" : "";
            yield return $"{string.Join(" → ", path)} ({string.Join("; ", steps)}){knot}";
        }
    }

    /// <summary>Room to room, with the first file (in path order) that makes the arrow.</summary>
    private static Dictionary<(string From, string To), string> Arrows(SourceTree.Project project)
    {
        var rooms = project.Files.Select(f => f.Room).Where(r => r.Length > 0).ToHashSet(StringComparer.Ordinal);
        var declared = project.Files.GroupBy(f => RoomOf(project, f, rooms))
            .ToDictionary(g => g.Key, g => g.SelectMany(f => TypeDeclaration().Matches(f.Code).Select(m => m.Groups[1].Value)).ToHashSet(StringComparer.Ordinal));
        var arrows = new Dictionary<(string, string), string>();
        foreach (var file in project.Files)
        {
            var from = RoomOf(project, file, rooms);
            foreach (var to in Named(project, file, rooms, declared).Where(to => to != from && from.Length > 0 && to.Length > 0))
                arrows.TryAdd((from, to), file.Path);
        }
        return arrows;
    }

    /// <summary>The room a file is in: its namespace's, or its folder's when it declares none.</summary>
    private static string RoomOf(SourceTree.Project project, SourceTree.SourceFile file, HashSet<string> rooms) =>
        Namespace(file) is { } ns ? RoomOfNamespace(project, ns, rooms) ?? "" : file.Room;

    private static string? RoomOfNamespace(SourceTree.Project project, string ns, HashSet<string> rooms)
    {
        if (!ns.StartsWith(project.RootNamespace + ".", StringComparison.Ordinal)) return null;
        var room = ns[(project.RootNamespace.Length + 1)..].Split('.')[0];
        return rooms.Contains(room) ? room : null;
    }

    private static IEnumerable<string> Named(SourceTree.Project project, SourceTree.SourceFile file, HashSet<string> rooms,
        Dictionary<string, HashSet<string>> declared)
    {
        foreach (Match m in UsingDirective().Matches(file.Code))
            if (RoomOfNamespace(project, m.Groups[1].Value, rooms) is { } room) yield return room;
        foreach (Match m in QualifiedName().Matches(file.Code))
        {
            var name = m.Groups[1].Value;
            if (RoomOfNamespace(project, name, rooms) is { } room && !IsDirective(file.Code, m.Index)) yield return room;
            // A sibling room's name: Cache.StateReader inside Site.Publishing.Pipeline.
            var parts = name.Split('.');
            if ((m.Index == 0 || file.Code[m.Index - 1] != '.') && parts.Length >= 2 && rooms.Contains(parts[0])
                && declared.TryGetValue(parts[0], out var types) && types.Contains(parts[1]))
                yield return parts[0];
        }
    }

    private static bool IsDirective(string code, int at)
    {
        var lineStart = code.LastIndexOf('\n', at - 1) + 1;
        var line = code[lineStart..at].TrimStart();
        return line.StartsWith("using ", StringComparison.Ordinal) || line.StartsWith("global using ", StringComparison.Ordinal)
            || line.StartsWith("namespace ", StringComparison.Ordinal);
    }

    private static List<List<string>> StronglyConnected(Dictionary<string, List<string>> graph)
    {
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var onStack = new HashSet<string>();
        var sets = new List<List<string>>();
        void Visit(string v)
        {
            index[v] = low[v] = index.Count;
            stack.Push(v);
            onStack.Add(v);
            foreach (var w in graph.GetValueOrDefault(v, []))
            {
                if (!index.ContainsKey(w))
                {
                    Visit(w);
                    low[v] = Math.Min(low[v], low[w]);
                }
                else if (onStack.Contains(w)) low[v] = Math.Min(low[v], index[w]);
            }
            if (low[v] != index[v]) return;
            var set = new List<string>();
            string x;
            do
            {
                x = stack.Pop();
                onStack.Remove(x);
                set.Add(x);
            }
            while (x != v);
            sets.Add(set);
        }
        foreach (var v in graph.Keys.Order(StringComparer.Ordinal)) if (!index.ContainsKey(v)) Visit(v);
        return sets;
    }

    /// <summary>The shortest way from <paramref name="start"/> back to itself inside the set, breadth first.</summary>
    private static List<string> ShortestCycle(string start, List<string> set, Dictionary<string, List<string>> graph)
    {
        var came = new Dictionary<string, string>();
        var queue = new Queue<string>([start]);
        while (queue.Count > 0)
        {
            var v = queue.Dequeue();
            foreach (var w in graph.GetValueOrDefault(v, []).Where(set.Contains))
            {
                if (w == start)
                {
                    var back = new List<string>();
                    for (var x = v; x != start; x = came[x]) back.Add(x);
                    back.Reverse();
                    return [start, .. back, start];
                }
                if (came.TryAdd(w, v)) queue.Enqueue(w);
            }
        }
        throw new InvalidOperationException("a strongly connected set without a cycle");
    }

    [GeneratedRegex(@"^\s*(?:global\s+)?using\s+(?:static\s+)?(?:\w+\s*=\s*)?([\w.]+)\s*;", RegexOptions.Multiline)]
    private static partial Regex UsingDirective();

    [GeneratedRegex(@"^\s*namespace\s+([\w.]+)", RegexOptions.Multiline)]
    private static partial Regex NamespaceDeclaration();

    [GeneratedRegex(@"\b(?:class|record|struct|interface|enum|delegate\s+\w+)\s+(?:class\s+|struct\s+)?(\w+)")]
    private static partial Regex TypeDeclaration();

    [GeneratedRegex(@"\b([A-Z]\w*(?:\.[A-Z]\w*)+)")]
    private static partial Regex QualifiedName();
}
