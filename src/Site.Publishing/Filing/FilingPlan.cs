using System.Collections.Immutable;
using System.Globalization;
using Site.Parsing.Diagnostics;
using Site.Parsing.Edition;
using Site.Parsing.Model;
using Site.Publishing.Documents;

namespace Site.Publishing.Filing;

/// <summary>One raw page file and where it is to be filed.</summary>
/// <param name="Label">The masthead's 第NN版 (and page name), when it states one.</param>
public sealed record FiledPage(int Number, string SourcePath, ParsedIssue Issue, PageLabel? Label)
{
    /// <summary>The name it is filed under: 01.txt, or 01.pdf for a page read from a PDF.</summary>
    public string FileName => string.Create(CultureInfo.InvariantCulture, $"{Number:00}{(Issue.Printed.IsDefault ? ".txt" : ".pdf")}");
}

/// <summary>How <c>site add</c> files a set of raw page files: the edition's date and why, and each
/// file's page number. Decided from the parses alone, before anything is written.</summary>
/// <param name="DateReason">Why the date is what it is, in a sentence for edition.yml's comment.</param>
public sealed record FilingPlan(DateOnly Date, string DateReason, int? IssueNumber, ImmutableArray<FiledPage> Pages)
{
    /// <param name="files">The files in the order given, each with its parse.</param>
    /// <param name="givenDate">--date, when given.</param>
    /// <exception cref="InputException">No date, dates that disagree, a file of several pages, or two
    /// files labelled as the same page; the message names the files.</exception>
    public static FilingPlan Make(IReadOnlyList<(string Path, ParsedIssue Issue)> files, DateOnly? givenDate)
    {
        foreach (var (path, issue) in files)
        {
            var pages = issue.Articles.Select(a => a.Page).Concat(issue.Noise.Select(n => n.Page)).Distinct().Count();
            if (pages > 1)
                throw new InputException(path, 0, InputCodes.Filing, $"holds {pages} pages (form feeds between them)", "add one file per page");
        }
        var (date, reason) = ChooseDate(files, givenDate);
        return new FilingPlan(date, reason, files.Select(f => f.Issue.Edition.IssueNumber).FirstOrDefault(n => n is not null),
            Number(files));
    }

    private static (DateOnly Date, string Reason) ChooseDate(IReadOnlyList<(string Path, ParsedIssue Issue)> files, DateOnly? given)
    {
        var stated = files.Where(f => f.Issue.Edition.Date is not null).ToList();
        var dates = stated.Select(f => f.Issue.Edition.Date!.Value).Distinct().ToList();
        if (dates.Count > 1)
            throw new InputException(stated.Select(f => Diagnostic.Error(f.Path, MastheadLine(f.Issue), InputCodes.Filing,
                string.Create(CultureInfo.InvariantCulture, $"the mastheads disagree on the date: this one says {f.Issue.Edition.Date:yyyy-MM-dd}"))));
        if (dates.Count == 1)
        {
            var (path, issue) = stated[0];
            if (given is { } g && g != dates[0])
                throw new InputException(path, MastheadLine(issue), InputCodes.Filing,
                    string.Create(CultureInfo.InvariantCulture, $"the masthead says {dates[0]:yyyy-MM-dd}, but --date says {g:yyyy-MM-dd}"),
                    "drop --date, or check that this is the right file");
            var text = issue.Noise.FirstOrDefault(n => n.Reason == NoiseReason.Masthead)?.Text ?? "";
            return (dates[0], $"The masthead of {Path.GetFileName(path)} states the date: {text}.");
        }
        if (given is { } date)
            return (date, string.Create(CultureInfo.InvariantCulture,
                $"No masthead states the date; {date:yyyy-MM-dd} was given with --date. Say here how it was established."));
        throw new InputException(files.Select(f => Diagnostic.Error(f.Path, 0, InputCodes.Filing, "no masthead states the date", "give it with --date YYYY-MM-DD")));
    }

    /// <summary>Each file's number from its masthead's 第NN版; files without one take the lowest free
    /// numbers in the order given.</summary>
    private static ImmutableArray<FiledPage> Number(IReadOnlyList<(string Path, ParsedIssue Issue)> files)
    {
        var labelled = files.Select(f => (f.Path, f.Issue, Label: PageLabel.Read(f.Issue))).ToList();
        var twice = labelled.Where(f => f.Label is not null).GroupBy(f => f.Label!.Number).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
            throw new InputException(twice.Select(f => Diagnostic.Error(f.Path, MastheadLine(f.Issue), InputCodes.Filing,
                string.Create(CultureInfo.InvariantCulture, $"the masthead says 第{twice.Key:00}版, as {string.Join(" and ", twice.Where(o => o.Path != f.Path).Select(o => o.Path))} does"))));
        var taken = labelled.Where(f => f.Label is not null).Select(f => f.Label!.Number).ToHashSet();
        var next = 1;
        var pages = new List<FiledPage>();
        foreach (var (path, issue, label) in labelled)
        {
            if (label is not null)
            {
                pages.Add(new FiledPage(label.Number, path, issue, label));
                continue;
            }
            while (taken.Contains(next)) next++;
            taken.Add(next);
            pages.Add(new FiledPage(next, path, issue, null));
        }
        return [.. pages.OrderBy(p => p.Number)];
    }

    private static int MastheadLine(ParsedIssue issue) => issue.Noise.FirstOrDefault(n => n.Reason == NoiseReason.Masthead)?.Line ?? 1;
}
