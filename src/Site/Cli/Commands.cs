using Site.CommandLine;
using static Site.CommandLine.OptionSpec;

namespace Site.Cli;

/// <summary>The command line of `site`: every verb and option, and what each does. Usage, each verb's help,
/// "did you mean" and the parsing all come from here.</summary>
public static class Commands
{
    private static readonly OptionSpec Input = Valued("input", "input", "the input folder: site.yml, issues/, theme/");
    private static readonly OptionSpec Output = Valued("output", "output", "the folder the site is written to");
    private static readonly OptionSpec BaseUrl = Valued("base-url", "URL", "the absolute http(s) URL the site is published at; overrides site.yml's baseUrl");
    private static readonly OptionSpec Themes = Valued("themes", "themes", "the folder of themes (themes/ here, else the themes beside the program)");
    private static readonly OptionSpec Config = Valued("config", "site.yml", "site.yml to use (default: the one in the input folder)");

    /// <summary>The options `serve` takes from `build`.</summary>
    private static readonly OptionSpec[] BuildOptions =
    [
        Input, Output, BaseUrl, Themes, Config,
        Valued("cache", ".site-cache", "where the build keeps what lets the next one redo only what changed", excludes: "no-cache"),
        Flag("no-cache", "build from scratch, reading and writing no cache", excludes: "cache"),
        Flag("strict", "warnings fail the build too (for CI)"),
        Flag("interpret-templates", "render with Scriban's interpreter, not the compiled templates (same bytes, slower)"),
    ];

    public static readonly CommandSpec Build = new("build", null, 0, 0,
        """
        build the whole site from the input folder into the output folder; with the
        cache (the default) only what changed since the last build is parsed and rendered
        """,
        """
        A build that fails (exit 1) names each file and line and leaves the output folder
        as it was; files whose bytes did not change are not rewritten.
        """,
        [.. BuildOptions]);

    public static readonly CommandSpec Check = new("check", null, 0, 0,
        """
        check a built site: links, assets, well-formed pages (absolute links must start
        with the base URL, from --base-url or site.yml)
        """,
        "",
        [Output, BaseUrl, Input, Config]);

    public static readonly CommandSpec Serve = new("serve", null, 0, 0,
        """
        build (taking build's options too), serve the output on http://127.0.0.1:5080/
        and rebuild on every change to the input or the themes; open pages reload
        themselves; Ctrl+C stops
        """,
        "",
        [Valued("port", "5080", "the port on 127.0.0.1 to serve at"), .. BuildOptions]);

    public static readonly CommandSpec Add = new("add", "FILE...", 1, int.MaxValue,
        """
        file raw pages as input/issues/YYYY-MM-DD/NN.txt (PDF pages as NN.pdf; a PDF of
        several pages is filed page by page) with a starting edition.yml;
        the date from the masthead, else --date; page numbers from 第NN版, else the order
        given; an existing edition only with --force (its edition.yml is kept)
        """,
        "It prints what each page parses to, so a bad parse is seen before it is published.",
        [
            Valued("date", "YYYY-MM-DD", "the edition's date when no masthead states it (one that disagrees is an error)"),
            Flag("force", "add the pages into an edition already filed, keeping its edition.yml"),
            Input, Config,
        ]);

    public static readonly CommandSpec Parse = new("parse", "FILE", 1, 1,
        """
        print the parse of one raw issue, text or PDF (--json: the parse-output
        contract; --text: the text the parser reads, a PDF's lines in reading order)
        """,
        "Warnings go to stderr with --json.",
        [
            Flag("json", "the parse as JSON, in the shape of the parse contract", excludes: "text"),
            Flag("text", "the text the parser reads (for a PDF, its lines in reading order)", excludes: "json"),
            Config, Input,
        ]);

    public static readonly ProgramSpec Site = new("site", [Build, Check, Serve, Add, Parse],
        "exit codes: 0 success, 1 the input has errors, 2 bad usage\n");
}
