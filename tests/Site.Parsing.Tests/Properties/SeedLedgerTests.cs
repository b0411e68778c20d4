namespace Site.Parsing.Tests.Properties;

/// <summary>Given each raw seed issue, when it is parsed with the paper's rules or with the bare
/// defaults, then every non-whitespace character of it is accounted for, once.</summary>
public sealed class SeedLedgerTests
{
    public static TheoryData<string, string> SeedsAndRules()
    {
        var data = new TheoryData<string, string>();
        foreach (var seed in Repo.Seeds)
            foreach (var rules in new[] { "site", "default" })
                data.Add(seed.Name, rules);
        return data;
    }

    [Theory]
    [MemberData(nameof(SeedsAndRules))]
    public void Every_character_of_a_seed_is_accounted_for(string seed, string rules)
    {
        var text = Repo.SeedNamed(seed).Text;
        Guarded.ParseAndBalance(text, Repo.Rules(rules), $"{seed} with {rules} rules");
    }

    [Fact]
    public void The_seeds_are_there_to_test()
    {
        Assert.True(Repo.Seeds.Count >= 5, $"expected the five seeds in {Repo.Root}/seeds, found {Repo.Seeds.Count}");
        Assert.All(Repo.Seeds, s => Assert.True(s.Text.Length > 1000, s.Name));
    }
}
