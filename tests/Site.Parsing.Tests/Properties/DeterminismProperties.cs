using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Site.Parsing.Output;

namespace Site.Parsing.Tests.Properties;

/// <summary>Given the same text, when it is parsed twice (or on several threads at once), then the
/// contract JSON is the same to the byte.</summary>
[Trait("Speed", "Slow")]
public sealed class DeterminismProperties
{
    private static string Json(string text) => ContractJson.Write(Guarded.Parse(text, Repo.SiteRules));

    [Property(MaxTest = 100, QuietOnSuccess = true)]
    public Property A_mutated_seed_parses_the_same_twice() =>
        Prop.ForAll(TextCase.Arbitrary(Generators.MutatedSeed()), c => Json(c.Text) == Json(c.Text));

    [Property(MaxTest = 200, QuietOnSuccess = true)]
    public Property Newspaper_text_parses_the_same_twice() =>
        Prop.ForAll(TextCase.Arbitrary(Generators.NewspaperText()), c => Json(c.Text) == Json(c.Text));

    [Property(MaxTest = 100, QuietOnSuccess = true)]
    public Property A_newspaper_shaped_page_parses_the_same_twice() =>
        Prop.ForAll(TextCase.Arbitrary(Generators.NewspaperPage()), c => Json(c.Text) == Json(c.Text));

    [Fact]
    public void Every_seed_parses_the_same_on_four_threads_at_once()
    {
        foreach (var seed in Repo.Seeds)
        {
            var expected = Json(seed.Text);
            var results = new string[4];
            Parallel.For(0, results.Length, i => results[i] = ContractJson.Write(IssueParser.Parse(seed.Text, "property.txt", Repo.SiteRules)));
            Assert.All(results, r => Assert.Equal(expected, r));
        }
    }
}
