using System.Text;

namespace Site.Publishing.Views;

/// <summary>Chinese names in pinyin order, as a reader looks them up, the same on every machine. The build
/// runs without ICU (invariant globalization), so the order is GB2312's: its 3,755 common characters are
/// filed by pinyin (then stroke), and a name's characters compare by their GB2312 codes. Rarer characters
/// (GB2312's second level, by radical; beyond GB2312) come after the common ones, in code point order;
/// a surname read two ways (曾, 单) is filed under its commoner reading.</summary>
public sealed class NameOrder : IComparer<string>
{
    public static readonly NameOrder Pinyin = new();

    private static readonly Encoding Gb = CodePagesEncodingProvider.Instance.GetEncoding(936)!;

    public int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        if (x is null) return -1;
        if (y is null) return 1;
        var (a, b) = (Key(x), Key(y));
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
            if (a[i] != b[i]) return a[i].CompareTo(b[i]);
        return a.Length != b.Length ? a.Length.CompareTo(b.Length) : string.CompareOrdinal(x, y);
    }

    /// <summary>One number a character: common characters (GB2312 level 1) by their code, in pinyin order;
    /// then level 2; then anything else by code point.</summary>
    private static int[] Key(string name)
    {
        var key = new List<int>();
        foreach (var rune in name.EnumerateRunes())
        {
            var text = rune.ToString();
            var bytes = rune.IsAscii ? [] : Gb.GetBytes(text);
            if (bytes.Length == 2 && bytes[0] >= 0xB0 && Gb.GetString(bytes) == text) key.Add((bytes[0] << 8) | bytes[1]);
            else key.Add(0x10000 + rune.Value);
        }
        return [.. key];
    }
}
