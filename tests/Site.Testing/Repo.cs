using Site.Config;
using Site.Parsing.Rules;

namespace Site.Testing;

/// <summary>Files of this repository. Tests read only the repository, never ../shared: a fresh clone
/// has no such folder.</summary>
public static class Repo
{
    public static readonly string Root = FindRoot();

    /// <summary>The sample newspaper's rules, from input/site.yml, as the parser uses them.</summary>
    public static readonly ParserRules Rules = SiteConfigReader.Load(Path.Combine(Root, "input", "site.yml")).Parser;

    public static string Seed(string prefix) =>
        File.ReadAllText(Directory.GetFiles(Path.Combine(Root, "seeds"), prefix + "_*.txt").Single());

    public static string SeedName(string prefix) =>
        Path.GetFileName(Directory.GetFiles(Path.Combine(Root, "seeds"), prefix + "_*.txt").Single());

    /// <summary>The hand-checked gold parse of a seed, in the parse contract's shape (tests/Site.Parsing.Tests/Gold).</summary>
    public static string Gold(string name) => Path.Combine(Root, "tests", "Site.Parsing.Tests", "Gold", name);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Site.sln"))) return dir.FullName;
        throw new InvalidOperationException("cannot find the repository root (no Site.sln above the test binaries)");
    }
}
