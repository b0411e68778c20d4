using System.Text;
using Site.Parsing.Rules;

namespace Site.Parsing.Tests.Properties;

/// <summary>The repository the tests run from: its seeds and its site.yml rules. Found by walking up
/// from the test assembly to the folder that holds Site.sln.</summary>
internal static class Repo
{
    private static readonly Lazy<IReadOnlyList<Seed>> LazySeeds = new(LoadSeeds);

    public static string Root => Site.Testing.Repo.Root;

    /// <summary>The raw seed issues, sorted by file name.</summary>
    public static IReadOnlyList<Seed> Seeds => LazySeeds.Value;

    /// <summary>The rules in the repository's input/site.yml.</summary>
    public static ParserRules SiteRules => Site.Testing.Repo.Rules;

    public static ParserRules Rules(string name) => name switch
    {
        "site" => SiteRules,
        "default" => ParserRules.Default,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "site or default"),
    };

    public static Seed SeedNamed(string fileName) => Seeds.Single(s => s.Name == fileName);

    private static IReadOnlyList<Seed> LoadSeeds()
    {
        var files = Directory.GetFiles(Path.Combine(Root, "seeds"), "*.txt");
        Array.Sort(files, StringComparer.Ordinal);
        if (files.Length == 0) throw new InvalidOperationException($"no seeds in {Root}/seeds");
        return [.. files.Select(f => new Seed(Path.GetFileName(f), File.ReadAllText(f, new UTF8Encoding(false, true))))];
    }
}

internal sealed record Seed(string Name, string Text)
{
    public override string ToString() => Name;
}
