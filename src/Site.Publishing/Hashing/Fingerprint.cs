using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;

namespace Site.Publishing.Hashing;

/// <summary>A cache key: SHA-256 over a sequence of values, each length-prefixed so that ("ab", "c")
/// and ("a", "bc") differ. Keys are 128-bit hex strings: collisions are out of reach, files stay short.</summary>
/// <remarks>Values are gathered in a buffer and hashed once at <see cref="Finish"/>: a ten-year build
/// computes keys over millions of small values, and a hash call per value cost more than the hashing.</remarks>
public sealed class Fingerprint
{
    private byte[] buffer = new byte[256];
    private int length;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public Fingerprint Add(string? text)
    {
        if (text is null) return Add(-1L);
        var max = Encoding.UTF8.GetMaxByteCount(text.Length);
        Ensure(8 + max);
        var written = Encoding.UTF8.GetBytes(text, buffer.AsSpan(length + 8));
        BinaryPrimitives.WriteInt64LittleEndian(buffer.AsSpan(length), written);
        length += 8 + written;
        return this;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public Fingerprint Add(long value)
    {
        Ensure(8);
        BinaryPrimitives.WriteInt64LittleEndian(buffer.AsSpan(length), value);
        length += 8;
        return this;
    }

    public Fingerprint Add(ReadOnlySpan<byte> bytes)
    {
        Add((long)bytes.Length);
        Ensure(bytes.Length);
        bytes.CopyTo(buffer.AsSpan(length));
        length += bytes.Length;
        return this;
    }

    public Fingerprint Add(DateOnly? date) => Add(date?.DayNumber ?? -1L);

    public string Finish()
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(buffer.AsSpan(0, length), hash);
        length = 0;
        return Convert.ToHexStringLower(hash[..16]);
    }

    /// <summary>The key of one blob.</summary>
    public static string Of(ReadOnlySpan<byte> bytes)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(bytes, hash);
        return Convert.ToHexStringLower(hash[..16]);
    }

    private void Ensure(int more)
    {
        if (length + more <= buffer.Length) return;
        var larger = new byte[Math.Max(buffer.Length * 2, length + more)];
        buffer.AsSpan(0, length).CopyTo(larger);
        buffer = larger;
    }
}
