using Site.Testing;

namespace Site.Browser.Tests.Support;

/// <summary>What a browser test needs from the machine beyond the .NET SDK.</summary>
[Flags]
public enum Need
{
    Chromium = 1,
    Axe = 2,
    Vnu = 4,
    Pdftoppm = 8,
}

/// <summary>Where the outside tools are, and which of them are missing. .ci/run installs them all.</summary>
public sealed record Tools(string Chromium, string NodeModules, string? Java, bool OnCi)
{
    /// <summary>Debian's chromium; Playwright's own browser download is not used.</summary>
    public const string DefaultChromium = "/usr/bin/chromium";

    public static readonly Tools Here = FromEnvironment(Environment.GetEnvironmentVariable,
        Path.Combine(Repo.Root, "tests", "Site.Browser.Tests", "tools", "node_modules"));

    /// <summary>The tools as the environment names them: SITE_CHROMIUM overrides chromium's path, java is
    /// looked up on PATH, and CI=true (as CI services set it) means nothing may be skipped.</summary>
    public static Tools FromEnvironment(Func<string, string?> variable, string nodeModules) => new(
        variable("SITE_CHROMIUM") is { Length: > 0 } chromium ? chromium : DefaultChromium,
        nodeModules,
        FindOnPath("java", variable("PATH")),
        string.Equals(variable("CI"), "true", StringComparison.OrdinalIgnoreCase));

    public string AxeScript => Path.Combine(NodeModules, "axe-core", "axe.min.js");

    public string VnuJar => Path.Combine(NodeModules, "vnu-jar", "build", "dist", "vnu.jar");

    /// <summary>One line per missing tool, saying how to get it.</summary>
    public IReadOnlyList<string> Missing(Need needs)
    {
        var missing = new List<string>();
        if (needs.HasFlag(Need.Chromium) && !File.Exists(Chromium))
            missing.Add($"chromium is not at {Chromium} (apt-get install chromium fonts-noto-cjk, or set SITE_CHROMIUM)");
        if (needs.HasFlag(Need.Axe) && !File.Exists(AxeScript))
            missing.Add($"axe-core is not at {AxeScript} (npm ci in tests/Site.Browser.Tests/tools)");
        if (needs.HasFlag(Need.Vnu) && !File.Exists(VnuJar))
            missing.Add($"vnu.jar is not at {VnuJar} (npm ci in tests/Site.Browser.Tests/tools)");
        if (needs.HasFlag(Need.Vnu) && Java is null)
            missing.Add("java is not on PATH (apt-get install default-jre-headless)");
        if (needs.HasFlag(Need.Pdftoppm) && Site.Publishing.Imaging.Pdftoppm.Find() is null)
            missing.Add("pdftoppm is not installed (apt-get install poppler-utils, or set SITE_PDFTOPPM)");
        return missing;
    }

    /// <summary>Why a test is skipped, or null to run it. On CI (CI=true) nothing is skipped: a missing tool
    /// must fail the run there, not hide the tests.</summary>
    public string? SkipReason(Need needs) =>
        OnCi || Missing(needs) is not { Count: > 0 } missing
            ? null
            : "skipped, needs what this machine lacks: " + string.Join("; ", missing) + ". CI=true makes this a failure.";

    /// <summary>Fails with the list of missing tools; a test calls this first so that, on CI, the failure says why.</summary>
    public void Require(Need needs)
    {
        if (Missing(needs) is { Count: > 0 } missing)
            throw new InvalidOperationException((OnCi ? "CI=true and " : "") + "missing: " + string.Join("; ", missing));
    }

    public static string? FindOnPath(string name, string? path) =>
        (path ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
}

/// <summary>A fact that runs only where its tools are (see <see cref="Tools.SkipReason"/>).</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute(Need needs = Need.Chromium) => Skip = Tools.Here.SkipReason(needs);
}

/// <summary>A theory that runs only where its tools are (see <see cref="Tools.SkipReason"/>).</summary>
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute(Need needs = Need.Chromium) => Skip = Tools.Here.SkipReason(needs);
}
