using Site.Testing;
using System.Text.Json;
using Site.Cli;

namespace Site.Tests.Cli;

/// <summary>The command line of contracts/cli.md: verbs, output, exit codes.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("site-cli-").FullName;

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var (o, e) = (new StringWriter(), new StringWriter());
        int code;
        var cwd = Environment.CurrentDirectory;
        try
        {
            Environment.CurrentDirectory = Repo.Root;
            code = Entry.Run(args, o, e);
        }
        finally
        {
            Environment.CurrentDirectory = cwd;
        }
        return (code, o.ToString(), e.ToString());
    }

    [Fact]
    public void Parse_json_prints_the_contract_shape()
    {
        var (code, output, _) = Run("parse", "seeds/004_1b195415e26a939e.txt", "--json");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.Equal(["source", "edition", "articles", "noise"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("2025-08-04", root.GetProperty("edition").GetProperty("date").GetString());
        Assert.Equal(5, root.GetProperty("articles").GetArrayLength());
    }

    [Fact]
    public void Parse_without_json_prints_a_readable_summary()
    {
        var (code, output, _) = Run("parse", "seeds/002_7db74296a52279ee.txt");
        Assert.Equal(0, code);
        Assert.Contains("7 articles", output, StringComparison.Ordinal);
        Assert.Contains("[teaser] 深1度·民生优享 | “关键小事”释放的活力和张力", output, StringComparison.Ordinal);
        Assert.Contains("points to page 4", output, StringComparison.Ordinal);
        Assert.Contains("[cut off]", output, StringComparison.Ordinal);
        Assert.Contains("noise:", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_cannot_be_read_exits_1_naming_it()
    {
        var path = Path.Combine(folder, "empty.txt");
        File.WriteAllBytes(path, []);
        var (code, _, err) = Run("parse", path);
        Assert.Equal(1, code);
        Assert.Contains($"{path}: error page-file: the file is empty", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_prints_the_program_and_its_version()
    {
        var (code, output, _) = Run("--version");
        Assert.Equal(0, code);
        Assert.Matches(@"^site \d+\.\d+\.\d+\S*\n$", output);
    }

    [Theory]
    [InlineData("build", "--help")]
    [InlineData("help", "build")]
    [InlineData("build", "-h")]
    public void A_command_has_its_own_help_listing_each_option(params string[] args)
    {
        var (code, output, err) = Run(args);
        Assert.Equal((0, ""), (code, err));
        Assert.StartsWith("usage: site build [--input input] [--output output] [--base-url URL]", output, StringComparison.Ordinal);
        foreach (var option in Commands.Build.Options)
            Assert.Matches($@"\n  {System.Text.RegularExpressions.Regex.Escape(option.Usage)} +{System.Text.RegularExpressions.Regex.Escape(option.Help)}\n", output);
        Assert.DoesNotContain("site parse", output, StringComparison.Ordinal);
        Assert.Equal(output, Run("help", "build").Out);
    }

    [Theory]
    [InlineData("README.md")]
    [InlineData("docs/maintainers.md")]
    [InlineData("docs/ci/publish.yml")]
    public void The_docs_give_each_command_only_options_it_has(string doc)
    {
        var text = File.ReadAllText(Path.Combine(Repo.Root, doc));
        var uses = System.Text.RegularExpressions.Regex.Matches(text, @"(?:\bsite(?:\.dll)?|src/Site --) (build|check|parse|add|serve)\b([^`&|\n]*)");
        Assert.NotEmpty(uses);
        foreach (System.Text.RegularExpressions.Match use in uses)
        {
            var command = Commands.Site.Find(use.Groups[1].Value)!;
            foreach (System.Text.RegularExpressions.Match option in System.Text.RegularExpressions.Regex.Matches(use.Groups[2].Value, @"(?<![\w-])--([a-z][a-z-]*)"))
                Assert.True(command.Option(option.Groups[1].Value) is not null || option.Groups[1].Value == "help",
                    $"{doc}: \"{use.Value.Trim()}\" gives {command.Verb} --{option.Groups[1].Value}, which it does not have");
        }
    }

    [Theory]
    [InlineData("error: unknown command \"biuld\" (did you mean build?)", "biuld")]
    [InlineData("error: unknown command \"chekc\" (did you mean check?)", "chekc")]
    [InlineData("error: unknown command \"frobnicate\"\n", "frobnicate")]
    [InlineData("error: build has no option --strct (did you mean --strict?)\nusage: site build [", "build", "--strct")]
    [InlineData("error: build has no option --base_url (did you mean --base-url?)", "build", "--base_url", "x")]
    [InlineData("error: parse has no option --jsno (did you mean --json?)", "parse", "a.txt", "--jsno")]
    [InlineData("error: build has no option --port\n", "build", "--port", "80")]
    [InlineData("error: unknown command \"bulid\" (did you mean build?)", "help", "bulid")]
    public void A_mistyped_command_or_option_is_answered_with_the_nearest_one(string said, params string[] args)
    {
        var (code, _, err) = Run(args);
        Assert.Equal(2, code);
        Assert.StartsWith(said, err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData]
    [InlineData("frobnicate")]
    [InlineData("parse")]
    [InlineData("parse", "a.txt", "--colour")]
    [InlineData("build", "--input")]
    public void Bad_usage_exits_2(params string[] args)
    {
        var (code, _, err) = Run(args);
        Assert.Equal(2, code);
        Assert.Contains("usage:", err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("build")]
    [InlineData("check")]
    public void A_base_url_option_that_is_not_a_url_is_bad_usage_naming_the_option(string verb)
    {
        var (code, _, err) = Run(verb, "--base-url", "paper.example", "--output", folder);
        Assert.Equal(2, code);
        Assert.StartsWith("error: --base-url must be an absolute http(s) URL such as https://paper.example/, not \"paper.example\"", err, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Speed", "Slow")]
    public void Build_publishes_the_sample_input_and_summarises_it()
    {
        var (code, output, err) = Run("build", "--output", Path.Combine(folder, "out"), "--cache", Path.Combine(folder, "cache"));
        Assert.True(code == 0, err);
        Assert.Matches(@"^6 editions, 7 pages, \d+ articles; \d+ files written, 0 unchanged, 0 deleted; 6 editions parsed; 1 warning, 0 errors in \d+\.\d\d s", output);
        Assert.Contains("… parse and render editions: 6 to do (", err, StringComparison.Ordinal);
        var again = Run("build", "--output", Path.Combine(folder, "out"), "--cache", Path.Combine(folder, "cache"));
        Assert.Matches(@"^6 editions, 7 pages, \d+ articles; 0 files written, \d+ unchanged, 0 deleted; 0 editions parsed;", again.Out);
        // The stages count what they do: nothing is parsed or rendered again, and the listings are kept.
        Assert.Contains("… parse and render editions: 0 to do, 6 unchanged (", again.Err, StringComparison.Ordinal);
        Assert.Matches(@"… site-wide pages: 1 to do, \d+ unchanged \(", again.Err);
        Assert.True(File.Exists(Path.Combine(folder, "out", "2025", "08", "04", "01", "01.html")));
    }

    [Fact]
    [Trait("Speed", "Slow")]
    public void Build_with_interpret_templates_writes_the_same_bytes_and_says_the_templates_were_interpreted()
    {
        var output = Path.Combine(folder, "out");
        var compiled = Run("build", "--output", output, "--no-cache");
        Assert.True(compiled.Code == 0, compiled.Err);
        Assert.DoesNotContain("note:", compiled.Err, StringComparison.Ordinal);
        var (code, summary, err) = Run("build", "--output", output, "--no-cache", "--interpret-templates");
        Assert.True(code == 0, err);
        Assert.Matches(@"; 0 files written, \d+ unchanged, 0 deleted;", summary);   // every page as the compiled build wrote it
        Assert.Contains("note: the templates were interpreted by Scriban, which is slower: compiling the templates was turned off", err, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Speed", "Slow")]
    public void Check_passes_a_built_site_and_fails_one_with_a_broken_link()
    {
        var site = Path.Combine(folder, "site");
        Assert.Equal(0, Run("build", "--output", site).Code);
        var (ok, okOut, _) = Run("check", "--output", site);
        Assert.Equal(0, ok);
        Assert.Matches(@"^\d+ files checked, 0 problems", okOut);

        File.Delete(Path.Combine(site, "2025", "08", "04", "01", "02.html"));
        var (code, _, err) = Run("check", "--output", site);
        Assert.Equal(1, code);
        Assert.Contains("02.html", err, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Speed", "Slow")]
    public void Check_of_a_site_built_with_another_base_url_says_so_once_with_the_fix()
    {
        var site = Path.Combine(folder, "site");
        Assert.Equal(0, Run("build", "--output", site, "--no-cache", "--base-url", "https://paper.example/").Code);

        var (code, output, err) = Run("check", "--output", site, "--base-url", "https://other.example/");

        Assert.Equal(1, code);
        var error = Assert.Single(err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Matches(@"^error: \d+ absolute links \(canonical addresses, feeds, sitemaps\) start with https://paper.example/, not with the base URL checked, https://other.example/: " +
                       @"the site was built with --base-url https://paper.example/; check it with --base-url https://paper.example/, or build it again with --base-url https://other.example/$", error);
        Assert.Matches(@"^\d+ files checked, 1 problem\n$", output);
        Assert.Equal(0, Run("check", "--output", site, "--base-url", "https://paper.example/").Code);
    }

    [Fact]
    public void Build_fails_when_a_masthead_date_disagrees_with_the_folder()
    {
        var issues = Directory.CreateDirectory(Path.Combine(folder, "issues", "2025-08-05")).FullName;
        File.Copy(Path.Combine(Repo.Root, "seeds", "004_1b195415e26a939e.txt"), Path.Combine(issues, "01.txt"));
        var (code, _, err) = Run("build", "--input", folder, "--output", Path.Combine(folder, "out"));
        Assert.Equal(1, code);
        Assert.Contains(Path.Combine(issues, "01.txt") + ":9: error wrong-date: the masthead says 2025-08-04, but the file is filed under 2025-08-05", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_rejects_a_folder_not_named_for_a_date()
    {
        Directory.CreateDirectory(Path.Combine(folder, "issues", "monday"));
        var (code, _, err) = Run("build", "--input", folder, "--output", Path.Combine(folder, "out"));
        Assert.Equal(1, code);
        Assert.Contains("an edition is named by its date, YYYY-MM-DD", err, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
