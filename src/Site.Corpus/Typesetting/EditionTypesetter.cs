using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Site.Parsing.Pdf;

namespace Site.Corpus.Typesetting;

/// <summary>One dated edition of the Pinghu paper's material (the seeds' articles) set as PDF pages and filed as an
/// edition folder: 01.pdf, 02.pdf, … and an edition.yml saying how it was made. What `typeset-edition` writes
/// (the sample's page-image edition), and each day of `bench-pdf`'s year.</summary>
public static class EditionTypesetter
{
    /// <summary>Writes the edition into <paramref name="folder"/>, printing in <paramref name="work"/> (a folder of
    /// this call's own).</summary>
    /// <returns>Each page's plan, in page order.</returns>
    public static IReadOnlyList<PagePlan> Write(string folder, DateOnly date, int pages, int seed, PagePlanner planner, PdfPrinter printer, string work)
    {
        var paper = Paper.ById("pinghu");
        Directory.CreateDirectory(folder);
        Directory.CreateDirectory(work);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var plans = new List<PagePlan>();
        for (var number = 1; number <= pages; number++)
        {
            var slot = new PagePlanner.EditionSlot(date, number, used);
            PagePlan plan = null!;
            var pdf = Path.Combine(work, $"{number:00}.pdf");
            // A page whose articles overflow it is planned again with less text, as `typeset` does.
            for (var attempt = 0; attempt < PagePlanner.Attempts.Count; attempt++)
            {
                plan = planner.Plan(seed, PagePlanner.Tune, paper, number, attempt, slot);
                var html = Path.Combine(work, $"{number:00}.html");
                File.WriteAllText(html, HtmlPage.Write(plan), new UTF8Encoding(false));
                printer.Print(html, pdf);
                if (PdfPages.Count(File.ReadAllBytes(pdf)) == 1) break;
            }
            File.Copy(pdf, Path.Combine(folder, $"{number:00}.pdf"), overwrite: true);
            used.UnionWith(plan.SourceIds);
            plans.Add(plan);
        }
        File.WriteAllText(Path.Combine(folder, "edition.yml"), Manifest(date, pages, seed, [.. plans.Select((p, i) => PageName(p, i + 1))]), new UTF8Encoding(false));
        return plans;
    }

    /// <summary>Page names of the sample's site.yml, in the order a 平湖版 prints its pages.</summary>
    private static readonly string[] PageNames = ["要闻", "综合", "经济", "民生", "县域", "文化", "体育", "副刊"];

    /// <summary>The most pages an edition has: one name each.</summary>
    public static int MaxPages => PageNames.Length;

    /// <summary>The name the page's folio prints ("二版 文化"), when it is one of the sample's sections; else the
    /// page's name in order.</summary>
    private static string PageName(PagePlan plan, int number) =>
        plan.Header.SelectMany(h => h.Lines).Select(l => Regex.Match(l, @"版\s*(\S{2,4})$"))
            .Where(m => m.Success && PageNames.Contains(m.Groups[1].Value)).Select(m => m.Groups[1].Value).FirstOrDefault()
        ?? PageNames[number - 1];

    private static string Manifest(DateOnly date, int pages, int seed, IReadOnlyList<string> names)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"""
            # Typeset from the seeds, not a printed edition. The articles of the seeds (as annotated for the
            # typesetter in src/Site.Corpus/Typesetting/Material/pinghu) laid out as {pages} PDF pages by
            #   dotnet run --project src/Site.Corpus -- typeset-edition --out input/issues/{date:yyyy-MM-dd} --date {date:yyyy-MM-dd} --pages {pages} --seed {seed}
            # to show pages read from PDF: the page image with its articles' areas. The layout, the grey photo
            # boxes, the 导读 box, weather, advertisements, slogans and any photographer a seed does not name are
            # the typesetter's inventions; only the articles' words are the paper's.

            """);
        sb.Append("pages:\n");
        for (var i = 0; i < names.Count; i++) sb.Append(CultureInfo.InvariantCulture, $"  {i + 1}: {names[i]}\n");
        return sb.ToString();
    }
}
