using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Site.Parsing.Tests.Properties;

/// <summary>Given any UTF-16 string at all (control characters, exotic spaces, zero-width marks,
/// surrogate pairs, lone surrogates), when it is parsed, then the parser neither throws nor hangs,
/// and the characters still balance.</summary>
[Trait("Speed", "Slow")]
public sealed class UnicodeProperties
{
    [Property(MaxTest = 1000, QuietOnSuccess = true)]
    public Property Any_unicode_string_parses_without_an_exception() =>
        Prop.ForAll(TextCase.Arbitrary(Generators.UnicodeText()), c => { Guarded.Parse(c.Text, Repo.SiteRules); });

    [Property(MaxTest = 500, QuietOnSuccess = true)]
    public Property Well_formed_unicode_balances() =>
        Prop.ForAll(TextCase.Arbitrary(Generators.WellFormedUnicodeText()),
            c => { Guarded.ParseAndBalance(c.Text, Repo.SiteRules, c.Origin); });

    /// <summary>With lone surrogates the ledger counts UTF-16 code units: see <see cref="LedgerUnit.CodeUnit"/>
    /// and the fact below for why scalar counting cannot hold.</summary>
    [Property(MaxTest = 500, QuietOnSuccess = true)]
    public Property Unicode_with_lone_surrogates_balances_by_code_unit() =>
        Prop.ForAll(TextCase.Arbitrary(Generators.UnicodeText()),
            c => { Guarded.ParseAndBalance(c.Text, Repo.SiteRules, c.Origin, unit: LedgerUnit.CodeUnit); });

    /// <summary>Found by the property above when it counted scalars (FsCheck shrank it to this): the
    /// parser joins the wrapped lines "ᶏ\uD8EB" and "\uDD3F…" into one paragraph without a space, so
    /// the two lone halves become the valid pair U+4AD3F. Nothing is lost: every code unit is still there.</summary>
    [Fact]
    public void Joining_wrapped_lines_may_pair_two_lone_surrogates_but_keeps_every_code_unit()
    {
        const string text = "ᶏ\uD8EB\n\uDD3F\U000A4C80详见四版—䮗\uDCF2\uDFD6码\u0005\u0325\U00059DA0\U00033AF4R昚\u0323" +
                            "\u0097\u008A\uDDBA\uDE13\u0015棑候ℴ\uDF2C\U00022681劳志\uDF00\U0006AD71喝";
        var issue = Guarded.ParseAndBalance(text, Repo.SiteRules, "lone surrogates", unit: LedgerUnit.CodeUnit);
        var scalars = CharacterLedger.Of(text, issue);
        if (!scalars.Balances)
            Assert.Equal([(0x4AD3F, 1)], scalars.Extra);
    }

    /// <summary>FsCheck's own string generator, for the cases ours do not think of.</summary>
    [Property(MaxTest = 500, QuietOnSuccess = true)]
    public void FsChecks_strings_parse_and_balance(string? text)
    {
        text ??= "";
        Guarded.ParseAndBalance(text, Repo.SiteRules, "fscheck string");
    }
}
