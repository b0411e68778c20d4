using Site.Parsing.Diagnostics;
using System.Collections.Immutable;
using Site.Publishing.Documents;
using Site.Publishing.Search;

namespace Site.Publishing.Cache;

/// <summary>What the last successful build into an output folder made, and from what: enough for the
/// next build to skip every edition and listing page whose inputs are unchanged.</summary>
/// <param name="OutputFolder">The full path of the output folder it describes.</param>
/// <param name="SiteKey">Code version, configuration and theme: when it changes, nothing rendered is reused.</param>
/// <param name="Sources">The raw files read, with the hash of their bytes (re-hashed only when their
/// size or modification time changes).</param>
/// <param name="Pages">Numbered listing pages (and other reusable site-wide files): output path → the key
/// of what it shows.</param>
public sealed record BuildState(
    string OutputFolder,
    string SiteKey,
    ImmutableArray<SourceStamp> Sources,
    ImmutableArray<EditionRecord> Editions,
    ImmutableArray<KeyedFiles> Pages,
    ImmutableArray<SearchUnitRecord> SearchUnits)
{
    public const string Format = "state-bin-6";
}

public sealed record SourceStamp(string Path, long Length, long Modified, string Hash);

/// <summary>An edition as last built: its parse key (what it was parsed from), its render key (that and
/// the site key: its page views, articles and edition.json), its front key (that and where it stands
/// among the others: its front page, and the home page when it is the latest), the summary the
/// site-wide pages need, its files (front first) and its warnings.</summary>
public sealed record EditionRecord(DateOnly Date, string ParseKey, string RenderKey, string FrontKey, EditionSummary Summary,
    ImmutableArray<string> Files, ImmutableArray<Diagnostic> Warnings);

/// <summary>A unit of the search index (a year, or a month of the newest year) as last built: what the
/// manifest says of it, the key of its editions' parses, and its files.</summary>
public sealed record SearchUnitRecord(IndexUnit Info, string Key, ImmutableArray<string> Files);

/// <summary>Files made from inputs summed up by one key.</summary>
public sealed record KeyedFiles(string Name, string Key, ImmutableArray<string> Files);
