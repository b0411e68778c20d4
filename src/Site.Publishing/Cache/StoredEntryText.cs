using Site.Publishing.Documents;

namespace Site.Publishing.Cache;

/// <summary>An entry's text as <see cref="StateCodec"/> stores it (four optional strings), kept as those
/// bytes until first read: decoding the text of every summary nobody shows was most of what reading a
/// ten-year state cost.</summary>
/// <remarks>Its own copy of the bytes, not a window on the state part's: a listing keeps an article for
/// as long as it is among its newest, and must not keep the whole year's part with it.</remarks>
internal sealed class StoredEntryText : EntryText
{
    private readonly byte[] stored;

    public StoredEntryText(byte[] bytes, int start, int length) => stored = bytes.AsSpan(start, length).ToArray();

    /// <summary>The bytes as stored, so that writing the state again copies them instead of decoding and
    /// encoding.</summary>
    public ReadOnlySpan<byte> Bytes => stored;

    protected override Values Decode()
    {
        var r = new StateReader(stored, 0);
        return new Values(r.ReadNullable(), r.ReadNullable(), r.ReadNullable(), r.ReadNullable());
    }
}
