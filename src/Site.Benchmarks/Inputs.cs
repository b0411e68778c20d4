using System.Text;
using Site.Config;
using Site.Parsing.Rules;

namespace Site.Benchmarks;

/// <summary>The benchmark's inputs: the raw seed issues and the paper's rules, found by walking up from
/// the running assembly to the folder holding Site.sln (BenchmarkDotNet runs each benchmark in a child
/// process built below this project's bin folder, which is still inside the repository).</summary>
public static class Inputs
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);
    private static readonly Lazy<IReadOnlyList<(string Name, string Text)>> LazySeeds = new(LoadSeeds);

    public static string Root => LazyRoot.Value;

    /// <summary>Seed files by name, sorted; the text decoded from UTF-8 once.</summary>
    public static IReadOnlyList<(string Name, string Text)> Seeds => LazySeeds.Value;

    public static string Seed(string name) => Seeds.Single(s => s.Name == name).Text;

    public static ParserRules SiteRules() => SiteConfigReader.Load(Path.Combine(Root, "input", "site.yml")).Parser;

    /// <summary>Throughput counts the UTF-8 bytes of the input, the size of the file on disk.</summary>
    public static long Utf8Bytes(string text) => Encoding.UTF8.GetByteCount(text);

    private static string FindRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Site.sln"))) return dir.FullName;
        throw new InvalidOperationException(
            $"no folder above {AppContext.BaseDirectory} or {Directory.GetCurrentDirectory()} holds Site.sln");
    }

    private static IReadOnlyList<(string, string)> LoadSeeds()
    {
        var files = Directory.GetFiles(Path.Combine(Root, "seeds"), "*.txt");
        Array.Sort(files, StringComparer.Ordinal);
        return [.. files.Select(f => (Path.GetFileName(f), File.ReadAllText(f, Encoding.UTF8)))];
    }
}
