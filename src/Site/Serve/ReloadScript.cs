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
        var at = PageBytes.LastIndexOfIgnoreCase(page, BodyEnd);
        return PageBytes.Insert(page, at < 0 ? page.Length : at, Snippet);
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
