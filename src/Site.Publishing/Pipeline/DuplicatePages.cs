using Site.Parsing.Diagnostics;
using Site.Publishing.Cache;
using Site.Publishing.Documents;
using Site.Publishing.Hashing;

namespace Site.Publishing.Pipeline;

/// <summary>Finds a raw page filed twice: the same bytes under two names (yesterday's page filed again as
/// today's, a page copied into the wrong edition). Only files of the same size are read and hashed, and
/// with a build cache their hashes are already known.</summary>
public static class DuplicatePages
{
    /// <param name="hashOf">The hash of a raw file's bytes, given its stamp.</param>
    /// <returns>One warning for each set of identical pages, on the first file, naming the others.</returns>
    public static IEnumerable<Diagnostic> Find(IEnumerable<EditionSource> sources, Func<string, FileStamp, string> hashOf)
    {
        var pages = sources.SelectMany(s => s.Files.Select((file, i) => (File: file, Stamp: s.Stamps[i])));
        var sameSize = pages.GroupBy(p => p.Stamp.Length).Where(g => g.Count() > 1 && g.Key > 0);
        var twice = sameSize.AsParallel()
            .SelectMany(g => g.GroupBy(p => hashOf(p.File, p.Stamp), StringComparer.Ordinal).Where(h => h.Count() > 1))
            .Select(h => h.Select(p => p.File).Order(StringComparer.Ordinal).ToList())
            .ToList();
        return twice.OrderBy(files => files[0], StringComparer.Ordinal).Select(files => Diagnostic.Warning(files[0], 0, InputCodes.PageFiledTwice,
            $"the same bytes as {string.Join(" and ", files.Skip(1))}: one raw page filed twice",
            "keep the page in the edition it belongs to and delete the other copy"));
    }

    /// <summary>The hash of a file's bytes read now: for builds without a cache.</summary>
    public static string Read(string path, FileStamp _) => Fingerprint.Of(File.ReadAllBytes(path));
}
