using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Site.Corpus.Composition;
using Site.Corpus.Material;
using Site.Corpus.Output;

namespace Site.Corpus.Bench;

/// <summary>A generated corpus kept between benchmark runs, in CACHE/site-corpus-N. A marker file names
/// what it was made from; a corpus whose marker does not match (other seed, seeds, site.yml or
/// generator code) or is missing (a run that stopped half-way) is made again.</summary>
public sealed class CorpusCache
{
    private const string MarkerName = ".site-corpus";

    private readonly string marker;
    private readonly string markerText;
    private readonly CorpusSpec spec;
    private readonly Workspace workspace;

    public string Folder { get; }
    public CorpusStats Stats { get; }

    /// <summary>How long making it took; null when it was reused.</summary>
    public TimeSpan? Generated { get; }

    /// <summary>An older corpus (of another seed, inputs or generator) was deleted to make this one.</summary>
    public bool ReplacedOld { get; private init; }

    private CorpusCache(string folder, CorpusSpec spec, Workspace workspace, CorpusStats stats, string markerText, TimeSpan? generated)
    {
        Folder = folder;
        marker = Path.Combine(folder, MarkerName);
        this.spec = spec;
        this.workspace = workspace;
        Stats = stats;
        this.markerText = markerText;
        Generated = generated;
    }

    public static CorpusCache Ensure(string cacheRoot, CorpusSpec spec, Workspace workspace)
    {
        var folder = Path.GetFullPath(Path.Combine(cacheRoot, $"site-corpus-{spec.Years}"));
        var fingerprint = Fingerprint(spec, workspace);
        var marker = Path.Combine(folder, MarkerName);
        if (File.Exists(marker) && File.ReadAllLines(marker) is [var found, var numbers, ..] && found == fingerprint
            && numbers.Split(' ').Select(n => long.Parse(n, CultureInfo.InvariantCulture)).ToArray() is [var e, var p, var a, var b])
            return new(folder, spec, workspace, new((int)e, (int)p, (int)a, b), File.ReadAllText(marker), null);

        var replaced = DeleteCorpus(folder);
        var clock = Stopwatch.StartNew();
        var stats = CorpusWriter.Write(folder, spec, workspace.Material, workspace.SiteYml);
        var text = string.Create(CultureInfo.InvariantCulture,
            $"{fingerprint}\n{stats.Editions} {stats.Pages} {stats.Articles} {stats.Bytes}\nyears={spec.Years} seed={spec.Seed} start={spec.Start:yyyy-MM-dd}\n");
        File.WriteAllText(marker, text, CorpusWriter.Utf8);
        return new(folder, spec, workspace, stats, text, clock.Elapsed) { ReplacedOld = replaced };
    }

    /// <summary>Adds the edition of the day after the last, for the incremental build. The marker goes
    /// first, so a run stopped before <see cref="RemoveNextEdition"/> leaves a corpus that is remade.</summary>
    public CorpusStats AddNextEdition()
    {
        File.Delete(marker);
        var edition = EditionComposer.Compose(workspace.Material, spec, spec.Days);
        return CorpusWriter.WriteEdition(Path.Combine(Folder, "issues"), edition);
    }

    public void RemoveNextEdition()
    {
        var dir = Path.Combine(Folder, "issues", CorpusWriter.EditionFolder(spec.Start.AddDays(spec.Days)));
        if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        File.WriteAllText(marker, markerText, CorpusWriter.Utf8);
    }

    /// <summary>Moves the corpus's last edition out of it (into <paramref name="aside"/>), for an
    /// incremental build that adds an edition into a year the archive already has. The marker goes first,
    /// as in <see cref="AddNextEdition"/>.</summary>
    public string HoldBackLastEdition(string aside)
    {
        File.Delete(marker);
        var dir = Path.Combine(Folder, "issues", CorpusWriter.EditionFolder(spec.Start.AddDays(spec.Days - 1)));
        if (Directory.Exists(aside)) Directory.Delete(aside, recursive: true);
        Directory.Move(dir, aside);
        return dir;
    }

