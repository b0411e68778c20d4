using Site.Testing;
using Site.Publishing.Pipeline;

namespace Site.Tests.Site;

/// <summary>The sample newspaper (input/ of this repository) built once into a temporary folder, shared
/// by the tests of a class.</summary>
public sealed class SampleSite : IDisposable
{
    public string Output { get; } = Directory.CreateTempSubdirectory("site-sample-").FullName;

    public BuildReport Report { get; }

    public SampleSite()
    {
        Report = SiteBuild.Run(new BuildOptions(
            Path.Combine(Repo.Root, "input"), Output, Path.Combine(Repo.Root, "themes")));
    }

    public string Read(string path) => File.ReadAllText(Path.Combine(Output, path));

    public IEnumerable<string> Files(string pattern = "*") =>
        Directory.EnumerateFiles(Output, pattern, SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Output, f).Replace('\\', '/')).Order(StringComparer.Ordinal);

    public void Dispose() => Directory.Delete(Output, recursive: true);
}
