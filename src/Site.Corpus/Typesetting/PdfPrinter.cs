using System.Diagnostics;
using System.Text;

namespace Site.Corpus.Typesetting;

/// <summary>
/// Prints an HTML page to PDF with headless chromium (Debian's <c>chromium</c>, fonts-noto-cjk) and extracts
/// its text with poppler's <c>pdftotext</c> in three modes. Every child process is bounded by a timeout and
/// killed (itself and its children) if it overruns. With a <see cref="PrintSession"/> the pages are printed in
/// that one browser; without, each print starts chromium (<c>--print-to-pdf</c>).
/// </summary>
public sealed class PdfPrinter(string chromium, string pdftotext, string profileDir, PrintSession? session = null)
{
    /// <summary>The extractors: a name (the file's middle part) and pdftotext's options.</summary>
    public static readonly IReadOnlyList<(string Name, string[] Args)> Extractors =
    [
        ("plain", []),
        ("layout", ["-layout"]),
        ("raw", ["-raw"]),
    ];

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    public static PdfPrinter Find(string profileDir)
    {
        static string Which(string name, string? env) =>
            env is { Length: > 0 } given ? given
            : new[] { "/usr/bin", "/usr/local/bin", "/bin" }.Select(d => Path.Combine(d, name)).FirstOrDefault(File.Exists)
              ?? throw new InvalidOperationException($"{name} is not installed (Debian: apt-get install {(name == "pdftotext" ? "poppler-utils" : "chromium fonts-noto-cjk")})");
        return new PdfPrinter(Which("chromium", Environment.GetEnvironmentVariable("CHROMIUM")),
            Which("pdftotext", Environment.GetEnvironmentVariable("PDFTOTEXT")), profileDir);
    }

    /// <summary>The browser's program, to start a <see cref="PrintSession"/> with.</summary>
    public string Chromium => chromium;

    /// <summary>This printer printing in <paramref name="browser"/> (null: a chromium per print).</summary>
    public PdfPrinter With(PrintSession? browser) => new(chromium, pdftotext, profileDir, browser);

    public void Print(string htmlPath, string pdfPath)
    {
        if (session is not null)
        {
            session.Print(htmlPath, pdfPath);
            return;
        }
        if (File.Exists(pdfPath)) File.Delete(pdfPath);
        Run(chromium,
        [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--disable-dev-shm-usage",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-extensions", "--mute-audio", $"--user-data-dir={profileDir}",
            $"--print-to-pdf={pdfPath}", new Uri(Path.GetFullPath(htmlPath)).AbsoluteUri,
        ]);
        if (!File.Exists(pdfPath)) throw new InvalidOperationException($"chromium wrote no PDF for {htmlPath}");
    }

    /// <summary>The PDF's text as pdftotext gives it in the mode named (UTF-8, its own line ends and form feeds).</summary>
    public byte[] Extract(string pdfPath, IReadOnlyList<string> args)
    {
        var outPath = pdfPath + ".txt";
        Run(pdftotext, ["-enc", "UTF-8", .. args, pdfPath, outPath]);
        var bytes = File.ReadAllBytes(outPath);
        File.Delete(outPath);
        return bytes;
    }

    private static void Run(string exe, IReadOnlyList<string> args)
    {
        var info = new ProcessStartInfo(exe)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var a in args) info.ArgumentList.Add(a);
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"cannot start {exe}");
        var stderr = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{Path.GetFileName(exe)} did not finish in {Timeout.TotalSeconds} s");
        }
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{Path.GetFileName(exe)} failed ({process.ExitCode}): {stderr.Result.Trim()}");
    }
}
