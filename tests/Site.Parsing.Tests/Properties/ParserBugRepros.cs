namespace Site.Parsing.Tests.Properties;

/// <summary>Minimal inputs on which the properties in this folder found the parser breaking its
/// promise, shrunk from FsCheck's counterexamples. Each failed when found; they stay as regression tests.</summary>
public sealed class ParserBugRepros
{
    /// <summary>Found by <see cref="MutatedSeedProperties"/> (seed 002 with a line doubled). A 导读 box whose
    /// title was extracted twice: the teaser keeps one copy as its headline, and the other copy vanishes.
    /// <c>PageAssembler.ReadTeasers</c> takes <c>TitleBuilder.Lines(…).Lines</c> and drops its
    /// <c>Undone</c>, so the removed half reaches neither the article nor <c>ParsedIssue.Undone</c>.</summary>
    [Theory]
    [InlineData("site")]
    [InlineData("default")]
    public void A_doubled_teaser_title_keeps_its_removed_half_in_Undone(string rules)
    {
        const string text = "导读\n\n“关键小事”释放的活力和张力“关键小事”释放的活力和张力\n\n»»»»详见四版";
        Guarded.ParseAndBalance(text, Repo.Rules(rules), $"doubled teaser title, {rules} rules");
    }
}
