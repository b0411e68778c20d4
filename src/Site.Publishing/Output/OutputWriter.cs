using System.Buffers;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;

namespace Site.Publishing.Output;

/// <summary>
/// Writes the built site so that only what changed is touched and a failed build leaves the previous site as
/// it was: changed files are staged in a sibling folder (same filesystem, so each move is an atomic rename)
/// and moved into place only at <see cref="Commit"/> (into a missing output folder, the whole staged tree in
/// one rename). Unchanged files keep their bytes and mtime, which keeps
/// rsync, HTTP caches and mirrors quiet.
/// </summary>
/// <remarks>Holds paths only, never contents: each file goes to disk as it is added.</remarks>
public sealed class OutputWriter : IDisposable
{
    private readonly string output;
    private readonly string staging;
    private readonly Lock gate = new();
    private readonly HashSet<string> produced;
    private readonly HashSet<string> folders = new(StringComparer.Ordinal);
    // Staging folders already made: creating one is a stat per path segment, and a site of 200,000
    // files lives in a few thousand folders.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> stagedFolders = new(StringComparer.Ordinal);
    private readonly List<string> staged = [];
    private int unchanged;
    private bool finished;

    /// <summary>What the output folder held when the build began (<see cref="OutputInventory"/>), when
    /// known: then stale files are found from it, without walking the tree again.</summary>
    private readonly IReadOnlySet<string>? existing;

