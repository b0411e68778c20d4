using Site.CommandLine;
using static Site.CommandLine.OptionSpec;

namespace Site.Corpus.Cli;

/// <summary>The command line of `site-corpus`: every verb and option, and what each does.</summary>
public static class Commands
{
    private static readonly OptionSpec Seed = Valued("seed", "42", "the random seed the corpus is composed with");
    private static readonly OptionSpec Start = Valued("start", "2016-01-01", "the date of the corpus's first edition");
    private static readonly OptionSpec Material = Valued("material", "DIR", "the articles to set (default: the repository's material)");

    private static readonly OptionSpec PrintEach = Flag("print-each", "start chromium for each print, not one browser for all (slower; the same pages)");

    public static readonly CommandSpec Generate = new("generate", null, 0, 0,
        "writes N years of daily editions (8 pages, ~48 articles a day) built from seeds/ into DIR", "",
        [Valued("years", "1", "how many years of editions"), Needed("out", "DIR", "the folder to write"), Seed, Start,
         Flag("force", "replace DIR/issues if it exists")]);

    public static readonly CommandSpec Verify = new("verify", null, 0, 0,
        """
        recomposes those days, checks DIR's files are byte-identical, parses them and compares
        what the parser finds with what was generated
        """, "",
        [Needed("out", "DIR", "the corpus folder"), Seed, Start,
         Valued("from", "DATE", "the first day to verify (default: the corpus's first)"), Valued("days", "31", "how many days")]);

    public static readonly CommandSpec Bench = new("bench", null, 0, 0,
        """
        times `site build` (full, then after one more edition) on generated corpora and writes
        docs/whole-build-benchmark.md
        """, "",
        [Valued("years", "1,3,10", "the corpus sizes, in years"), Seed, Start, Valued("cache", "/tmp", "where the corpora are kept between runs"),
         Valued("timeout", "1800", "seconds a build may take"), Valued("site-dll", "PATH", "the site.dll to time (default: built in Release)"),
         Valued("base-url", "URL", "build a published site (feeds, sitemaps)"), Valued("note", "TEXT", "a line for the report"),
         Flag("keep", "keep the built sites"), Flag("no-doc", "do not write the report"), Flag("no-settle", "do not wait for deleted files to settle")]);

    public static readonly CommandSpec BenchPdf = new("bench-pdf", null, 0, 0,
        """
        typesets a run of daily PDF editions (kept in DIR, so they are made once), times `site build`
        from empty and after one more edition, and text extraction and rendering in pages per second
        """, "",
        [Needed("cache", "DIR", "where the editions are kept between runs (DIR/YYYY-MM-DD) and the site is built"),
         Valued("editions", "365", "how many daily editions"), Valued("pages", "8", "pages per edition"),
         Valued("start", "2023-01-01", "the first edition's date"), Valued("jobs", "cores", "editions typeset at once"),
         Valued("sample", "40", "pages whose extraction and rendering are timed"), Valued("timeout", "7200", "seconds a build may take"),
         Valued("site-dll", "PATH", "the site.dll to time (default: built in Release)"), Material]);

    public static readonly CommandSpec Typeset = new("typeset", null, 0, 0,
        """
        lays real articles out as newspaper pages (HTML), prints them with headless chromium and
        extracts each PDF with pdftotext (plain, -layout, -raw): DIR/tune|heldout/PAGE.EXTRACTOR.txt,
        PAGE.gold.json (with every article's line boxes), DIR/manifest.json; --pages is per paper and
        split; --pdf keeps PAGE.pdf beside them (scored as the extractor "pdf": the page read by position)
        """, "",
        [Needed("out", "DIR", "the folder to write"), Valued("pages", "4", "pages per paper and split"), Seed,
         Valued("papers", "pinghu,national,overseas", "which papers"), Valued("jobs", "1", "pages typeset at once"), Material,
         Flag("keep-html", "keep each page's HTML"), Flag("pdf", "keep each page's PDF"), PrintEach]);

    public static readonly CommandSpec TypesetEdition = new("typeset-edition", null, 0, 0,
        """
        sets the Pinghu material (the seeds' articles) as one dated edition of PDF pages: DIR/01.pdf, …
        and an edition.yml saying how they were made (the sample site's page-image edition)
        """, "",
        [Needed("out", "DIR", "the edition folder to write"), Needed("date", "YYYY-MM-DD", "the edition's date"),
         Valued("pages", "2", "how many pages"), Valued("seed", "1", "the random seed"), Material, PrintEach]);

    public static readonly CommandSpec Score = new("score", "DIR", 1, 1,
        """
        parses every page under DIR/tune and DIR/heldout with the current parser (default rules) and
        prints article F1, perfect articles, exact titles and bylines, noise leaked and furniture taken
        as a headline per split × paper × extractor; for pages read from PDF, the share of matched
        articles whose regions cover every line of their text (from the gold's line boxes) and those
        that do not
        """, "", []);

    public static readonly ProgramSpec Program = new("site-corpus", [Generate, Verify, Bench, BenchPdf, Typeset, TypesetEdition, Score],
        "exit codes: 0 success, 1 failure, 2 bad usage\n");
}
