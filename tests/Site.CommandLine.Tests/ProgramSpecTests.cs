namespace Site.CommandLine.Tests;

/// <summary>What a person reads about a program's command line, made from its specs, and what a run answers
/// before a verb's own code is reached.</summary>
public sealed class ProgramSpecTests
{
    private static (int Code, string Out, string Err, string? Ran) Run(params string[] args)
    {
        var (o, e) = (new StringWriter { NewLine = "\n" }, new StringWriter { NewLine = "\n" });
        string? ran = null;
        var code = ToyProgram.Program.Run(args, o, e, typeof(ProgramSpecTests).Assembly, (command, _) =>
        {
            ran = command.Verb;
            return 0;
        });
        return (code, o.ToString(), e.ToString(), ran);
    }

    [Fact]
    public void The_usage_lists_each_verb_with_its_options_and_summary()
    {
        Assert.Equal("""
            usage:
              toy copy FILE... --to DIR [--times 1] [--since YYYY-MM-DD] [--sizes 1,2]
                               [--cache .cache | --no-cache] [--verbose]
                  copies FILEs into DIR
              toy status
                  says what would be copied

              toy help COMMAND    what COMMAND does and each of its options (also toy COMMAND --help)
              toy --version       the version of toy

            exit codes: 0 success, 2 bad usage

            """.Replace("\r\n", "\n"), ToyProgram.Program.Usage());
    }

    [Fact]
    public void A_verbs_help_has_its_details_and_each_option_on_a_line()
    {
        var help = ToyProgram.Program.Help(ToyProgram.Copy);
        Assert.StartsWith("usage: toy copy FILE... --to DIR", help, StringComparison.Ordinal);
        Assert.Contains("\n  copies FILEs into DIR\n\n  Existing files are kept.\n\noptions:\n", help, StringComparison.Ordinal);
        Assert.Contains("\n  --to DIR              where the copies go\n", help, StringComparison.Ordinal);
        Assert.Contains("\n  --no-cache            keep nothing\n", help, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new string[0], 2, "", "usage:")]
    [InlineData(new[] { "--help" }, 0, "usage:", "")]
    [InlineData(new[] { "help", "copy" }, 0, "usage: toy copy", "")]
    [InlineData(new[] { "copy", "--help" }, 0, "usage: toy copy", "")]
    [InlineData(new[] { "help", "cpy" }, 2, "", "error: unknown command \"cpy\" (did you mean copy?)\nusage:")]
    [InlineData(new[] { "stauts" }, 2, "", "error: unknown command \"stauts\" (did you mean status?)\nusage:")]
    [InlineData(new[] { "copy", "a" }, 2, "", "error: copy needs --to DIR\nusage: toy copy FILE... --to DIR")]
    public void What_every_program_answers_alike_never_reaches_the_verbs_code(string[] args, int code, string output, string error)
    {
        var run = Run(args);
        Assert.Equal(code, run.Code);
        Assert.StartsWith(output, run.Out, StringComparison.Ordinal);
        Assert.StartsWith(error, run.Err, StringComparison.Ordinal);
        Assert.Null(run.Ran);
    }

    [Fact]
    public void Bad_usage_of_a_verb_ends_with_where_its_help_is()
    {
        Assert.EndsWith("\n(more: toy help copy)\n", Run("copy", "a").Err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_command_line_that_is_understood_is_handed_to_the_verb()
    {
        var run = Run("status");
        Assert.Equal((0, "", "", "status"), (run.Code, run.Out, run.Err, run.Ran));
    }

    [Fact]
    public void Version_names_the_program()
    {
        Assert.StartsWith("toy ", Run("--version").Out, StringComparison.Ordinal);
    }
}
