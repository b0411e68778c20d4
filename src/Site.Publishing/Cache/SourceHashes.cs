using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Site.Publishing.Documents;
using Site.Publishing.Hashing;

namespace Site.Publishing.Cache;

/// <summary>The hash of each raw file's bytes. Like git's index, a file whose size and modification time
/// match the last build's record keeps its recorded hash without being read: a ten-year archive holds
/// hundreds of megabytes of raw text, and an incremental build must not read them all.</summary>
public sealed class SourceHashes(ImmutableArray<SourceStamp> previous)
{
    private readonly Dictionary<string, SourceStamp> known = previous.ToDictionary(s => s.Path, StringComparer.Ordinal);
    // A bag, not a dictionary: each file is stamped once per build, and 33,000 inserts into a concurrent
    // dictionary (a node and a lock each) cost more than the rest of keying the editions.
    private readonly ConcurrentBag<SourceStamp> current = [];

    /// <summary>The hash of the file at <paramref name="path"/>, whose size and modification time discovery
    /// saw as <paramref name="seen"/>. Thread-safe.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public string Of(string path, FileStamp seen)
    {
        var stamp = known.TryGetValue(path, out var old) && old.Length == seen.Length && old.Modified == seen.Modified
            ? old
            : Hash(path, seen);
        current.Add(stamp);
        return stamp.Hash;
    }

    /// <remarks>A file written since discovery saw it (an editor saving mid-build) is recorded with the
    /// stamp seen, so the next build hashes it again rather than trusting the newer bytes' stamp.</remarks>
    private static SourceStamp Hash(string path, FileStamp seen) => new(path, seen.Length, seen.Modified, Fingerprint.Of(File.ReadAllBytes(path)));

    /// <summary>The stamps of every file hashed in this build, for the next, by path (a file asked for twice
    /// is stamped once).</summary>
    public ImmutableArray<SourceStamp> Stamps
    {
        get
        {
            var all = current.ToArray();
            Array.Sort(all, (a, b) => string.CompareOrdinal(a.Path, b.Path));
            var unique = ImmutableArray.CreateBuilder<SourceStamp>(all.Length);
            foreach (var stamp in all)
                if (unique.Count == 0 || unique[^1].Path != stamp.Path) unique.Add(stamp);
            return unique.ToImmutable();
        }
    }
}
