using Site.Config;
using Site.Corpus.Checking;
using Site.Corpus.Composition;
using Site.Corpus.Material;
using Site.Corpus.Output;
using Site.Parsing;
using Site.CommandLine;

namespace Site.Corpus.Cli;

/// <summary>`verify`: does the parser read a generated corpus as it was meant? Recomposes the days in
/// memory, checks the files on disk are byte-for-byte that, parses them with DIR/site.yml's rules and
/// compares article by article.</summary>
public static class VerifyCommand
{
    public static int Run(ParsedArguments o, TextWriter stdout)
    {
        var folder = o.Required("out");
        var spec = CorpusOptions.Spec(o, years: 1);
        var from = o.Date("from") ?? spec.Start;
        var days = o.Int("days", 31, min: 1, max: 36600);
        var workspace = Workspace.Load();
        var rules = SiteConfigReader.Load(Path.Combine(folder, "site.yml")).Parser;

        var check = new PlanCheck();
        for (var day = from.DayNumber - spec.Start.DayNumber; day < from.DayNumber - spec.Start.DayNumber + days; day++)
        {
            if (day < 0) throw new UsageException("--from is before --start");
            var edition = EditionComposer.Compose(workspace.Material, spec, day);
            check.Edition(edition);
            var dir = Path.Combine(folder, "issues", CorpusWriter.EditionFolder(edition.Date));
            foreach (var page in edition.Pages)
            {
                var path = Path.Combine(dir, CorpusWriter.PageFile(page.Number));
                if (!File.Exists(path)) throw new InvalidOperationException($"{path}: missing; was the corpus made with these --seed and --start?");
                var bytes = File.ReadAllBytes(path);
                var identical = bytes.AsSpan().SequenceEqual(CorpusWriter.Utf8.GetBytes(page.Text));
                var parsed = IssueParser.Parse(CorpusWriter.Utf8.GetString(bytes), Path.GetFileName(path), rules);
                check.Page(Path.GetRelativePath(folder, path), page, identical, parsed, edition);
            }
        }
        check.Report(stdout, from, from.AddDays(days - 1));
        return check.Perfect ? 0 : 1;
    }
}
