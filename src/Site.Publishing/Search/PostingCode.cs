using System.Runtime.CompilerServices;
using System.Text;

namespace Site.Publishing.Search;

/// <summary>Numbers as characters, five bits each, highest first: a continuation digit for every group but
/// the last, a final digit for the last. Every digit is plain ASCII that JSON leaves alone, so a posting
/// list is a short string the browser decodes in one pass (search.js, <c>decode</c>).</summary>
public static class PostingCode
{
    public const string Final = "0123456789abcdefghijklmnopqrstuv";
    public const string More = "wxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_";

    public static void Append(StringBuilder sb, int value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        var shift = 0;
        while (value >> shift >= 32) shift += 5;
        for (; shift > 0; shift -= 5) sb.Append(More[(value >> shift) & 31]);
        sb.Append(Final[value & 31]);
    }

    // The digits as bytes: indexing writes tens of millions of them.
    private static ReadOnlySpan<byte> FinalBytes => "0123456789abcdefghijklmnopqrstuv"u8;
    private static ReadOnlySpan<byte> MoreBytes => "wxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_"u8;

    /// <summary>How many digits <paramref name="value"/> takes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Length(int value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        // Most numbers an index writes (distances between positions and documents) are small.
        if (value < 32) return 1;
        if (value < 1024) return 2;
        var n = 3;
        for (value >>= 15; value > 0; value >>= 5) n++;
        return n;
    }

    /// <summary>Writes <paramref name="value"/> as ASCII digits into <paramref name="code"/> at
    /// <paramref name="at"/>; returns where the next number goes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Write(Span<byte> code, int at, int value)
    {
        if ((uint)value < 32)
        {
            code[at] = FinalBytes[value];
            return at + 1;
        }
        var end = at + Length(value);
        code[end - 1] = FinalBytes[value & 31];
        for (var i = end - 2; i >= at; i--)
        {
            value >>= 5;
            code[i] = MoreBytes[value & 31];
        }
        return end;
    }

    public static List<int> Decode(string code)
    {
        var values = new List<int>();
        var v = 0;
        var open = false;
        foreach (var c in code)
        {
            var f = Final.IndexOf(c, StringComparison.Ordinal);
            if (f >= 0) { values.Add(v * 32 + f); v = 0; open = false; continue; }
            var m = More.IndexOf(c, StringComparison.Ordinal);
            if (m < 0) throw new FormatException($"'{c}' is not a posting digit");
            v = v * 32 + m;
            open = true;
        }
        if (open) throw new FormatException("a posting list ends inside a number");
        return values;
    }
}
