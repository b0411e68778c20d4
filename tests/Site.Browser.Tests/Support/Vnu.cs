using System.Diagnostics;
using System.Text.Json;

namespace Site.Browser.Tests.Support;

/// <summary>The Nu Html Checker (vnu.jar from the pinned npm package), run once over many files.</summary>
public static class Vnu
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    /// <summary>Every error the checker reports, one line each ("file:line: message"); empty when the files are valid.</summary>
    public static IReadOnlyList<string> Errors(string root, IEnumerable<string> paths)
    {
        Tools.Here.Require(Need.Vnu);
        // vnu.jar passes over a file that is not there without a word.
        if (paths.FirstOrDefault(p => !File.Exists(Path.Combine(root, p))) is { } missing)
            throw new FileNotFoundException($"no {missing} in {root}");
        var start = new ProcessStartInfo(Tools.Here.Java!) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "-jar", Tools.Here.VnuJar, "--errors-only", "--also-check-css", "--format", "json" }) start.ArgumentList.Add(arg);
        foreach (var path in paths) start.ArgumentList.Add(Path.Combine(root, path));

        using var java = Process.Start(start)!;
        var stdout = java.StandardOutput.ReadToEndAsync();
        var stderr = java.StandardError.ReadToEndAsync(); // the JSON report goes to stderr
        // A checker that hangs must fail this test, not stall the run: a run over a dozen pages takes a few seconds.
        if (!java.WaitForExit(Timeout))
        {
            java.Kill(entireProcessTree: true);
            throw new TimeoutException($"vnu.jar did not finish within {Timeout.TotalSeconds} s");
        }
        _ = stdout.Result;
        var report = stderr.Result;
        if (!report.TrimStart().StartsWith('{'))
            throw new InvalidOperationException($"vnu.jar exited {java.ExitCode} without a report: {report}");

        using var json = JsonDocument.Parse(report);
        return [.. json.RootElement.GetProperty("messages").EnumerateArray()
            .Where(m => m.GetProperty("type").GetString() is "error" or "non-document-error")
            .Select(m => $"{Where(root, m)}: {m.GetProperty("message").GetString()}")];
    }

    private static string Where(string root, JsonElement message)
    {
        // vnu names files "file:/tmp/…", a form System.Uri does not read.
        var file = message.TryGetProperty("url", out var url)
            ? Path.GetRelativePath(root, Uri.UnescapeDataString(url.GetString()!.Replace("file:", "", StringComparison.Ordinal)))
            : "?";
        return message.TryGetProperty("lastLine", out var line) ? $"{file}:{line.GetInt32()}" : file;
    }
}
