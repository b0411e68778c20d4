namespace Site.CommandLine.Tests;

/// <summary>A verb's arguments read against its spec, and what is refused (exit 2 with the message).</summary>
public sealed class ParsedArgumentsTests
{
    [Fact]
    public void Options_take_their_value_as_the_next_argument_or_after_an_equals_sign()
    {
        var o = ToyProgram.Parse("copy", "a.txt", "--to", "out", "--times=3", "b.txt", "--verbose");
        Assert.Equal(["a.txt", "b.txt"], o.Positional);
        Assert.Equal("out", o.Required("to"));
        Assert.Equal(3, o.Int("times", 1, min: 1, max: 9));
        Assert.True(o.Has("verbose"));
        Assert.False(o.Has("no-cache"));
        Assert.Null(o.String("since"));
        Assert.Equal(".cache", o.Get("cache", ".cache"));
    }

    [Fact]
    public void Typed_values_are_read_or_refused_naming_the_option()
    {
        var o = ToyProgram.Parse("copy", "a", "--to", "d", "--since", "2025-08-04", "--sizes", "3, 1,10");
        Assert.Equal(new DateOnly(2025, 8, 4), o.Date("since"));
        Assert.Equal([3, 1, 10], o.Ints("sizes", [1], max: 10));
        Assert.Equal(7, o.Int("times", 7));

        Assert.Equal("--since must be a date written YYYY-MM-DD, not \"4.8.2025\"",
            Assert.Throws<UsageException>(() => ToyProgram.Parse("copy", "a", "--to", "d", "--since", "4.8.2025").Date("since")).Message);
        Assert.Equal("--times must be a whole number from 1 to 9, not \"10\"",
            Assert.Throws<UsageException>(() => ToyProgram.Parse("copy", "a", "--to", "d", "--times", "10").Int("times", 1, 1, 9)).Message);
        Assert.Equal("--sizes takes whole numbers from 1 to 10 separated by commas, not \"1,11\"",
            Assert.Throws<UsageException>(() => ToyProgram.Parse("copy", "a", "--to", "d", "--sizes", "1,11").Ints("sizes", [1], 10)).Message);
    }

    [Theory]
    [InlineData("copy has no option --verbos (did you mean --verbose?)", "copy", "a", "--to", "d", "--verbos")]
    [InlineData("copy has no option --colour", "copy", "a", "--to", "d", "--colour")]
    [InlineData("--verbose takes no value (got \"yes\")", "copy", "a", "--to", "d", "--verbose=yes")]
    [InlineData("--times needs a value (--times 1)", "copy", "a", "--to", "d", "--times")]
    [InlineData("--cache and --no-cache contradict each other", "copy", "a", "--to", "d", "--cache", "c", "--no-cache")]
    [InlineData("copy needs --to DIR", "copy", "a")]
    [InlineData("copy needs FILE...", "copy", "--to", "d")]
    [InlineData("status takes no file arguments (got \"a\")", "status", "a")]
    public void A_command_line_that_breaks_the_spec_is_refused_with_the_verb(string message, params string[] args)
    {
        var e = Assert.Throws<UsageException>(() => ToyProgram.Parse(args));
        Assert.Equal(message, e.Message);
        Assert.Equal(args[0], e.Command?.Verb);
    }

    [Fact]
    public void Help_wins_over_anything_else_wrong()
    {
        var o = ToyProgram.Parse("copy", "--no-cache", "--cache", "c", "-h");
        Assert.True(o.HelpRequested);
    }

    [Fact]
    public void A_double_dash_alone_and_a_single_dash_are_file_arguments()
    {
        Assert.Equal(["--", "-"], ToyProgram.Parse("copy", "--", "-", "--to", "d").Positional);
    }
}
