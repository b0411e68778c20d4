namespace Site.Serve;

/// <summary>Gives 404.html, as it is served in answer to a missing URL, a &lt;base href="/"&gt;: the page's
/// relative links are written from the site's root, where the file lives, but the browser resolves them
/// against the missing URL's folder, which may be any depth down. `serve` always serves the site at its
/// root, so "/" is where they belong. The file on disk is never changed.</summary>
public static class RootBase
{
    private static readonly byte[] Element = "\n<base href=\"/\">"u8.ToArray();

    /// <summary>The page with the element just after its &lt;head&gt; tag; unchanged if it has no head or
    /// already names a base.</summary>
    public static byte[] Inject(byte[] page)
    {
        var head = HeadTag(page);
        if (head < 0 || PageBytes.IndexOfIgnoreCase(page, "<base"u8) >= 0) return page;
        var end = Array.IndexOf(page, (byte)'>', head);
        return end < 0 ? page : PageBytes.Insert(page, end + 1, Element);
    }

    /// <summary>Where "&lt;head&gt;" (or "&lt;head " with attributes) starts; never "&lt;header".</summary>
    private static int HeadTag(ReadOnlySpan<byte> page)
    {
        for (var at = PageBytes.IndexOfIgnoreCase(page, "<head"u8); at >= 0; at = PageBytes.IndexOfIgnoreCase(page, "<head"u8, at + 1))
            if (at + 5 < page.Length && page[at + 5] is (byte)'>' or (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or (byte)'\f')
                return at;
        return -1;
    }
}
