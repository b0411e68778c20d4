using System.Diagnostics;
using System.Text.Json;
using Site.Testing;
using Site.Publishing.Search;
using static Site.Publishing.Tests.Search.SearchIndexTests;

namespace Site.Publishing.Tests.Search;

/// <summary>The search page's JavaScript engine, run with node over an index this build wrote: phrases,
/// ranking, highlighting, and the text rules it must share with <see cref="SearchText"/>.</summary>
public class SearchEngineTests
{
    [NodeFact]
    public void The_javascript_engine_passes_its_tests_over_a_built_index()
    {
        var folder = Directory.CreateTempSubdirectory("search-engine-").FullName;
        try
        {
            SearchDocument[] docs =
            [
                Doc("2025-03-02", 1, 1, "平湖市召开大会", "会议在平湖市举行。平湖市民参加。"),
                Doc("2025-03-01", 1, 1, "湖市新闻", "平湖，市民说“平湖”好。湖市平湖"),
                Doc("2025-01-01", 1, 1, "", "ＡＢ５Ｇ基站"),
                Doc("2024-05-01", 2, 3, "", "平湖市农业：平湖市、平湖市。"),
                Doc("2024-05-01", 1, 1, "其他", "嘉兴平 湖 市的新闻"),
            ];
            var years = docs.GroupBy(d => d.Date.Year).Select(g => SearchIndex.BuildYear(g.Key, [.. g])).ToList();
            foreach (var file in years.SelectMany(y => y.Files).Append(SearchIndex.Manifest(years.Select(y => y.Info))))
            {
                var path = Path.Combine(folder, file.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, file.Content);
            }
            string[] texts = ["平湖市农业", "平湖，市民", "越 擦　越", "５Ｇ基站 ABC", "𠀀平湖", "湖、平 。市民", "Café（咖啡）", "1,000元\n第二行", "ｶﾀｶﾅ カタカナ 한국어"];
            var cases = texts.Select(t =>
            {
                var bigrams = SearchText.Bigrams(t).ToList();
                return new
                {
                    text = t,
                    query = SearchText.Query(t),
                    bigrams = bigrams.Select(b => new object[] { b.Bigram, b.Position }),
                    hashes = bigrams.Select(b => ShardHash.Hash(b.Bigram)),
                };
            });
            File.WriteAllText(Path.Combine(folder, "cases.json"), JsonSerializer.Serialize(cases));

            var (code, output) = Node.Run(
                Path.Combine(Repo.Root, "tests/Site.Publishing.Tests/Search/search-engine.test.js"),
                Path.Combine(Repo.Root, "themes/default/assets/search.js"), folder);
            Assert.True(code == 0, output);
            Assert.DoesNotContain("FAIL", output, StringComparison.Ordinal);
            Assert.Contains("ok   a phrase matches only where its bigrams stand next to each other", output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

/// <summary>A test that needs node; skipped, saying so, on a machine without it.</summary>
public sealed class NodeFactAttribute : FactAttribute
{
    public NodeFactAttribute()
    {
        if (Node.Path is null) Skip = "node is not on the PATH: the search page's JavaScript test needs it (install Node.js to run it)";
    }
}

internal static class Node
{
    public static readonly string? Path = (Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .SelectMany(dir => new[] { System.IO.Path.Combine(dir, "node"), System.IO.Path.Combine(dir, "node.exe") })
        .FirstOrDefault(File.Exists);

    public static (int Code, string Output) Run(params string[] args)
    {
        var start = new ProcessStartInfo(Path!) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(60_000)) { process.Kill(); return (-1, stdout + "\n(node did not finish in 60 s)"); }
        return (process.ExitCode, stdout + stderr.Result);
    }
}
