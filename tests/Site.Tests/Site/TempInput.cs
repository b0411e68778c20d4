using Site.Parsing.Tests.Support;
using System.Text;

namespace Site.Tests.Site;

/// <summary>A throwaway input folder (site.yml, issues/…) and output folder for one test.</summary>
public sealed class TempInput : IDisposable
{
    public string Root { get; } = Directory.CreateTempSubdirectory("site-input-").FullName;
    public string Input => Path.Combine(Root, "input");
    public string Output => Path.Combine(Root, "output");

    public TempInput Write(string relative, string text)
    {
        var path = Path.Combine(Input, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return this;
    }

    /// <summary>The sample input copied whole, to change one thing in it.</summary>
    public TempInput CopySample()
    {
        var from = Path.Combine(Repo.Root, "input");
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(Input, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }
        return this;
    }

    public Dictionary<string, byte[]> OutputTree() =>
        Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(Output, f).Replace('\\', '/'), File.ReadAllBytes);

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
