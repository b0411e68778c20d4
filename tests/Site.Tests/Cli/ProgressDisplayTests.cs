using Site.Parsing.Diagnostics;
using System.Collections.Immutable;
using System.Diagnostics;
using Site.Display;
using Site.Testing;
using Site.Publishing.Pipeline;
using Spectre.Console;

namespace Site.Tests.Cli;

/// <summary>A build shows its stages and a summary: live on a terminal, plain lines (no escapes, no
/// animation) when its output goes to a file or a CI log.</summary>
[Trait("Speed", "Slow")]
public sealed class ProgressDisplayTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("site-progress-").FullName;

    [Fact]
    public async Task A_build_with_redirected_output_prints_plain_lines_only()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "site.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = folder };
        foreach (var a in new[] { "exec", dll, "build", "--input", Path.Combine(Repo.Root, "input"), "--output", Path.Combine(folder, "out"), "--themes", Path.Combine(Repo.Root, "themes") })
            start.ArgumentList.Add(a);
        // As at a colour terminal, but redirected: only the redirection may turn the animation off.
        start.Environment.Remove("CI");
        start.Environment["TERM"] = "xterm-256color";
        using var process = Process.Start(start)!;
        var stderrTask = process.StandardError.ReadToEndAsync();
        var stdout = await process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        var stderr = await stderrTask;
        Assert.True(process.ExitCode == 0, stdout + stderr);

        Assert.DoesNotContain('\u001b', stdout + stderr);
        Assert.DoesNotContain('\r', stdout + stderr);
        Assert.Matches(@"^6 editions, 7 pages, \d+ articles; \d+ files written, 0 unchanged, 0 deleted; 6 editions parsed; 1 warning, 0 errors in \d+\.\d\d s\n$", stdout);
        // On a slow machine a long stage also prints its count every two seconds ("… site-wide pages: 12/46 (2.0 s)").
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var counts = new System.Text.RegularExpressions.Regex(@"^… [a-z -]+: \d+/\d+ \(\d+\.\d s\)$");
        // A machine without pdftoppm also gets a note saying what to install for the sample's PDF pages.
        var stages = lines.Where(l => !counts.IsMatch(l) && !l.StartsWith("note: ", StringComparison.Ordinal));
        Assert.Collection(stages,
            l => Assert.StartsWith("… parse and render editions: 6 to do (", l, StringComparison.Ordinal),
            l => Assert.Matches(@"^… site-wide pages: \d+ to do \(", l),
            l => Assert.StartsWith("… check links (", l, StringComparison.Ordinal),
            l => Assert.StartsWith("… write (", l, StringComparison.Ordinal),
            l => Assert.StartsWith("… done (", l, StringComparison.Ordinal),
            l => Assert.StartsWith("warning no-base-url: no base URL", l, StringComparison.Ordinal));   // the sample has none
    }

    [Fact]
    public void Warnings_name_their_file_and_line_in_both_displays()
    {
        var report = Report([Diagnostic.Warning("input/issues/2025-08-04/01.txt", 12, "parse", "a warning")]);
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        new PlainDisplay(stdout, stderr).Summary(report);
        Assert.Equal("input/issues/2025-08-04/01.txt:12: warning parse: a warning\n", stderr.ToString());

        var (progress, summary) = (new StringWriter(), new StringWriter());
        Live(progress, summary).Summary(report);
        Assert.Matches(@"input/issues/2025-08-04/01\.txt:12: warning parse: a warning", progress.ToString());
    }

    [Fact]
    public void On_a_terminal_each_stage_shows_its_count_and_the_summary_is_a_table()
    {
        var (progress, summary) = (new StringWriter(), new StringWriter());
        var display = Live(progress, summary);
        var report = display.Run(p =>
        {
            p.Stage(BuildStages.Editions, 5);
            for (var i = 0; i < 5; i++) p.Advance();
            p.Stage(BuildStages.SiteWide, 46);
            p.Advance(46);
            p.Stage(BuildStages.Check, 0);
            p.Stage(BuildStages.Write, 0);
            p.Done();
            return Report([]);
        });
        display.Summary(report);

        var shown = progress.ToString();
        Assert.Contains('\u001b', shown);
        foreach (var stage in new[] { BuildStages.Editions, BuildStages.SiteWide, BuildStages.Check, BuildStages.Write })
            Assert.Contains(stage, shown, StringComparison.Ordinal);
        Assert.Contains("5/5", shown, StringComparison.Ordinal);
        Assert.Contains("46/46", shown, StringComparison.Ordinal);
        var table = summary.ToString();
        foreach (var (label, value) in new[] { ("editions", "5"), ("articles", "34"), ("files written", "99"), ("files unchanged", "1"), ("files deleted", "2"), ("warnings", "0"), ("templates", "compiled"), ("time", "1.25 s") })
            Assert.Matches($@"│ {label} +│ +{System.Text.RegularExpressions.Regex.Escape(value)} │", table);
    }

    [Fact]
    public void Templates_left_to_the_interpreter_are_a_note_naming_why_in_both_displays()
    {
        var report = Report([]) with
        {
            TemplatesInterpretedBecause = "input/theme/pages/article.html(3,4): this expression (`x | string.upcase`) is outside what the template compiler takes",
        };
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        new PlainDisplay(stdout, stderr).Summary(report);
        Assert.Equal($"note: the templates were interpreted by Scriban, which is slower: {report.TemplatesInterpretedBecause}\n", stderr.ToString());

        var (progress, summary) = (new StringWriter(), new StringWriter());
        Live(progress, summary).Summary(report with { TemplateFallbacks = 2, FirstTemplateFallback = "pages/page: member label of null" });
        var shown = progress.ToString().ReplaceLineEndings("");   // the terminal wraps long lines
        Assert.Contains("article.html(3,4)", shown, StringComparison.Ordinal);
        Assert.Contains("2 pages were rendered by the interpreter; the first: pages/page: member label of null", shown, StringComparison.Ordinal);
        Assert.Matches(@"│ templates +│ +interpreted │", summary.ToString());
    }

    private static TerminalDisplay Live(StringWriter progress, StringWriter summary) => new(Console(progress), Console(summary));

    private static IAnsiConsole Console(StringWriter o) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(o),
        Ansi = AnsiSupport.Yes,
        Interactive = InteractionSupport.Yes,
        ColorSystem = ColorSystemSupport.Standard,
    });

    private static BuildReport Report(ImmutableArray<Diagnostic> warnings) =>
        new(5, 5, 34, 99, 1, 2, warnings, TimeSpan.FromSeconds(1.25));

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
