using System.Collections.Immutable;

namespace Site.Publishing.Check;

/// <summary>Where a URL was found, which decides whether it may be absolute.</summary>
internal enum LinkContext
{
    /// <summary>An ordinary link or asset reference: it must be relative and stay inside the site.</summary>
    Relative,

    /// <summary>A place where a standard demands an absolute URL (canonical and alternate links, Open Graph and
    /// Twitter card metadata). An absolute URL here must point into the site under its base URL.</summary>
    StandardAbsolute,
}

/// <summary>A URL as written in a file, with the line it is on.</summary>
internal readonly record struct FoundLink(string Url, int Line, LinkContext Context);

/// <summary>A problem inside one file, before it is tied to the file's path.</summary>
internal readonly record struct PageProblem(int Line, string Message);

/// <summary>What the checker keeps of a page: its outgoing links, the ids it offers to fragments, and what is
/// wrong with its markup. Never the page's contents.</summary>
internal sealed record ScannedPage(ImmutableArray<FoundLink> Links, ImmutableArray<string> Ids, ImmutableArray<PageProblem> Problems);
