using System.Text;
using System.Text.RegularExpressions;

namespace Site.Corpus.Bench;

/// <summary>docs/whole-build-benchmark.md: a fixed preamble (what is measured, how to reproduce), then
/// one results section per kind of build. A run replaces the section of its own kind and keeps the
/// others, so the parse-only figures stay beside the site generator's once it lands.</summary>
public static partial class BenchReport
{
    public static string Table(IEnumerable<BenchRow> rows) => BenchRow.Header + "\n" + string.Join('\n', rows.Select(r => r.Row()));

    /// <summary>The kind of build a run measured: did the full builds write anything to --output?</summary>
    public static (string Key, string Title) Kind(IReadOnlyList<BenchRow> rows) =>
        rows.Any(r => r.Build == "full" && r.Run.Succeeded && r.OutputFiles > 0)
            ? ("site", "Site build (parse, render, write)")
            : ("parse-only", "Parse-only build (before the site generator landed)");

    /// <param name="site">Where the measured site.dll came from.</param>
    public static void Write(string path, IReadOnlyList<BenchRow> rows, Machine machine, string site, string command, IEnumerable<string> notes)
    {
        var (key, title) = Kind(rows);
        var section = new StringBuilder()
            .Append($"<!-- results:{key} -->\n")
            .Append($"## {title}\n\n")
            .Append($"Machine: {machine}.\n\n")
            .Append($"Code: the repository at commit {machine.Commit} (and any uncommitted changes); {site}.\n\n")
            .Append($"Command: `{command}`\n\n")
            .Append(Table(rows)).Append("\n\n");
        foreach (var note in notes) section.Append(note).Append('\n');
        section.Append($"<!-- /results:{key} -->\n");

        var sections = new List<(string Key, string Text)>();
        if (File.Exists(path))
            foreach (Match m in Section().Matches(File.ReadAllText(path)))
                sections.Add((m.Groups[1].Value, m.Value + "\n"));
        var at = sections.FindIndex(s => s.Key == key);
        if (at >= 0) sections[at] = (key, section.ToString());
        else sections.Add((key, section.ToString()));

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, Preamble + "\n\n" + string.Join("\n", sections.Select(s => s.Text)), Output.CorpusWriter.Utf8);
    }

    [GeneratedRegex(@"<!-- results:(\S+) -->.*?<!-- /results:\1 -->", RegexOptions.Singleline)]
    private static partial Regex Section();

    private const string Preamble = """
        # Whole-build benchmark

        How long `site build` takes on a newspaper's whole archive, and how much memory it needs. The
        input is synthetic but made of the real thing: `src/Site.Corpus` parses the five seeds with the
        site's own parser and site.yml, and recombines their headlines, paragraphs and bylines into a daily
        paper — 8 pages a day, 4–8 articles a page (about 48 a day, 17,500 a year, 175,000 in ten years),
        about 45 MB of raw text a year, with a masthead (date, weekday, lunar date, issue number) on page 1,
        some photo items, commentaries, app names and QR prompts, and one page in seven set in narrow,
        hard-wrapped columns. The same arguments give the same bytes, and the parser reads the generated
        articles as they were meant: `site-corpus verify` compares its parse with what was generated,
        article by article (all 175,577 of the ten-year corpus agreed in count, kind, title, byline and
        paragraphs when this benchmark was written).

        Each build runs as a child process, `dotnet src/Site/bin/Release/net10.0/site.dll build --input
        CORPUS --output OUT`, after `src/Site` is built in Release:

        - **wall s**: from starting the process to its exit (runtime start-up included);
        - **CPU s**: user + system time of the child (getrusage, RUSAGE_CHILDREN);
        - **kernel s**: the system part of it: creating files, copying their pages, faults; on this kind of
          host it moves with the machine's state (recent deletions, memory handed back) far more than
          with the build's own work;
        - **peak MB**: the child's peak resident set in MiB (ru_maxrss, or VmHWM polled from /proc every 20 ms);
        - **articles**, **editions**: from the build's own summary line;
        - **load**: the machine's 1-minute load average as the build started (other work slows it down);
        - **raw MB**: the raw page files of the corpus (10^6 bytes);
        - **full**: a build into an empty output folder with an empty build cache (it writes the cache);
          **+1 mid-year**: then the archive is rebuilt without its last day (31 December, not
          measured) and that day added back, into the same output folder with that cache, so the
          edition joins a year that already has an index: the everyday case, which re-indexes its 旬
          (ten days) of the search index; **+1 edition**: then the edition of the day after the last
          is added and the build run again (that day opens a new year: the last year's search units
          fold into one). The new year's builds delete thousands of files each (see below), so they
          run last, after every corpus's full and everyday builds.

        Nothing is deleted while builds are measured. This machine's disk is ext4 without a journal, and
        there the kernel, allocating an inode for a new file, passes one by one over every inode freed in
        the last one to five minutes (`recently_deleted` in fs/ext4/ialloc.c; it shows in a profile):
        after a few hundred thousand deletions, creating files stays several times slower for minutes (the
        same ten-year build took 63 s, 40 s of it in the kernel, three minutes after a benchmark deleted
        its outputs, and 44 s, 16 s in the kernel, on a settled disk; on tmpfs 34 s, 6 s in the kernel).
        Wait five minutes after deleting a large output before measuring. The memory is a second source of
        spread: this host is a virtual machine whose balloon device reports freed pages to the hypervisor
        (free page reporting), so a page the kernel hands out again after a while costs a fault on the host
        when it is first written. A build writes 3.3 GB of new pages into the page cache (or tmpfs) for ten
        years; writing 260,000 files of 13 KB into tmpfs took 6–20 s of kernel time from one run to the next
        on the same machine, against 4.4 s for the same bytes written again into pages just freed. Within the same
        day the same ten-year build on tmpfs took from 34 s (53 s user, 11 s kernel) to 52 s (72 s user, 24 s
        kernel): measure twice, and read the kernel column.
        Leftover folders are renamed aside, and all are deleted at the end of the run. Before each
        measured build the disk's pending writes are flushed (`sync`), so that writing back what the
        previous build wrote is not billed to the next.

        ## How to reproduce

            dotnet run -c Release --project src/Site.Corpus -- bench --years 1,3,10

        Corpora are generated on first use into `/tmp/site-corpus-N` (about 45 MB a year; a marker file
        records the seed, the inputs and the generator's build, and a corpus that does not match is made
        again, all of them before the first build: when one replaced an older corpus, whose files it
        deleted, the run waits six minutes before measuring, `--no-settle` skips the wait); build output goes to `/tmp/site-bench-out-N` and the build cache to `/tmp/site-bench-cache-N`, both deleted at the end of the run unless
        `--keep` is given. `--cache DIR` puts both elsewhere, `--timeout S` bounds each build (default 1800 s),
        `--site-dll PATH` measures an already built site.dll instead of building `src/Site`, `--base-url URL`
        builds a published site (feeds, sitemaps and robots.txt too; the corpus, like the sample, has no base URL), `--note TEXT`
        adds a line to the results, and `--no-doc` leaves this file alone. To look at a corpus, or to check the parser against it:

            dotnet run -c Release --project src/Site.Corpus -- generate --years 1 --out /tmp/corpus
            dotnet run -c Release --project src/Site.Corpus -- verify --out /tmp/corpus --from 2016-03-01 --days 31
            dotnet run --project src/Site -- parse /tmp/corpus/issues/2016-03-01/01.txt

        A run rewrites the results section for its kind of build (parse-only, or the full site) and keeps
        the others.
        """;
}
