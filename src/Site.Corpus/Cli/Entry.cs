using Site.Config;
using Site.Parsing.Input;

namespace Site.Corpus.Cli;

/// <summary>Dispatches a verb; exit codes: 0 success, 1 failure, 2 bad usage.</summary>
public static class Entry
{
    public const string Usage = """
        usage:
          site-corpus generate --years N --out DIR [--seed 42] [--start 2016-01-01] [--force]
              writes N years of daily editions (8 pages, ~48 articles a day) built from seeds/ into DIR
          site-corpus verify --out DIR [--seed 42] [--start 2016-01-01] [--from DATE] [--days 31]
              recomposes those days, checks DIR's files are byte-identical, parses them and compares
              what the parser finds with what was generated
          site-corpus bench [--years 1,3,10] [--seed 42] [--start 2016-01-01] [--cache /tmp]
                            [--timeout 1800] [--site-dll PATH] [--base-url URL] [--note TEXT] [--keep] [--no-doc] [--no-settle]
              times `site build` (full, then after one more edition) on generated corpora and writes
              docs/whole-build-benchmark.md
          site-corpus typeset --out DIR [--pages 4] [--seed 42] [--papers pinghu,national,overseas] [--jobs 1]
                              [--material DIR] [--keep-html] [--pdf]
              lays real articles out as newspaper pages (HTML), prints them with headless chromium and
              extracts each PDF with pdftotext (plain, -layout, -raw): DIR/tune|heldout/PAGE.EXTRACTOR.txt,
              PAGE.gold.json, DIR/manifest.json; --pages is per paper and split; --pdf keeps PAGE.pdf beside
              them (scored as the extractor "pdf": the page read by position)
          site-corpus typeset-edition --out DIR --date YYYY-MM-DD [--pages 2] [--seed 1] [--material DIR]
              sets the Pinghu material (the seeds' articles) as one dated edition of PDF pages: DIR/01.pdf, …
              and an edition.yml saying how they were made (the sample site's page-image edition)
          site-corpus score DIR
              parses every page under DIR/tune and DIR/heldout with the current parser (default rules) and
              prints article F1, perfect articles, exact titles and bylines, noise leaked and furniture taken
              as a headline per split × paper × extractor
        """;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            return args switch
            {
                ["generate", .. var rest] => GenerateCommand.Run(rest, stdout),
                ["verify", .. var rest] => VerifyCommand.Run(rest, stdout),
                ["bench", .. var rest] => BenchCommand.Run(rest, stdout, stderr),
                ["typeset", .. var rest] => TypesetCommand.Run(rest, stdout),
                ["typeset-edition", .. var rest] => TypesetEditionCommand.Run(rest, stdout),
                ["score", .. var rest] => ScoreCommand.Run(rest, stdout),
                ["help" or "--help" or "-h"] => Print(stdout, 0),
                _ => Print(stderr, 2),
            };
        }
        catch (UsageException e)
        {
            stderr.WriteLine($"error: {e.Message}");
            return Print(stderr, 2);
        }
        catch (Exception e) when (e is IssueFileException or ConfigException or IOException or InvalidOperationException)
        {
            stderr.WriteLine($"error: {e.Message}");
            return 1;
        }
    }

    private static int Print(TextWriter writer, int code)
    {
        writer.WriteLine(Usage);
        return code;
    }
}
