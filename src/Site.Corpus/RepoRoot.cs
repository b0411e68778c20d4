namespace Site.Corpus;

/// <summary>The repository the tool runs in: seeds, input/site.yml and src/Site are found from it.</summary>
public static class RepoRoot
{
    /// <summary>The nearest folder holding Site.sln, looking up from the working directory, then from the
    /// tool's own binaries (so it works from any working directory under `dotnet run --project`).</summary>
    public static string Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Site.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("cannot find the repository root (a folder with Site.sln) above the working directory or the tool");
    }
}
