using System.Globalization;

namespace Site.Publishing.Check;

/// <summary>What is wrong with the links of a site, said the way a maintainer can act on it: a link that a
/// template puts on every page is listed at its first <see cref="SiteChecker.ListedLinks"/> places and counted,
/// not once per page; and when most problems are absolute links under another base URL than the one checked,
/// that is said once, with the fix, instead of once for each link.</summary>
public static class LinkProblems
{
    /// <param name="problems">The problems of links, each as found.</param>
    /// <param name="baseUrl">The base URL the site was checked against (null: none).</param>
    /// <param name="otherProblems">How many other problems the site has (they weigh against the base URL being
    /// the cause).</param>
    public static IEnumerable<SiteProblem> Report(IReadOnlyCollection<SiteProblem> problems, string? baseUrl, int otherProblems)
    {
        var foreign = problems.Where(p => p.ForeignUrl is not null).ToList();
        var rest = problems;
        if (foreign.Count >= 2 && foreign.Count * 2 > problems.Count + otherProblems && BuiltWith(foreign) is { } built)
        {
            yield return new SiteProblem("", 0, WrongBaseUrl(foreign.Count, built, baseUrl));
            rest = [.. problems.Where(p => p.ForeignUrl is null)];
        }
        foreach (var group in rest.GroupBy(p => p.Message, StringComparer.Ordinal))
        {
            var inOrder = group.OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Line).ToList();
            var listed = inOrder.Take(SiteChecker.ListedLinks).ToList();
            for (var i = 0; i < listed.Count; i++)
                yield return i == listed.Count - 1 && inOrder.Count > listed.Count
                    ? listed[i] with { Message = string.Create(CultureInfo.InvariantCulture, $"{listed[i].Message}; {MoreLinks.After(inOrder.Count - listed.Count)}") }
                    : listed[i];
        }
    }

    /// <summary>The base URL the links were made with: what they all start with, up to a slash after the host;
    /// null when they name different hosts.</summary>
    private static string? BuiltWith(IReadOnlyList<SiteProblem> foreign)
    {
        var prefix = foreign[0].ForeignUrl!;
        foreach (var p in foreign)
        {
            var url = p.ForeignUrl!;
            var n = 0;
            while (n < prefix.Length && n < url.Length && prefix[n] == url[n]) n++;
            prefix = prefix[..n];
        }
        var slash = prefix.LastIndexOf('/');
        if (slash < 0) return null;
        prefix = prefix[..(slash + 1)];
        return Uri.TryCreate(prefix, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && prefix.Length > uri.GetLeftPart(UriPartial.Scheme).Length + uri.Host.Length
            ? prefix : null;
    }

    private static string WrongBaseUrl(int count, string built, string? baseUrl)
    {
        var links = string.Create(CultureInfo.InvariantCulture, $"{count:N0} absolute links (canonical addresses, feeds, sitemaps) start with {built}");
        return baseUrl is null
            ? $"{links}, but the check was given no base URL: the site was built with --base-url {built}; check it with --base-url {built} (or give site.yml that baseUrl)"
            : $"{links}, not with the base URL checked, {baseUrl.TrimEnd('/')}/: the site was built with --base-url {built}; check it with --base-url {built}, or build it again with --base-url {baseUrl.TrimEnd('/')}/";
    }
}
