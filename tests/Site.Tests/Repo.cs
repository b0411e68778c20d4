namespace Site.Tests;

/// <summary>The repository's root, found from the test binaries (never ../shared).</summary>
public static class Repo
{
    public static readonly string Root = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Site.sln"))) return dir.FullName;
        throw new InvalidOperationException("cannot find the repository root (no Site.sln above the test binaries)");
    }
}
