using System.Text;

namespace Site.Serve;

/// <summary>What `serve` does to a page's bytes as it serves them: find an ASCII tag whatever its case, and
/// put a snippet in at a position. The file on disk is never changed.</summary>
internal static class PageBytes
{
    /// <summary>The page with <paramref name="snippet"/> at byte <paramref name="at"/>.</summary>
    public static byte[] Insert(ReadOnlySpan<byte> page, int at, ReadOnlySpan<byte> snippet)
    {
        var result = new byte[page.Length + snippet.Length];
        page[..at].CopyTo(result);
        snippet.CopyTo(result.AsSpan(at));
        page[at..].CopyTo(result.AsSpan(at + snippet.Length));
        return result;
    }

    /// <summary>The first place at or after <paramref name="from"/> where <paramref name="ascii"/> stands,
    /// ignoring ASCII case; -1 if nowhere.</summary>
    public static int IndexOfIgnoreCase(ReadOnlySpan<byte> text, ReadOnlySpan<byte> ascii, int from = 0)
    {
        for (var i = from; i + ascii.Length <= text.Length; i++)
            if (Ascii.EqualsIgnoreCase(text.Slice(i, ascii.Length), ascii)) return i;
        return -1;
    }

    /// <summary>The last place where <paramref name="ascii"/> stands, ignoring ASCII case; -1 if nowhere.</summary>
    public static int LastIndexOfIgnoreCase(ReadOnlySpan<byte> text, ReadOnlySpan<byte> ascii)
    {
        for (var i = text.Length - ascii.Length; i >= 0; i--)
            if (Ascii.EqualsIgnoreCase(text.Slice(i, ascii.Length), ascii)) return i;
        return -1;
    }
}
