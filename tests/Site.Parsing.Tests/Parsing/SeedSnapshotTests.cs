using Site.Parsing.Output;
using Site.Testing;

namespace Site.Parsing.Tests.Parsing;

/// <summary>The whole parse of every seed, as the contract JSON, approved by a person who read it.
/// Any change to the parser that changes a seed's parse shows up here as a diff to review.</summary>
public class SeedSnapshotTests
{
    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("003")]
    [InlineData("004")]
    public void The_parse_of_a_seed_is_the_approved_one(string seed)
    {
        var issue = IssueParser.Parse(Repo.Seed(seed), Repo.SeedName(seed), Repo.Rules);
        Snapshot.Verify(ContractJson.Write(issue), "json", $"Seed_{seed}");
    }
}