    /// <summary>Puts back what <see cref="HoldBackLastEdition"/> moved out; the corpus is whole again.</summary>
    public void RestoreLastEdition(string aside, string dir)
    {
        if (Directory.Exists(aside) && !Directory.Exists(dir)) Directory.Move(aside, dir);
        File.WriteAllText(marker, markerText, CorpusWriter.Utf8);
    }

    /// <summary>Deletes a folder only when it holds nothing but a corpus, so a mistyped --cache cannot
    /// take anything else with it.</summary>
    /// <returns>Whether there was one to delete.</returns>
    public static bool DeleteCorpus(string folder)
    {
        if (!Directory.Exists(folder)) return false;
        var foreign = Directory.EnumerateFileSystemEntries(folder)
            .Select(Path.GetFileName).Where(n => n is not ("issues" or "site.yml" or MarkerName)).ToList();
        if (foreign.Count > 0)
            throw new InvalidOperationException($"{folder} holds more than a generated corpus ({string.Join(", ", foreign.Take(3))}); move it away or pick another --cache");
        Directory.Delete(folder, recursive: true);
        return true;
    }

    /// <summary>What the corpus is a function of: the spec, site.yml, the seeds, and the code that parses
    /// and recombines them: the parser's and configuration's source files and the generator's own. Not
    /// assemblies' MVIDs: the same source built by another project's Release build (BenchmarkDotNet's, or
    /// `dotnet build src/Site`) came out with another MVID and regenerated the corpora, and this assembly's
    /// would change with every edit to the benchmark's report; writing 33,000 files over the old ones right
    /// before a measured build slows it (see docs/whole-build-benchmark.md).</summary>
    private static string Fingerprint(CorpusSpec spec, Workspace workspace)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{spec.Years} {spec.Seed} {spec.Start:yyyy-MM-dd}\n")));
        hash.AppendData(workspace.SiteYml);
        foreach (var seed in Directory.EnumerateFiles(Path.Combine(workspace.Root, "seeds"), "*.txt").Order(StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(Path.GetFileName(seed) + "\n"));
            hash.AppendData(File.ReadAllBytes(seed));
        }
        foreach (var (project, type) in new[] { ("Site.Parsing", typeof(Parsing.IssueParser)), ("Site.Config", typeof(Config.SiteConfigReader)) })
            if (!Directory.Exists(Path.Combine(workspace.Root, "src", project)))
                hash.AppendData(type.Assembly.ManifestModule.ModuleVersionId.ToByteArray());   // no sources at hand
        var generator = CodeSources(workspace.Root);
        if (generator.Count == 0) hash.AppendData(typeof(CorpusCache).Assembly.ManifestModule.ModuleVersionId.ToByteArray());   // no sources at hand
        foreach (var file in generator)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(workspace.Root, file).Replace('\\', '/') + "\n"));
            hash.AppendData(File.ReadAllBytes(file));
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>The source files that decide what a corpus holds: how seeds are read (Material), how
    /// editions are composed (Composition) and how they are written (Output), and the parser and the
    /// configuration they use (their .cs files and project files, not what a build left in bin/ or obj/).</summary>
    private static List<string> CodeSources(string root)
    {
        var corpus = new[] { "Material", "Composition", "Output" }.Select(folder => Path.Combine(root, "src", "Site.Corpus", folder));
        var libraries = new[] { "Site.Parsing", "Site.Config" }.Select(project => Path.Combine(root, "src", project));
        return
        [
            .. corpus.Concat(libraries)
                .Where(Directory.Exists)
                .SelectMany(folder => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
                .Where(file => file.EndsWith(".cs", StringComparison.Ordinal) || file.EndsWith(".csproj", StringComparison.Ordinal))
                .Where(file => !Path.GetRelativePath(root, file).Replace('\\', '/').Split('/').Any(part => part is "bin" or "obj"))
                .Order(StringComparer.Ordinal),
        ];
    }
}
