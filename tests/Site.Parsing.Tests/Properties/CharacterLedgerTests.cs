using Site.Parsing.Model;

namespace Site.Parsing.Tests.Properties;

/// <summary>The ledger itself: it must catch a lost or invented character, ignore whitespace, count
/// every output field, and treat surrogates as documented.</summary>
public sealed class CharacterLedgerTests
{
    private static ParsedIssue Issue(string[]? paragraphs = null, string[]? noise = null, string[]? undone = null,
        string? headline = null, string[]? bylineSource = null, string[]? captions = null, string? kicker = null,
        string? subheadline = null) =>
        new("t.txt", EditionInfo.Empty,
            [new Article(ArticleKind.News, kicker, headline, subheadline, Byline.Empty, [.. paragraphs ?? []], [.. captions ?? []],
                false, 1, 1, [.. bylineSource ?? []])],
            [.. (noise ?? []).Select(n => new NoiseBlock(n, 1, 1, NoiseReason.StrayText))], [], [.. undone ?? []], 1);

    [Fact]
    public void Every_output_field_counts_and_whitespace_does_not()
    {
        var issue = Issue(kicker: "甲", headline: "乙", subheadline: "丙", bylineSource: ["■记者 丁"], paragraphs: ["戊 己"],
            captions: ["庚"], noise: ["辛"], undone: ["壬"]);
        var ledger = CharacterLedger.Of("甲\n乙\r\n丙\f■记者\u3000丁\t戊己 庚 辛 壬", issue);
        Assert.True(ledger.Balances, ledger.ToString());
    }

    [Fact]
    public void A_lost_character_is_named_with_its_count_and_line()
    {
        var ledger = CharacterLedger.Of("再叙山海深情\n再叙山海深情", Issue(headline: "再叙山海深情"));
        Assert.False(ledger.Balances);
        Assert.Contains(('再', 1), ledger.Missing);
        Assert.Empty(ledger.Extra);
        Assert.Contains("'再' U+518D x1", ledger.ToString());
    }

    [Fact]
    public void An_invented_character_is_named_with_where_it_appeared()
    {
        var ledger = CharacterLedger.Of("平湖", Issue(paragraphs: ["平湖。"]));
        Assert.Equal([('。', 1)], ledger.Extra);
        Assert.Contains("article 1 (page 1, line 1) paragraph 1", ledger.ToString());
    }

    [Fact]
    public void A_surrogate_pair_counts_once_and_a_torn_pair_does_not_balance()
    {
        const string pair = "\U00020BB7"; // 𠮷
        Assert.True(CharacterLedger.Of(pair, Issue(paragraphs: [pair])).Balances);
        var torn = CharacterLedger.Of(pair, Issue(paragraphs: ["\uD842", "\uDFB7"]));
        Assert.Equal([(0x20BB7, 1)], torn.Missing);
        Assert.True(CharacterLedger.Of(pair, Issue(paragraphs: ["\uD842", "\uDFB7"]), LedgerUnit.CodeUnit).Balances);
    }
}