    /// <param name="outputFolder">The site's folder; it need not exist yet.</param>
    /// <param name="existing">Its files as <see cref="OutputInventory.Take"/> lists them, if taken.</param>
    public OutputWriter(string outputFolder, IReadOnlySet<string>? existing = null)
    {
        this.existing = existing;
        // Sized for the site the output held: a rebuild records as many paths, without rehashing.
        produced = new HashSet<string>(existing?.Count ?? 0, StringComparer.Ordinal);
        ArgumentException.ThrowIfNullOrWhiteSpace(outputFolder);
        output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputFolder));
        if (Path.GetDirectoryName(output) is not { } parent)
            throw new ArgumentException($"refusing to use the filesystem root {output} as the output folder", nameof(outputFolder));
        var workingFolder = Path.TrimEndingDirectorySeparator(Environment.CurrentDirectory);
        if (workingFolder == output || workingFolder.StartsWith(output + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new ArgumentException($"refusing to use {output} as the output folder: it holds the working folder, and stale files there would be deleted", nameof(outputFolder));
        staging = Path.Combine(parent, $"{Path.GetFileName(output)}.staging-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6))}");
        Directory.CreateDirectory(staging);
    }

    /// <summary>Stages <paramref name="file"/> unless the output already holds exactly its bytes. Thread-safe.</summary>
    /// <exception cref="ArgumentException">The path is absolute, climbs with "..", uses '\' or is not ASCII.</exception>
    /// <exception cref="InvalidOperationException">The path was added before, or clashes with a folder of another.</exception>
    public void Add(OutputFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        OutputPath.Validate(file.Path);
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(finished, this);
            Claim(file.Path);
        }

        // A file the output did not hold at the start cannot be unchanged: no stat for it. (The inventory
        // does not list dot-named entries, so those are always compared.)
        var target = Path.Combine(output, file.Path);
        if ((existing is null || existing.Contains(file.Path) || !OutputInventory.Lists(file.Path)) && HasContent(target, file.Content))
        {
            Interlocked.Increment(ref unchanged);
            return;
        }

        var temporary = Path.Combine(staging, file.Path);
        var folder = Path.GetDirectoryName(temporary)!;
        if (!stagedFolders.ContainsKey(folder))
        {
            Directory.CreateDirectory(folder);   // made before it is recorded, so no thread writes into a folder not yet there
            stagedFolders.TryAdd(folder, true);
        }
        // A new file, written in one call: no lock, truncation or preallocation to ask the filesystem for.
        using (var handle = File.OpenHandle(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            RandomAccess.Write(handle, file.Content, 0);
        lock (gate) staged.Add(file.Path);
    }

    /// <summary>Keeps a file an earlier build wrote, unread and untouched (an incremental build knows its
    /// bytes would be the same). Thread-safe.</summary>
    /// <exception cref="InvalidOperationException">The path was added before, or clashes with a folder of another.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Keep(IReadOnlyCollection<string> paths)
    {
        foreach (var path in paths) OutputPath.Validate(path);
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(finished, this);
            var known = folders.GetAlternateLookup<ReadOnlySpan<char>>();
            foreach (var path in paths)
            {
                // A kept file was a valid path of the last build; what matters now is that no new file
                // claims it or its folders, so only those are recorded (a folder known means its
                // ancestors are too; looked up without a string until it is new).
                if (!produced.Add(path)) throw new InvalidOperationException($"{path} was produced twice");
                if (folders.Contains(path)) throw new InvalidOperationException($"{path} is both a file and a folder of other files");
                for (var slash = path.LastIndexOf('/'); slash > 0 && known.Add(path.AsSpan(0, slash)); slash = path.LastIndexOf('/', slash - 1)) { }
            }
        }
        Interlocked.Add(ref unchanged, paths.Count);
    }

    /// <summary>Moves the staged files into place, deletes what this build no longer produces (and folders
    /// left empty), and removes the staging folder.</summary>
    public WriteReport Commit()
    {
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(finished, this);
            finished = true;
        }

        if (!Path.Exists(output) && unchanged == 0)
        {
            // A first build: the staged tree becomes the output in one atomic rename. (An existing folder,
            // even an empty one, may be a mount point or have its own owner and mode: it is filled file by
            // file instead.)
            try
            {
                Directory.Move(staging, output);
                return new WriteReport(staged.Count, unchanged, 0);
            }
            catch (IOException)
            {
                // Moved file by file below, which reports what is in the way.
            }
        }

        Directory.CreateDirectory(output);
        staged.Sort(StringComparer.Ordinal);
        var deleted = 0;
        // Each move is one rename and independent of the others (making folders is idempotent), so a
        // large site moves into place on every core.
        Parallel.ForEach(staged, path =>
        {
            var target = Path.Combine(output, path);
            var made = MakeRoomFor(target);
            File.Move(Path.Combine(staging, path), target, overwrite: true);
            if (made > 0) Interlocked.Add(ref deleted, made);
        });
        deleted += existing is null ? DeleteStale(new DirectoryInfo(output), "") : DeleteListed(existing);
        Directory.Delete(staging, recursive: true);
        return new WriteReport(staged.Count, unchanged, deleted);
    }

    /// <summary>Without <see cref="Commit"/>: throws the staged files away and leaves the output as it was.</summary>
    public void Dispose()
    {
        lock (gate) finished = true;
        if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
    }

    /// <summary>Records a path, refusing a second claim on it and a file where another path needs a folder.</summary>
    private void Claim(string path)
    {
        if (produced.Contains(path)) throw new InvalidOperationException($"{path} was produced twice");
        if (folders.Contains(path)) throw new InvalidOperationException($"{path} is both a file and a folder of other files");
        for (var slash = path.IndexOf('/'); slash >= 0; slash = path.IndexOf('/', slash + 1))
            if (produced.Contains(path[..slash]))
                throw new InvalidOperationException($"{path} needs {path[..slash]} to be a folder, but it is a file of the site");
        for (var slash = path.IndexOf('/'); slash >= 0; slash = path.IndexOf('/', slash + 1)) folders.Add(path[..slash]);
        produced.Add(path);
    }

    /// <summary>Compares with the file on disk in chunks, so large assets are not read whole.</summary>
    private static bool HasContent(string path, ReadOnlySpan<byte> content)
    {
        var info = new FileInfo(path);
        if (!info.Exists || info.Length != content.Length) return false;
        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
            for (var offset = 0; offset < content.Length;)
            {
                var read = stream.Read(buffer, 0, Math.Min(buffer.Length, content.Length - offset));
                if (read == 0 || !buffer.AsSpan(0, read).SequenceEqual(content.Slice(offset, read))) return false;
                offset += read;
            }
            return stream.ReadByte() < 0;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>An earlier build may have left a file where this one needs a folder, or a folder where it
    /// needs a file; neither is produced now (<see cref="Claim"/> saw to that), so both are stale.</summary>
    /// <returns>How many stale files were deleted.</returns>
    private int MakeRoomFor(string target)
    {
        var deleted = 0;
        if (Directory.Exists(target))
        {
            deleted += Directory.EnumerateFiles(target, "*", SearchOption.AllDirectories).Count();
            Directory.Delete(target, recursive: true);
        }
        var folder = Path.GetDirectoryName(target)!;
        if (Directory.Exists(folder)) return deleted;
        for (var ancestor = folder; ancestor.Length > output.Length; ancestor = Path.GetDirectoryName(ancestor)!)
        {
            if (!File.Exists(ancestor)) continue;
            File.Delete(ancestor);
            deleted++;
        }
        Directory.CreateDirectory(folder);
        return deleted;
    }

    /// <summary>Deletes the files the folder held at the start that this build did not produce, and the
    /// folders that leaves empty.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int DeleteListed(IReadOnlySet<string> listed)
    {
        var deleted = 0;
        var folders = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var path in listed)
        {
            if (produced.Contains(path)) continue;
            var full = Path.Combine(output, path);
            if (!File.Exists(full)) continue;   // made way for a folder in MakeRoomFor, and counted there
            File.Delete(full);
            deleted++;
            for (var slash = path.LastIndexOf('/'); slash > 0; slash = path.LastIndexOf('/', slash - 1)) folders.Add(path[..slash]);
        }
        // Deepest first, so a folder emptied by its emptied subfolders goes too.
        foreach (var folder in folders.Reverse())
        {
            var full = Path.Combine(output, folder);
            if (Directory.Exists(full) && !Directory.EnumerateFileSystemEntries(full).Any()) Directory.Delete(full);
        }
        return deleted;
    }

    /// <summary>Deletes files below <paramref name="folder"/> that this build did not produce, and folders left
    /// empty. Dot-files (a deploy checkout's .git, a host's .well-known) and symbolic links are not the
    /// build's to delete, and links are not followed, so nothing outside the output folder is ever touched.</summary>
    /// <returns>How many files were deleted.</returns>
    private int DeleteStale(DirectoryInfo folder, string prefix)
    {
        var deleted = 0;
        foreach (var entry in folder.EnumerateFileSystemInfos())
        {
            // Dot-entries and symbolic links are not the build's (as OutputInventory does not list them).
            if (entry.Name.StartsWith('.') || entry.LinkTarget is not null) continue;
            var path = prefix + entry.Name;
            if (entry is FileInfo)
            {
                if (produced.Contains(path)) continue;
                entry.Delete();
                deleted++;
            }
            else if (entry is DirectoryInfo directory)
            {
                deleted += DeleteStale(directory, path + "/");
                if (!directory.EnumerateFileSystemInfos().Any()) directory.Delete();
            }
        }
        return deleted;
    }
}
