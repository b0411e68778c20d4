namespace Site.Corpus.Bench;

/// <summary>The site's command line as the benchmark runs it: `dotnet site.dll`, built in Release.</summary>
public static class SiteBinary
{
    /// <summary>The dotnet host running this tool (the SDK sets DOTNET_HOST_PATH), else the one on PATH.</summary>
    public static string Dotnet()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host)) return host;
        if (Environment.ProcessPath is { } self && Path.GetFileNameWithoutExtension(self) == "dotnet") return self;
        return "dotnet";
    }

    /// <summary>Builds src/Site in Release and returns its dll.</summary>
    public static string Build(string root, TextWriter log)
    {
        var project = Path.Combine(root, "src", "Site", "Site.csproj");
        log.WriteLine($"building {Path.GetRelativePath(root, project)} (Release)…");
        // No build servers: nothing is left running after the benchmark.
        var run = ChildProcessMeter.Run(Dotnet(),
            ["build", project, "-c", "Release", "-nologo", "-v", "quiet", "--disable-build-servers", "-p:UseSharedCompilation=false"],
            TimeSpan.FromMinutes(10));
        if (!run.Succeeded)
            throw new InvalidOperationException($"building {project} failed{(run.TimedOut ? " (timed out)" : "")}:\n{Tail(run.Stdout + run.Stderr, 20)}");
        var dll = Path.Combine(root, "src", "Site", "bin", "Release", "net10.0", "site.dll");
        return File.Exists(dll) ? dll : throw new InvalidOperationException($"{dll} is missing after the build");
    }

    public static string Tail(string text, int lines) =>
        string.Join('\n', text.Split('\n', StringSplitOptions.RemoveEmptyEntries).TakeLast(lines));
}
