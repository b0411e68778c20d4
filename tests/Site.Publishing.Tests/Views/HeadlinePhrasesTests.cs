using Site.Publishing.Views;

namespace Site.Publishing.Tests.Views;

/// <summary>A headline's phrases, as the paper spaces them apart: where a line may break.</summary>
public class HeadlinePhrasesTests
{
    [Fact]
    public void The_spaces_the_paper_prints_between_phrases_divide_a_headline() =>
        Assert.Equal(["创新突破", "六千争先", "勇夺“全年红”决胜“十四五”"], Labels.Phrases("创新突破 六千争先　勇夺“全年红”决胜“十四五”").AsEnumerable());

    [Fact]
    public void A_space_between_latin_words_or_figures_is_an_ordinary_space() =>
        Assert.Equal(["iPhone 16 Pro", "在平湖首发"], Labels.Phrases("iPhone 16 Pro 在平湖首发").AsEnumerable());

    [Fact]
    public void No_headline_has_no_phrases()
    {
        Assert.Empty(Labels.Phrases(null));
        Assert.Empty(Labels.Phrases("  "));
    }

    [Theory]
    [InlineData("本报评论员", true)]
    [InlineData("特约评论员", true)]
    [InlineData("言成声", false)]
    [InlineData("林旭东", false)]
    public void The_papers_commentator_is_a_role_not_a_person(string name, bool role) =>
        Assert.Equal(role, Labels.IsRole(name));
}
