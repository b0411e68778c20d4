using System.Text;

namespace Site.Serve;

/// <summary>Puts the live-reload script (reload.html, shipped inside the program) into a page as it is
/// served. The page on disk is never changed.</summary>
public static class ReloadScript
{
    /// <summary>The endpoint whose events the script listens to.</summary>
    public const string Endpoint = "/__reload";

    public static readonly byte[] Snippet = Load();

    private static readonly byte[] BodyEnd = "</body>"u8.ToArray();

    /// <summary>The page with the script just before its last &lt;/body&gt;, or at its end if it has none.</summary>
    public static byte[] Inject(ReadOnlySpan<byte> page)
    {
        var at = LastIndexOfIgnoreCase(page, BodyEnd);
        if (at < 0) at = page.Length;
        var result = new byte[page.Length + Snippet.Length];
        page[..at].CopyTo(result);
        Snippet.CopyTo(result, at);
        page[at..].CopyTo(result.AsSpan(at + Snippet.Length));
        return result;
    }

    private static int LastIndexOfIgnoreCase(ReadOnlySpan<byte> text, ReadOnlySpan<byte> ascii)
    {
        for (var i = text.Length - ascii.Length; i >= 0; i--)
            if (Ascii.EqualsIgnoreCase(text.Slice(i, ascii.Length), ascii)) return i;
        return -1;
    }

    private static byte[] Load()
    {
        using var stream = typeof(ReloadScript).Assembly.GetManifestResourceStream("Site.Serve.reload.html")
            ?? throw new InvalidOperationException("the program was built without Serve/reload.html");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
