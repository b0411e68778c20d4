using Site.Publishing.Search;

namespace Site.Publishing.Tests.Search;

public class ShardHashTests
{
    [Theory]
    [InlineData("", 0x811C9DC5u)]
    [InlineData("a", 0xE40C292Cu)]      // FNV-1a's published test vectors
    [InlineData("foobar", 0xBF9CF968u)]
    public void The_hash_is_fnv1a_over_utf16_code_units(string text, uint expected) =>
        Assert.Equal(expected, ShardHash.Hash(text));

    [Fact]
    public void Bigrams_spread_over_all_shards_and_stay_in_range()
    {
        var bigrams = "平湖市农业经济开发区新仓镇当湖街道钟埭林埭广陈曹桥独山港乍浦"
            .Zip("湖市农业经济开发区新仓镇当湖街道钟埭林埭广陈曹桥独山港乍浦镇", (a, b) => $"{a}{b}").ToList();
        var shards = bigrams.Select(b => ShardHash.Shard(b, 8)).ToList();
        Assert.All(shards, s => Assert.InRange(s, 0, 7));
        Assert.Equal(8, shards.Distinct().Count());
    }
}
