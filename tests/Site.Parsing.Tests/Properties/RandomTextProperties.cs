using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Site.Parsing.Tests.Properties;

/// <summary>Given any string over a newspaper's alphabet (the seeds' ideographs, ■, full- and half-width
/// punctuation, figures, Latin letters, every kind of line break and space, and the words the parser
/// reacts to), when it is parsed, then the parser returns and every character is accounted for.</summary>
public sealed class RandomTextProperties
{
    private static readonly Arbitrary<TextCase> Newspaper = TextCase.Arbitrary(Generators.NewspaperText());
    private static readonly Arbitrary<TextCase> Page = TextCase.Arbitrary(Generators.NewspaperPage());

    [Property(MaxTest = 1500, QuietOnSuccess = true)]
    public Property Newspaper_text_parses_and_balances_with_the_sites_rules() =>
        Prop.ForAll(Newspaper, c => { Guarded.ParseAndBalance(c.Text, Repo.SiteRules, c.Origin); });

    [Property(MaxTest = 300, QuietOnSuccess = true)]
    public Property Newspaper_text_parses_and_balances_with_the_default_rules() =>
        Prop.ForAll(Newspaper, c => { Guarded.ParseAndBalance(c.Text, Site.Parsing.Rules.ParserRules.Default, c.Origin); });

    /// <summary>Pages assembled from newspaper shapes (headlines, bylines, wrapped bodies, teasers,
    /// mastheads, noise) reach the assembler's paths that character soup rarely does.</summary>
    [Property(MaxTest = 500, QuietOnSuccess = true)]
    public Property A_newspaper_shaped_page_balances_with_the_sites_rules() =>
        Prop.ForAll(Page, c => { Guarded.ParseAndBalance(c.Text, Repo.SiteRules, c.Origin); });

    [Property(MaxTest = 200, QuietOnSuccess = true)]
    public Property A_newspaper_shaped_page_balances_with_the_default_rules() =>
        Prop.ForAll(Page, c => { Guarded.ParseAndBalance(c.Text, Site.Parsing.Rules.ParserRules.Default, c.Origin); });
}
