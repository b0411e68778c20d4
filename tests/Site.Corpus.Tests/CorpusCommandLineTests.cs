using Site.Corpus.Cli;

namespace Site.Corpus.Tests;

/// <summary>site-corpus's command line: usage, help, version, and what a command line it cannot understand gets
/// (exit 2, the error on stderr with the usage to fix it).</summary>
public sealed class CorpusCommandLineTests
{
    private static readonly string[] Verbs = ["generate", "verify", "bench", "bench-pdf", "typeset", "typeset-edition", "score"];

    internal static (int Code, string Out, string Err) Run(params string[] args)
    {
        var (o, e) = (new StringWriter { NewLine = "\n" }, new StringWriter { NewLine = "\n" });
        var code = Entry.Run(args, o, e);
        return (code, o.ToString(), e.ToString());
    }

    [Fact]
    public void No_command_prints_the_usage_of_every_verb_on_stderr_and_exits_2()
    {
        var (code, output, err) = Run();
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.StartsWith("usage:\n", err, StringComparison.Ordinal);
        foreach (var verb in Verbs) Assert.Contains($"  site-corpus {verb} ", err, StringComparison.Ordinal);
        Assert.EndsWith("exit codes: 0 success, 1 failure, 2 bad usage\n", err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("help")]
    public void Help_prints_the_usage_of_every_verb_on_stdout(string help)
    {
        var (code, output, err) = Run(help);
        Assert.Equal(0, code);
        Assert.Empty(err);
        Assert.Equal(Run().Err, output);
    }

    [Theory]
    [InlineData("help", "score")]
    [InlineData("score", "--help")]
    public void A_verb_has_its_own_help(params string[] args)
    {
        var (code, output, err) = Run(args);
        Assert.Equal(0, code);
        Assert.Empty(err);
        Assert.StartsWith("usage: site-corpus score DIR\n\n  parses every page under DIR/tune and DIR/heldout", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_verbs_help_lists_each_option_with_what_it_does()
    {
        var (code, output, _) = Run("generate", "--help");
        Assert.Equal(0, code);
        Assert.Contains("options:\n", output, StringComparison.Ordinal);
        Assert.Matches(@"\n  --years 1 +how many years of editions\n", output);
        Assert.Matches(@"\n  --out DIR +the folder to write\n", output);
    }

    [Fact]
    public void Version_prints_the_program_and_its_version()
    {
        var (code, output, _) = Run("--version");
        Assert.Equal(0, code);
        Assert.Matches(@"^site-corpus \d+\.\d+\.\d+", output);
    }

    [Theory]
    [InlineData("scroe", "score")]
    [InlineData("typeset-editon", "typeset-edition")]
    [InlineData("generat", "generate")]
    public void An_unknown_verb_is_answered_with_the_nearest_one(string said, string meant)
    {
        var (code, output, err) = Run(said, "x");
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.StartsWith($"error: unknown command \"{said}\" (did you mean {meant}?)\nusage:\n", err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("error: score needs DIR", "score")]
    [InlineData("error: generate needs --out DIR", "generate")]
    [InlineData("error: --years must be a whole number from 1 to 100, not \"0\"", "generate", "--out", "x", "--years", "0")]
    [InlineData("error: generate has no option --otu (did you mean --out?)", "generate", "--otu", "x")]
    [InlineData("error: --seed must be a whole number", "typeset", "--out", "x", "--seed", "many")]
    public void Bad_usage_exits_2_with_the_error_and_the_verbs_usage_line(string error, params string[] args)
    {
        var (code, output, err) = Run(args);
        Assert.Equal(2, code);
        Assert.Empty(output);
        var lines = err.Split('\n');
        Assert.StartsWith(error, lines[0], StringComparison.Ordinal);
        Assert.StartsWith($"usage: site-corpus {args[0]} ", lines[1] + " ", StringComparison.Ordinal);
        Assert.Contains($"(more: site-corpus help {args[0]})\n", err, StringComparison.Ordinal);
    }
}
