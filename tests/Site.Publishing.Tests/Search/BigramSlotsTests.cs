using Site.Publishing.Search;

namespace Site.Publishing.Tests.Search;

public class BigramSlotsTests
{
    private static long Key(string bigram)
    {
        var found = new List<(long Key, int Position)>();
        SearchText.BigramKeys(bigram, 0, found);
        return Assert.Single(found).Key;
    }

    [Fact]
    public void Bigrams_are_numbered_in_the_order_first_met_and_keep_their_number()
    {
        var slots = new BigramSlots();
        Assert.Equal(0, slots.SlotOf(Key("平湖")));
        Assert.Equal(1, slots.SlotOf(Key("湖市")));
        Assert.Equal(0, slots.SlotOf(Key("平湖")));
        Assert.Equal(2, slots.Count);
        Assert.Equal("湖市", SearchText.KeyText(slots.KeyOf(1)));
    }

    [Fact]
    public void Numbers_hold_as_the_table_grows_past_many_times_its_first_size()
    {
        // 60,000 distinct bigrams of ideographs: the table grows from 4,096 places to 131,072.
        var keys = Enumerable.Range(0, 60_000).Select(i => ((long)(0x4E00 + i % 300) << 21) | (uint)(0x4E00 + i / 300)).ToArray();
        var slots = new BigramSlots();
        for (var i = 0; i < keys.Length; i++) Assert.Equal(i, slots.SlotOf(keys[i]));
        for (var i = keys.Length - 1; i >= 0; i--) Assert.Equal(i, slots.SlotOf(keys[i]));
        Assert.Equal(keys.Length, slots.Count);
        Assert.All(Enumerable.Range(0, keys.Length), i => Assert.Equal(keys[i], slots.KeyOf(i)));
    }
}
