using System.Diagnostics;
using Site.Testing;
using Site.Tests.Site;

namespace Site.Tests.Discovery;

/// <summary>Feeds, sitemaps and structured data take their dates from the editions: two builds with a base
/// URL in different time zones and cultures give the same bytes, whenever they run.</summary>
[Trait("Speed", "Slow")]
public sealed class DeterminismTests : IDisposable
{
    private readonly TempInput input = new TempInput().CopySample();

    [Fact]
    public void Two_published_builds_in_different_time_zones_and_cultures_give_identical_bytes()
    {
        var first = Build("first", ("TZ", "Pacific/Kiritimati"), ("LANG", "zh_CN.UTF-8"), ("LC_ALL", "zh_CN.UTF-8"));
        var second = Build("second", ("TZ", "America/Los_Angeles"), ("LANG", "tr_TR.UTF-8"), ("LC_ALL", "tr_TR.UTF-8"));
        Assert.Contains("feed.xml", first.Keys);
        Assert.Contains("sitemaps/news.xml", first.Keys);
        Assert.Equal(first.Keys.Order(StringComparer.Ordinal), second.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in first) Assert.True(bytes.AsSpan().SequenceEqual(second[path]), $"{path} differs");
        Assert.All(first, kv => Assert.False(kv.Value.AsSpan().StartsWith("\uFEFF"u8), $"{kv.Key} has a BOM"));
        // Text files only: a page image or a PDF holds any byte.
        Assert.All(first.Where(kv => !kv.Key.EndsWith(".jpg", StringComparison.Ordinal) && !kv.Key.EndsWith(".pdf", StringComparison.Ordinal)),
            kv => Assert.DoesNotContain((byte)'\r', kv.Value));
    }

    private Dictionary<string, byte[]> Build(string name, params (string Key, string Value)[] env)
    {
        var output = Path.Combine(input.Root, name);
        var dll = Path.Combine(AppContext.BaseDirectory, "site.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = input.Root };
        foreach (var a in new[] { "exec", dll, "build", "--input", input.Input, "--output", output, "--themes", Path.Combine(Repo.Root, "themes"), "--base-url", PublishedSite.BaseUrl })
            start.ArgumentList.Add(a);
        foreach (var (k, v) in env) start.Environment[k] = v;
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(120_000), "build did not finish");
        Assert.True(process.ExitCode == 0, stdout + stderr.Result);
        return Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(output, f).Replace('\\', '/'), File.ReadAllBytes);
    }

    public void Dispose() => input.Dispose();
}
