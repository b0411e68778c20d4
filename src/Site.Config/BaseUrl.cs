namespace Site.Config;

/// <summary>The address a site is published at, as site.yml's <c>baseUrl</c> and the <c>--base-url</c> option
/// give it: read with <see cref="Uri"/>, never through YAML or any other text format, so any character a URL may
/// hold (a quote, a colon, a hash) reaches the site as it was written or is refused for what it is.</summary>
public static class BaseUrl
{
    /// <summary>The base URL as the site writes it (trimmed, without a trailing slash), or null for blank text
    /// (a site opened only from disk).</summary>
    /// <param name="problem">Why the text is not a base URL, in words fit to follow the setting's name
    /// ("must be …"); null when it is one.</param>
    public static string? Parse(string text, out string? problem)
    {
        problem = null;
        var url = text.Trim();
        if (url.Length == 0) return null;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.Host.Length == 0)
            problem = $"must be an absolute http(s) URL such as https://paper.example/, not \"{url}\"";
        // Every page's address is the base URL and a path after it: a query or fragment would end up in the middle.
        else if (uri.Query.Length > 0 || uri.Fragment.Length > 0 || url.Contains('?') || url.Contains('#'))
            problem = $"must not have a ?query or #fragment (pages' paths are added after it), not \"{url}\"";
        return problem is null ? url.TrimEnd('/') : null;
    }
}
