using System.Runtime.CompilerServices;
using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace Site.Publishing.Cache;

/// <summary>The hash of each raw file's bytes. Like git's index, a file whose size and modification time
/// match the last build's record keeps its recorded hash without being read: a ten-year archive holds
/// hundreds of megabytes of raw text, and an incremental build must not read them all.</summary>
public sealed class SourceHashes(ImmutableArray<SourceStamp> previous)
{
    private readonly Dictionary<string, SourceStamp> known = previous.ToDictionary(s => s.Path, StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SourceStamp> current = new(StringComparer.Ordinal);

    /// <summary>The hash of the file at <paramref name="path"/> (a full path). Thread-safe.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public string Of(string path)
    {
        if (current.TryGetValue(path, out var done)) return done.Hash;
        var info = new FileInfo(path);
        var modified = info.LastWriteTimeUtc.Ticks;
        var stamp = known.TryGetValue(path, out var old) && old.Length == info.Length && old.Modified == modified
            ? old
            : new SourceStamp(path, info.Length, modified, Fingerprint.Of(File.ReadAllBytes(path)));
        current[path] = stamp;
        return stamp.Hash;
    }

    /// <summary>The stamps of every file hashed in this build, for the next.</summary>
    public ImmutableArray<SourceStamp> Stamps => [.. current.Values.OrderBy(s => s.Path, StringComparer.Ordinal)];
}
