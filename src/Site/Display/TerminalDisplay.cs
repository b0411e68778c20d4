using Site.Parsing.Diagnostics;
using System.Globalization;
using Site.Publishing.Pipeline;
using Spectre.Console;

namespace Site.Display;

/// <summary>A build shown to a person at a terminal: each stage as a live bar with its count (on
/// stderr), then a table of what the build did (on stdout).</summary>
public sealed class TerminalDisplay(IAnsiConsole progressConsole, IAnsiConsole summaryConsole) : IBuildDisplay
{
    public static TerminalDisplay OnConsole() => new(
        AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) }),
        AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) }));

    public BuildReport Run(Func<IBuildProgress, BuildReport> build) =>
        new Progress(progressConsole)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new CountColumn(), new ElapsedTimeColumn())
            .Start(context => build(new LiveProgress(context)));

    public void Summary(BuildReport report)
    {
        foreach (var w in report.Warnings) progressConsole.MarkupLine($"[yellow]{Markup.Escape(DiagnosticText.Format(w))}[/]");
        foreach (var note in TemplateNotes.Of(report)) progressConsole.MarkupLine($"[blue]note:[/] {Markup.Escape(note)}");
        var table = new Table { Border = TableBorder.Rounded, Title = new TableTitle("built") }
            .AddColumn("").AddColumn(new TableColumn("").RightAligned());
        foreach (var (label, value) in Rows(report)) table.AddRow(Markup.Escape(label), Markup.Escape(value));
        table.ShowHeaders = false;
        summaryConsole.Write(table);
    }

    public static IEnumerable<(string Label, string Value)> Rows(BuildReport r)
    {
        string N(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
        yield return ("editions", N(r.Editions));
        yield return ("editions parsed", N(r.EditionsParsed));
        yield return ("editions rendered", N(r.EditionsRendered));
        yield return ("pages (版)", N(r.Pages));
        yield return ("articles", N(r.Articles));
        yield return ("files written", N(r.FilesWritten));
        yield return ("files unchanged", N(r.FilesUnchanged));
        yield return ("files deleted", N(r.FilesDeleted));
        yield return ("warnings", N(r.Warnings.Length));
        yield return ("templates", TemplateNotes.Row(r));
        yield return ("time", string.Create(CultureInfo.InvariantCulture, $"{r.Elapsed.TotalSeconds:0.00} s"));
    }

    /// <summary>One bar per stage; a stage of unknown length spins until the next one starts.</summary>
    private sealed class LiveProgress(ProgressContext context) : IBuildProgress
    {
        public static readonly object Uncounted = new();
        public static readonly object NothingToDo = new();
        private readonly Lock gate = new();
        private ProgressTask? current;

        public void Stage(string name, int total, int kept = 0)
        {
            lock (gate)
            {
                Finish();
                current = context.AddTask(kept > 0 ? string.Create(CultureInfo.InvariantCulture, $"{name} ({kept} unchanged)") : name, maxValue: Math.Max(total, 1));
                // Nothing to do but what is kept: done at once, counted 0/0.
                current.IsIndeterminate = total == 0 && kept == 0;
                current.Tag = total == 0 && kept == 0 ? Uncounted : total == 0 ? NothingToDo : null;
            }
        }

        public void Advance(int steps = 1)
        {
            lock (gate) current?.Increment(steps);
        }

        public void Done()
        {
            lock (gate) Finish();
        }

        private void Finish()
        {
            if (current is null) return;
            current.IsIndeterminate = false;
            current.Value = current.MaxValue;
            current.StopTask();
        }
    }

    /// <summary>"3/5" for a stage with a known length, nothing for one without.</summary>
    private sealed class CountColumn : ProgressColumn
    {
        public override Spectre.Console.Rendering.IRenderable Render(Spectre.Console.Rendering.RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
            new Text(task.Tag == LiveProgress.Uncounted ? "" : task.Tag == LiveProgress.NothingToDo ? "0/0"
                : string.Create(CultureInfo.InvariantCulture, $"{task.Value:0}/{task.MaxValue:0}"));
    }
}
