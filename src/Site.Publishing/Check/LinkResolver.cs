namespace Site.Publishing.Check;

/// <summary>What a URL found in a file refers to: a file of the site (and perhaps an element in it), nothing to
/// check (mailto:, data:, the page itself), or a problem.</summary>
/// <param name="Foreign">The problem is an absolute link outside the base URL (or with no base URL to be in).</param>
internal readonly record struct LinkTarget(string? Path, string? Fragment, string? Problem, bool Foreign = false)
{
    public static readonly LinkTarget Nothing = default;

    public static LinkTarget File(string path, string? fragment) => new(path, fragment, null);

    public static LinkTarget Wrong(string problem) => new(null, null, problem);

    public static LinkTarget Outside(string problem) => new(null, null, problem, Foreign: true);
}

/// <summary>Resolves URLs the way a browser would from the file they are in, and enforces the site's
/// promise: internal links are relative and name their file, so the site works from any sub-path, from
/// file:// and from a mirror; absolute URLs appear only where a standard demands them.</summary>
internal static class LinkResolver
{
    private static readonly char[] HtmlSpace = [' ', '\t', '\n', '\r', '\f'];

    /// <param name="fromFile">The output-relative path of the file holding the URL.</param>
    /// <param name="baseUrl">The site's absolute base URL, or null when it has none.</param>
    public static LinkTarget Resolve(string fromFile, string url, LinkContext context, string? baseUrl)
    {
        var link = url.Trim(HtmlSpace);
        if (link.Length == 0) return LinkTarget.Nothing;
        if (link.Contains('\\')) return LinkTarget.Wrong($"{Quote(url)} contains a backslash; URLs use '/'");

        switch (Scheme(link)?.ToLowerInvariant())
        {
            case null: break;
            case "mailto" or "tel" or "data": return LinkTarget.Nothing;
            case "http" or "https": return Absolute(link, context, baseUrl);
            case "javascript": return LinkTarget.Wrong($"{Quote(url)} needs JavaScript; links must work without it");
            default: return LinkTarget.Wrong($"{Quote(url)} links outside the site");
        }
        if (link.StartsWith("//", StringComparison.Ordinal)) return LinkTarget.Wrong($"{Quote(url)} links outside the site");
        if (link.StartsWith('/'))
            return LinkTarget.Wrong($"{Quote(url)} is an absolute path; it breaks under a sub-path and from file://, so link relatively");

        var (path, fragment) = SplitOff(link);
        if (path.Length == 0) return fragment is null ? LinkTarget.Nothing : LinkTarget.File(fromFile, fragment);

        var folder = fromFile.LastIndexOf('/') is var slash and >= 0 ? fromFile[..slash] : "";
        return Combine(folder, Uri.UnescapeDataString(path), fragment, url, allowFolder: false);
    }

    /// <summary>An absolute http(s) URL is allowed where a standard demands one (canonical, Open Graph…), and
    /// then it must point into the site, to a file that exists.</summary>
    private static LinkTarget Absolute(string link, LinkContext context, string? baseUrl)
    {
        if (context != LinkContext.StandardAbsolute) return LinkTarget.Wrong($"{Quote(link)} links outside the site");
        if (baseUrl is null) return LinkTarget.Outside($"{Quote(link)} is absolute, but the site has no base URL");

        var root = baseUrl.TrimEnd('/');
        if (link != root && !link.StartsWith(root + "/", StringComparison.Ordinal))
            return LinkTarget.Outside($"{Quote(link)} points outside the site's base URL {root}/");
        var (path, fragment) = SplitOff(link[root.Length..].TrimStart('/'));
        // Served over HTTP, "…/" means "…/index.html"; canonical URLs conventionally use that form.
        if (path.Length == 0 || path.EndsWith('/')) path += "index.html";
        return Combine("", Uri.UnescapeDataString(path), fragment, link, allowFolder: true);
    }

    /// <summary>Walks <paramref name="path"/>'s segments from <paramref name="folder"/>.</summary>
    private static LinkTarget Combine(string folder, string path, string? fragment, string url, bool allowFolder)
    {
        if (Plain(path, out var ups, out var rest) && Up(folder, ups) is { } start)
            return LinkTarget.File(start.Length == 0 ? rest : string.Concat(start, "/", rest), fragment);

        var segments = folder.Length == 0 ? [] : folder.Split('/').ToList();
        var parts = path.Split('/');
        for (var k = 0; k < parts.Length; k++)
        {
            var part = parts[k];
            var last = k == parts.Length - 1;
            if (last && part is "" or "." or ".." && !allowFolder)
                return LinkTarget.Wrong($"{Quote(url)} links to a folder instead of its index.html file");
            if (part == ".") continue;
            if (part == "..")
            {
                if (segments.Count == 0) return LinkTarget.Wrong($"{Quote(url)} climbs above the site's root");
                segments.RemoveAt(segments.Count - 1);
                continue;
            }
            segments.Add(part);
        }
        return LinkTarget.File(string.Join('/', segments), fragment);
    }

    /// <summary>The common shape of our links, "../../x/y.html": leading "../" then segments that are neither
    /// empty nor dot segments. Resolving those needs no splitting.</summary>
    private static bool Plain(string path, out int ups, out string rest)
    {
        var start = 0;
        for (ups = 0; path.AsSpan(start).StartsWith("../"); ups++) start += 3;
        rest = path[start..];
        if (rest.Length == 0 || rest[0] == '/' || rest.EndsWith('/') || rest.Contains("//")) return false;
        foreach (var segment in rest.AsSpan().Split('/'))
            if (rest.AsSpan(segment) is "." or "..") return false;
        return true;
    }

    /// <summary><paramref name="folder"/> with its last <paramref name="ups"/> segments removed, or null when
    /// there are not that many.</summary>
    private static string? Up(string folder, int ups)
    {
        var end = folder.Length;
        for (var k = 0; k < ups; k++)
        {
            if (end == 0) return null;
            end = folder.LastIndexOf('/', end - 1) is var slash and >= 0 ? slash : 0;
        }
        return folder[..end];
    }

    /// <summary>Separates the path from ?query and #fragment; the fragment is unescaped, empty means none.</summary>
    private static (string Path, string? Fragment) SplitOff(string link)
    {
        string? fragment = null;
        var hash = link.IndexOf('#');
        if (hash >= 0)
        {
            fragment = hash + 1 < link.Length ? Uri.UnescapeDataString(link[(hash + 1)..]) : null;
            link = link[..hash];
        }
        var query = link.IndexOf('?');
        return (query >= 0 ? link[..query] : link, fragment);
    }

    /// <summary>The scheme of an absolute URL ("https"), or null for a relative one.</summary>
    private static string? Scheme(string link)
    {
        if (link.Length == 0 || !char.IsAsciiLetter(link[0])) return null;
        for (var k = 1; k < link.Length; k++)
        {
            var c = link[k];
            if (c == ':') return link[..k];
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('+' or '-' or '.')) return null;
        }
        return null;
    }

    private static string Quote(string url) => url.Length <= 120 ? $"\"{url}\"" : $"\"{url[..117]}…\"";
}
