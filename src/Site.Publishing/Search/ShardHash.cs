namespace Site.Publishing.Search;

/// <summary>Which shard holds a bigram: FNV-1a over its UTF-16 code units, the same in search.js
/// (<c>hash</c>), modulo the year's shard count (a power of two).</summary>
public static class ShardHash
{
    public static uint Hash(string bigram)
    {
        var h = 2166136261u;
        foreach (var c in bigram)
        {
            h ^= c;
            h *= 16777619u;
        }
        return h;
    }

    public static int Shard(string bigram, int shards) => (int)(Hash(bigram) & (uint)(shards - 1));
}
