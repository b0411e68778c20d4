using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Site.Parsing.Input;
using Site.Scoring;

namespace Site.Corpus.Typesetting;

/// <summary>
/// Makes the pages: for each split, paper and page number a plan, its HTML, its PDF, the text of each
/// extractor and the gold, written as <c>OUT/&lt;split&gt;/&lt;page&gt;.&lt;extractor&gt;.txt</c> and
/// <c>&lt;page&gt;.gold.json</c> (each article with the boxes of the lines it was set in, <see cref="GoldBoxes"/>),
/// with <c>OUT/manifest.json</c> recording each page's design, its source
/// articles and the Kangxi radicals and compatibility ideographs each extractor gave back.
/// </summary>
public sealed class Typesetter(IReadOnlyList<SourceArticle> material, TextWriter log)
{
    public sealed record Options(string Out, int Pages, int Seed, IReadOnlyList<Paper> Papers, bool KeepHtml, int Jobs, bool KeepPdf = false, bool PrintEach = false);

    private sealed record PageResult(PagePlan Plan, int PdfPages, SortedDictionary<string, SortedDictionary<string, int>> Variants);

    public int Run(Options options)
    {
        Directory.CreateDirectory(options.Out);
        var work = Path.Combine(Path.GetTempPath(), $"site-typeset-{Environment.ProcessId}");
        Directory.CreateDirectory(work);
        var planner = new PagePlanner(material);
        var jobs = new List<(string Split, Paper Paper, int Index)>();
        foreach (var split in new[] { PagePlanner.Tune, PagePlanner.Heldout })
            foreach (var paper in options.Papers)
                for (var i = 1; i <= options.Pages; i++) jobs.Add((split, paper, i));
        var results = new PageResult[jobs.Count];
        // One browser prints every page unless each print is to start its own (the path the session is checked against).
        using var session = options.PrintEach ? null : PrintSession.Start(PdfPrinter.Find(Path.Combine(work, "profile")).Chromium);
        try
        {
            Parallel.For(0, jobs.Count, new ParallelOptions { MaxDegreeOfParallelism = options.Jobs }, k =>
            {
                var (split, paper, index) = jobs[k];
                var slot = Path.Combine(work, $"w{Environment.CurrentManagedThreadId}");
                Directory.CreateDirectory(slot);
                var printer = PdfPrinter.Find(Path.Combine(slot, "profile")).With(session);
                var attempts = 0;
                for (var attempt = 0; ; attempt++)
                {
                    attempts = attempt + 1;
                    var plan = planner.Plan(options.Seed, split, paper, index, attempt);
                    results[k] = Make(plan, options, printer, slot);
                    if (results[k].PdfPages == 1 || attempt == PagePlanner.Attempts.Count - 1) break;
                }
                var done = results[k].Plan;
                lock (log) log.WriteLine($"{split}/{done.Name}: {done.Articles.Count} articles, {done.Design.Columns} columns, {results[k].PdfPages} PDF page(s), attempt {attempts}");
            });
        }
        finally
        {
            try { Directory.Delete(work, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
        File.WriteAllBytes(Path.Combine(options.Out, "manifest.json"), Manifest(options, results));
        log.WriteLine($"{results.Length} pages × {PdfPrinter.Extractors.Count} extractors written to {options.Out}");
        return 0;
    }

    private static PageResult Make(PagePlan plan, Options options, PdfPrinter printer, string slot)
    {
        var dir = Path.Combine(options.Out, plan.Split);
        Directory.CreateDirectory(dir);
        var html = HtmlPage.Write(plan, markLines: true);
        var htmlPath = Path.Combine(slot, plan.Name + ".html");
        var pdfPath = Path.Combine(slot, plan.Name + ".pdf");
        File.WriteAllText(htmlPath, html, GoldJson.Utf8);
        printer.Print(htmlPath, pdfPath);
        var variants = new SortedDictionary<string, SortedDictionary<string, int>>(StringComparer.Ordinal);
        var pdfPages = 1;
        foreach (var (name, args) in PdfPrinter.Extractors)
        {
            var text = printer.Extract(pdfPath, args);
            File.WriteAllBytes(Path.Combine(dir, $"{plan.Name}.{name}.txt"), text);
            var found = new SortedDictionary<string, int>(StringComparer.Ordinal);
            foreach (var rune in Encoding.UTF8.GetString(text).EnumerateRunes())
                if (CjkVariants.IsVariant(rune)) found[rune.ToString()] = found.GetValueOrDefault(rune.ToString()) + 1;
            variants[name] = found;
            if (name == "plain") pdfPages = Math.Max(1, Encoding.UTF8.GetString(text).TrimEnd('\f', '\n').Count(c => c == '\f') + 1);
        }
        File.WriteAllBytes(Path.Combine(dir, plan.Name + ".gold.json"), GoldJson.Write(plan, plan.Name, GoldBoxes.Read(pdfPath)));
        // The printed page beside its extractions: `score` reads it by position as the extractor "pdf".
        if (options.KeepPdf) File.Copy(pdfPath, Path.Combine(dir, plan.Name + ".pdf"), overwrite: true);
        if (options.KeepHtml)
        {
            var keep = Path.Combine(options.Out, "html", plan.Split);
            Directory.CreateDirectory(keep);
            File.Copy(htmlPath, Path.Combine(keep, plan.Name + ".html"), overwrite: true);
            File.Copy(pdfPath, Path.Combine(keep, plan.Name + ".pdf"), overwrite: true);
        }
        File.Delete(htmlPath);
        File.Delete(pdfPath);
        return new PageResult(plan, pdfPages, variants);
    }

    /// <summary>A folder as the manifest names it: relative to the working directory when inside it.</summary>
    private static string Shown(string folder) =>
        Path.GetRelativePath(Directory.GetCurrentDirectory(), folder) is var relative && !relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative)
            ? relative : folder;

    private static byte[] Manifest(Options options, IReadOnlyList<PageResult> results)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("command", string.Create(CultureInfo.InvariantCulture,
                $"dotnet run --project src/Site.Corpus -- typeset --out {Shown(options.Out)} --pages {options.Pages} --seed {options.Seed} --papers {string.Join(",", options.Papers.Select(p => p.Id))}"));
            w.WriteStartObject("variantsSeen");
            var all = new SortedDictionary<string, int>(StringComparer.Ordinal);
            foreach (var r in results)
                foreach (var (_, found) in r.Variants)
                    foreach (var (ch, n) in found) all[ch] = all.GetValueOrDefault(ch) + n;
            foreach (var (ch, n) in all) w.WriteString(ch, string.Create(CultureInfo.InvariantCulture, $"{CjkVariants.Unify(ch)} ×{n}"));
            w.WriteEndObject();
            w.WriteStartArray("pages");
            foreach (var r in results)
            {
                var p = r.Plan;
                w.WriteStartObject();
                w.WriteString("page", $"{p.Split}/{p.Name}");
                w.WriteString("paper", p.Paper);
                w.WriteString("designSeed", p.Design.Seed.ToString("x16", CultureInfo.InvariantCulture));
                w.WriteNumber("columns", p.Design.Columns);
                w.WriteBoolean("front", p.Design.Front);
                w.WriteNumber("bodyPt", p.Design.BodyPt);
                w.WriteString("bodyFont", p.Design.BodyFont);
                w.WriteNumber("pdfPages", r.PdfPages);
                w.WriteStartArray("layouts");
                foreach (var b in p.Blocks)
                    w.WriteStringValue(b switch
                    {
                        ArticleBlock a => string.Create(CultureInfo.InvariantCulture,
                            $"{a.Gold.Kind} span {a.Span} headline {a.Placement.ToString().ToLowerInvariant()}{(a.BylineLine is null ? "" : ", byline line")}{(a.Photo is null ? "" : ", photo")}{(a.ColumnLabel is null ? "" : ", label")}{(a.LetterSpaced ? ", letter-spaced" : "")}"),
                        FurnitureBlock f => $"{f.Style} span {f.Span}",
                        TeaserBlock t => $"teaser box span {t.Span}",
                        WeatherBlock wb => $"weather box span {wb.Span}",
                        _ => "?",
                    });
                w.WriteEndArray();
                w.WriteStartArray("sources");
                foreach (var s in p.SourceIds) w.WriteStringValue(s);
                w.WriteEndArray();
                w.WriteStartObject("variants");
                foreach (var (name, found) in r.Variants) w.WriteString(name, string.Concat(found.Select(kv => $"{kv.Key}{kv.Value}")));
                w.WriteEndObject();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }
}
