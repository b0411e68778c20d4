namespace Site.CommandLine.Tests;

/// <summary>The name a person meant: within a typo or two (one for short names), else the only name the given
/// text begins.</summary>
public sealed class SuggestTests
{
    private static readonly string[] Verbs = ["build", "check", "parse", "add", "serve", "help"];

    [Theory]
    [InlineData("biuld", "build")]      // two letters swapped: one edit
    [InlineData("buidl", "build")]
    [InlineData("chekc", "check")]
    [InlineData("serv", "serve")]
    [InlineData("ad", "add")]
    [InlineData("BUILD", "build")]
    [InlineData("pa", "parse")]         // too far for a typo, but the only verb that begins so
    public void A_near_name_is_suggested(string given, string meant) => Assert.Equal(meant, Suggest.Nearest(given, Verbs));

    [Theory]
    [InlineData("deploy")]
    [InlineData("xy")]
    [InlineData("bldd")]                // short: one edit allowed, this is two from build
    [InlineData("s")]                   // one letter: too little to go on
    public void A_far_name_gets_no_suggestion(string given)
    {
        Assert.Null(Suggest.Nearest(given, Verbs));
        Assert.Equal("", Suggest.DidYouMean(given, Verbs));
    }

    [Fact]
    public void The_suggestion_reads_as_a_question_with_the_prefix() =>
        Assert.Equal(" (did you mean --strict?)", Suggest.DidYouMean("strcit", ["strict", "output"], "--"));

    [Theory]
    [InlineData("", "abc", 3)]
    [InlineData("abc", "abc", 0)]
    [InlineData("abc", "acb", 1)]
    [InlineData("abc", "ab", 1)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("ca", "abc", 3)]        // optimal string alignment: no edit of a swapped pair
    public void Distance_counts_insertions_deletions_substitutions_and_swaps(string a, string b, int distance)
    {
        Assert.Equal(distance, Suggest.Distance(a, b));
        Assert.Equal(distance, Suggest.Distance(b, a));
    }
}
