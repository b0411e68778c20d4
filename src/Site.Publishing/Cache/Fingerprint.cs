using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Site.Publishing.Cache;

/// <summary>A cache key: SHA-256 over a sequence of values, each length-prefixed so that ("ab", "c")
/// and ("a", "bc") differ. Keys are 128-bit hex strings: collisions are out of reach, files stay short.</summary>
public sealed class Fingerprint : IDisposable
{
    private readonly IncrementalHash hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    public Fingerprint Add(string? text)
    {
        if (text is null) return Add(-1L);
        var bytes = Encoding.UTF8.GetBytes(text);
        return Add(bytes.AsSpan());
    }

    public Fingerprint Add(long value)
    {
        Span<byte> buffer = stackalloc byte[8];
        BinaryPrimitives.WriteInt64LittleEndian(buffer, value);
        hash.AppendData(buffer);
        return this;
    }

    public Fingerprint Add(ReadOnlySpan<byte> bytes)
    {
        Add((long)bytes.Length);
        hash.AppendData(bytes);
        return this;
    }

    public Fingerprint Add(DateOnly? date) => Add(date?.DayNumber ?? -1L);

    public string Finish() => Convert.ToHexStringLower(hash.GetHashAndReset().AsSpan(0, 16));

    /// <summary>The key of one blob.</summary>
    public static string Of(ReadOnlySpan<byte> bytes)
    {
        using var f = new Fingerprint();
        return f.Add(bytes).Finish();
    }

    public void Dispose() => hash.Dispose();
}
