using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Text;

namespace Site.Publishing.Cache;

/// <summary>Reads what <see cref="BinaryWriter"/> wrote, straight from the bytes: strings are decoded from
/// their span in one call. A ten-year state is a million strings, and BinaryReader's chunked decoding
/// took most of the time it needed to load.</summary>
/// <param name="start">Where in <paramref name="bytes"/> to begin.</param>
internal sealed class StateReader(byte[] bytes, int start = 0)
{
    private int at = start;

    public int Remaining => bytes.Length - at;

    /// <summary>Where the next read begins.</summary>
    public int Position => at;

    public byte[] Bytes => bytes;

    /// <summary>An optional string (a flag, then the string when present), as StateCodec writes it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public string? ReadNullable() => ReadBoolean() ? ReadString() : null;

    /// <summary>Passes over an optional string, its length checked against what is left.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void SkipNullable()
    {
        if (ReadBoolean()) Take(ReadLength());
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int ReadInt32() => BinaryPrimitives.ReadInt32LittleEndian(Take(4));

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public long ReadInt64() => BinaryPrimitives.ReadInt64LittleEndian(Take(8));

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool ReadBoolean() => Take(1)[0] != 0;

    public byte ReadByte() => Take(1)[0];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public string ReadString()
    {
        var length = ReadLength();
        return length == 0 ? "" : Encoding.UTF8.GetString(Take(length));
    }

    /// <summary>A string many records repeat (page names, roles, people): decoded into a buffer and looked
    /// up, so that each is allocated once however many articles name it (half a ten-year state's strings).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public string ReadShared(SharedStrings shared)
    {
        var bytes = Take(ReadLength());
        Span<char> buffer = bytes.Length <= 512 ? stackalloc char[bytes.Length] : new char[bytes.Length];
        var chars = buffer[..Encoding.UTF8.GetChars(bytes, buffer)];
        return shared.Get(chars);
    }

    /// <exception cref="EndOfStreamException">Fewer than <paramref name="count"/> bytes are left.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private ReadOnlySpan<byte> Take(int count)
    {
        if (count > Remaining) throw new EndOfStreamException();
        var span = bytes.AsSpan(at, count);
        at += count;
        return span;
    }

    /// <summary>A string's byte count, seven bits a byte, lowest first (as BinaryWriter writes it).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int ReadLength()
    {
        var value = 0;
        for (var shift = 0; shift < 35; shift += 7)
        {
            var b = Take(1)[0];
            if (shift == 28 && b > 0x0F) throw new InvalidDataException("a string length beyond 32 bits");
            value |= (b & 0x7F) << shift;
            if (b < 0x80) return value >= 0 ? value : throw new InvalidDataException("a negative string length");
        }
        throw new InvalidDataException("a string length longer than five bytes");
    }
}

/// <summary>One copy of each string, found by its characters without allocating a string to look for it.</summary>
internal sealed class SharedStrings
{
    private readonly Dictionary<string, string> strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public SharedStrings() => lookup = strings.GetAlternateLookup<ReadOnlySpan<char>>();

    public string Get(ReadOnlySpan<char> chars)
    {
        if (lookup.TryGetValue(chars, out var known)) return known;
        var one = new string(chars);
        strings.Add(one, one);
        return one;
    }
}
