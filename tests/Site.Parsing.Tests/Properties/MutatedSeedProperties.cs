using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Site.Parsing.Tests.Properties;

/// <summary>Given a seed issue damaged the way extraction and hand edits damage text (a range deleted, a
/// line duplicated or doubled, blocks swapped, blank lines or form feeds inserted, lines joined,
/// letter-spacing, CRLF or CR line ends, truncation), when it is parsed, then every character is
/// accounted for.</summary>
[Trait("Speed", "Slow")]
public sealed class MutatedSeedProperties
{
    private static readonly Arbitrary<TextCase> Mutated = TextCase.Arbitrary(Generators.MutatedSeed());

    [Property(MaxTest = 400, QuietOnSuccess = true)]
    public Property A_mutated_seed_balances_with_the_sites_rules() =>
        Prop.ForAll(Mutated, c => { Guarded.ParseAndBalance(c.Text, Repo.SiteRules, c.Origin); });

    [Property(MaxTest = 150, QuietOnSuccess = true)]
    public Property A_mutated_seed_balances_with_the_default_rules() =>
        Prop.ForAll(Mutated, c => { Guarded.ParseAndBalance(c.Text, Site.Parsing.Rules.ParserRules.Default, c.Origin); });
}
