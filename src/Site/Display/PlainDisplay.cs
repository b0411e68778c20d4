using System.Diagnostics;
using System.Globalization;
using Site.CommandLine;
using Site.Publishing.Pipeline;

namespace Site.Display;

/// <summary>A build shown as plain lines: one per stage, and a count every two seconds on long stages,
/// on stderr; the summary as one line on stdout. Fit for CI logs and redirected output.</summary>
public sealed class PlainDisplay(TextWriter stdout, TextWriter stderr) : IBuildDisplay
{
    public BuildReport Run(Func<IBuildProgress, BuildReport> build) => build(new PlainProgress(stderr));

    public void Summary(BuildReport report)
    {
        DiagnosticLines.Write(stderr, report.Warnings);
        foreach (var note in TemplateNotes.Of(report)) stderr.WriteLine($"note: {note}");
        stdout.WriteLine(Line(report));
    }

    public static string Line(BuildReport report) => string.Create(CultureInfo.InvariantCulture,
        $"{Counted.Of(report.Editions, "edition")}, {Counted.Of(report.Pages, "page")}, {Counted.Of(report.Articles, "article")}; {Counted.Of(report.FilesWritten, "file")} written, {report.FilesUnchanged} unchanged, {report.FilesDeleted} deleted; {Counted.Of(report.EditionsParsed, "edition")} parsed; {Counted.Of(report.Warnings.Length, "warning")}, 0 errors in {report.Elapsed.TotalSeconds:0.00} s");

    private sealed class PlainProgress(TextWriter o) : IBuildProgress
    {
        private static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);
        private readonly Lock gate = new();
        private readonly Stopwatch clock = Stopwatch.StartNew();
        private TimeSpan lastLine;
        private string stage = "";
        private int total;
        private int done;

        public void Stage(string name, int total, int kept = 0)
        {
            lock (gate)
            {
                (stage, this.total, done) = (name, total, 0);
                Write(total > 0 || kept > 0 ? $"{name}: {total} to do{(kept > 0 ? $", {kept} unchanged" : "")}" : name);
            }
        }

        public void Advance(int steps = 1)
        {
            lock (gate)
            {
                done += steps;
                if (clock.Elapsed - lastLine >= Interval) Write(total > 0 ? $"{stage}: {done}/{total}" : $"{stage}: {done}");
            }
        }

        public void Done()
        {
            lock (gate) Write("done");
        }

        private void Write(string text)
        {
            lastLine = clock.Elapsed;
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"… {text} ({clock.Elapsed.TotalSeconds:0.0} s)"));
        }
    }
}
