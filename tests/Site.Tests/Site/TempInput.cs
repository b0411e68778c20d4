using Site.Testing;
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

    /// <summary>Editions of one page, 要闻, each printing seed 000 (seven articles), on the given days of
    /// August 2022: a section (with site.yml's <c>sections: 要闻: yaowen</c>) that grows seven articles a day.</summary>
    public TempInput WriteYaowenDays(int first, int last)
    {
        var seed = File.ReadAllText(Path.Combine(Repo.Root, "seeds", "000_09c8361cd52e4d86.txt"));
        for (var day = first; day <= last; day++)
        {
            Write($"issues/2022-08-{day:00}/01.txt", seed);
            Write($"issues/2022-08-{day:00}/edition.yml", "pages:\n  1: 要闻\n");
        }
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
