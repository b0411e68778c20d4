using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Site.Parsing.Tests.Properties;

/// <summary>Given any string over a newspaper's alphabet (the seeds' ideographs, ■, full- and half-width
/// punctuation, figures, Latin letters, every kind of line break and space, and the words the parser
/// reacts to), when it is parsed, then the parser returns and every character is accounted for.</summary>
[Trait("Speed", "Slow")]
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

    /// <summary>Pages with stray control and format characters inside their text: none reaches an
    /// article, and the page says how many it left out.</summary>
    [Property(MaxTest = 300, QuietOnSuccess = true)]
    public Property No_control_or_format_character_reaches_an_article() =>
        Prop.ForAll(Page, c =>
        {
            var issue = IssueParser.Parse(c.Text, "page.txt", Repo.SiteRules);
            var texts = issue.Articles.SelectMany(a => a.Paragraphs.Concat(a.Captions)
                .Append(a.Kicker ?? "").Append(a.Headline ?? "").Append(a.Subheadline ?? ""));
            Assert.DoesNotContain(texts, t => t.Any(Site.Parsing.Input.InputText.IsInvisible));
            if (c.Text.Any(Site.Parsing.Input.InputText.IsInvisible))
                Assert.Contains(issue.Warnings, w => w.Message.Contains("control or format"));
        });

    /// <summary>A line printed twice is two printings: nothing is undone as doubled decorative text
    /// unless one line holds the doubling.</summary>
    [Property(MaxTest = 300, QuietOnSuccess = true)]
    public Property Two_equal_lines_are_never_undone_as_doubled_text() =>
        Prop.ForAll(TextCase.Arbitrary(Generators.RepeatedLines()), c =>
        {
            var issue = IssueParser.Parse(c.Text, "page.txt", Repo.SiteRules);
            Assert.Empty(issue.Undone);
            Guarded.ParseAndBalance(c.Text, Repo.SiteRules, c.Origin);
        });

    [Property(MaxTest = 200, QuietOnSuccess = true)]
    public Property A_newspaper_shaped_page_balances_with_the_default_rules() =>
        Prop.ForAll(Page, c => { Guarded.ParseAndBalance(c.Text, Site.Parsing.Rules.ParserRules.Default, c.Origin); });
}
