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
        CopyFolder(Path.Combine(Repo.Root, "input"), Input);
        return this;
    }

    public Dictionary<string, byte[]> OutputTree() => Tree(Output);

    /// <summary>Every file under <paramref name="root"/> by its '/'-separated relative path, with its bytes.</summary>
    public static Dictionary<string, byte[]> Tree(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllBytes);

    public static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
