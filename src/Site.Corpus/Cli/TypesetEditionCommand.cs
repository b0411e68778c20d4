using Site.Corpus.Typesetting;
using Site.CommandLine;

namespace Site.Corpus.Cli;

/// <summary>`typeset-edition`: one dated edition of the Pinghu paper's material (the seeds' articles) set as PDF
/// pages, filed as an edition folder (01.pdf, 02.pdf, edition.yml saying how it was made): the sample site's
/// page-image edition, made again by this command.</summary>
public static class TypesetEditionCommand
{
    public static int Run(ParsedArguments o, TextWriter stdout)
    {
        var folder = Path.GetFullPath(o.Required("out"));
        var date = o.Date("date") ?? throw new UsageException("--date is required", o.Command);
        var pages = o.Int("pages", 2, min: 1, max: EditionTypesetter.MaxPages);
        var seed = o.Int("seed", 1, min: 0);
        var material = MaterialLibrary.Load(o.String("material") ?? MaterialLibrary.DefaultFolder(RepoRoot.Find()));
        var work = Directory.CreateTempSubdirectory("site-typeset-edition-").FullName;
        try
        {
            var printer = PdfPrinter.Find(Path.Combine(work, "profile"));
            using var session = o.Has("print-each") ? null : PrintSession.Start(printer.Chromium);
            var plans = EditionTypesetter.Write(folder, date, pages, seed, new PagePlanner(material), printer.With(session), work);
            for (var i = 0; i < plans.Count; i++)
                stdout.WriteLine($"page {i + 1}: {plans[i].Articles.Count} articles, {plans[i].Design.Columns} columns ({string.Join(", ", plans[i].SourceIds)})");
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
        stdout.WriteLine($"wrote {pages} PDF pages and edition.yml to {folder}");
        return 0;
    }
}
