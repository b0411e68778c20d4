using Site.Publishing.Search;

namespace Site.Publishing.Tests.Search;

public class SearchTextTests
{
    private static List<(string, int)> Bigrams(string text, int start = 0) => [.. SearchText.Bigrams(text, start)];

    [Fact]
    public void Chinese_text_gives_every_overlapping_pair_of_characters_at_its_position() =>
        Assert.Equal([("平湖", 0), ("湖市", 1), ("市农", 2), ("农业", 3)], Bigrams("平湖市农业"));

    [Fact]
    public void Punctuation_ends_a_run_and_no_bigram_spans_it()
    {
        Assert.Equal([("平湖", 0), ("市民", 2)], Bigrams("平湖，市民"));
        Assert.DoesNotContain(Bigrams("平湖，市民"), b => b.Item1 == "湖市");
    }

    [Fact]
    public void White_space_is_skipped_so_letter_spaced_print_reads_as_one_run() =>
        Assert.Equal([("越擦", 0), ("擦越", 1)], Bigrams("越 擦　越"));

    [Fact]
    public void A_line_break_ends_a_run() =>
        Assert.Equal([("平湖", 0), ("市民", 2)], Bigrams("平湖\n市民"));

    [Fact]
    public void Full_width_letters_and_digits_fold_to_lower_case_ascii() =>
        Assert.Equal([("5g", 0), ("g基", 1), ("基站", 2)], Bigrams("５Ｇ基站"));

    [Fact]
    public void Latin_letters_fold_to_lower_case() =>
        Assert.Equal([("ab", 0), ("bc", 1)], Bigrams("ABc"));

    [Fact]
    public void A_run_of_one_character_gives_no_bigram_but_counts_as_a_position() =>
        Assert.Equal([("市民", 10 + 2)], Bigrams("湖、平 。市民", 10));

    [Fact]
    public void Characters_outside_the_basic_plane_count_as_one()
    {
        Assert.Equal([("𠀀平", 0), ("平湖", 1)], Bigrams("𠀀平湖"));
    }

    [Theory]
    [InlineData("平湖 市！", "平湖市")]
    [InlineData("“平湖”", "平湖")]
    [InlineData("Ｇ２０峰会", "g20峰会")]
    [InlineData(" ，。", "")]
    public void A_query_keeps_its_letters_digits_and_ideographs_folded(string query, string expected) =>
        Assert.Equal(expected, SearchText.Query(query));

    [Fact]
    public void Runs_record_where_each_kept_character_stands_in_the_source()
    {
        var runs = SearchText.Runs("ａ b，c");
        Assert.Equal(2, runs.Count);
        Assert.Equal([('a', 0, 1), ('b', 2, 3)], runs[0].Select(k => ((char)k.CodePoint, k.Start, k.End)));
        Assert.Equal([('c', 4, 5)], runs[1].Select(k => ((char)k.CodePoint, k.Start, k.End)));
    }
}
