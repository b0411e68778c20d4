using System.Runtime.CompilerServices;

namespace Site.Publishing.Search;

/// <summary>Numbers the distinct bigrams of a unit 0, 1, 2, … in the order first met. Indexing looks up every
/// bigram of every article (a year: some fifteen million lookups), so this is an open-addressing table
/// probed linearly from a multiplicative hash, where a key and its number share one place: a lookup reads
/// one cache line where a dictionary reads a bucket and an entry and calls a comparer.</summary>
/// <remarks>A key is two code points (<see cref="SearchText.BigramKeys"/>), never 0, which marks a free place.</remarks>
internal sealed class BigramSlots
{
    private struct Place
    {
        public long Key;
        public int Slot;
    }

    private Place[] places = new Place[1 << 12];
    private long[] byslot = new long[1 << 11];
    private int shift = 64 - 12;

    public int Count { get; private set; }

    /// <summary>The key numbered <paramref name="slot"/>.</summary>
    public long KeyOf(int slot) => byslot[slot];

    /// <summary>The number of <paramref name="key"/>, given it the first time it is met.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int SlotOf(long key)
    {
        var mask = places.Length - 1;
        for (var i = Home(key); ; i = (i + 1) & mask)
        {
            ref var place = ref places[i];
            if (place.Key == key) return place.Slot;
            if (place.Key == 0) return Add(ref place, key);
        }
    }

    private int Home(long key) => (int)(((ulong)key * 0x9E3779B97F4A7C15UL) >> shift);

    private int Add(ref Place place, long key)
    {
        var slot = Count++;
        if (slot == byslot.Length) Array.Resize(ref byslot, byslot.Length * 2);
        byslot[slot] = key;
        place.Key = key;
        place.Slot = slot;
        // At most half full, so a probe ends soon.
        if (Count * 2 > places.Length) Grow();
        return slot;
    }

    private void Grow()
    {
        var old = places;
        places = new Place[old.Length * 2];
        shift--;
        var mask = places.Length - 1;
        foreach (var place in old)
        {
            if (place.Key == 0) continue;
            var i = Home(place.Key);
            while (places[i].Key != 0) i = (i + 1) & mask;
            places[i] = place;
        }
    }
}
