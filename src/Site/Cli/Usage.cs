namespace Site.Cli;

public static class Usage
{
    public static int Print(TextWriter o, int exitCode)
    {
        o.WriteLine("""
            usage:
              site build [--input input] [--output output] [--base-url URL] [--themes themes]
                         [--config site.yml] [--cache .site-cache | --no-cache] [--strict]
                         [--interpret-templates]
                  build the whole site from the input folder into the output folder; with the
                  cache (the default) only what changed since the last build is parsed and rendered;
                  --strict: warnings fail the build too; --interpret-templates: render with
                  Scriban's interpreter, not the compiled templates (same bytes, slower)
              site check [--output output] [--base-url URL] [--input input] [--config site.yml]
                  check a built site: links, assets, well-formed pages (absolute links must start
                  with the base URL, from --base-url or site.yml)
              site serve [--port 5080] [--input input] [--output output] [--themes themes]
                  build (taking build's options too), serve the output on http://127.0.0.1:5080/
                  and rebuild on every change to the input or the themes; open pages reload
                  themselves; Ctrl+C stops
              site add FILE... [--date YYYY-MM-DD] [--force] [--input input] [--config site.yml]
                  file raw pages as input/issues/YYYY-MM-DD/NN.txt (PDF pages as NN.pdf; a PDF of
                  several pages is filed page by page) with a starting edition.yml;
                  the date from the masthead, else --date; page numbers from 第NN版, else the order
                  given; an existing edition only with --force (its edition.yml is kept)
              site parse FILE [--json | --text] [--config site.yml]
                  print the parse of one raw issue, text or PDF (--json: the parse-output
                  contract; --text: the text the parser reads, a PDF's lines in reading order)

            exit codes: 0 success, 1 the input has errors, 2 bad usage
            """);
        return exitCode;
    }
}
