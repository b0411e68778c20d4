using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.IO.Compression;
using System.Runtime.ExceptionServices;
using System.Text.Json;
using Site.Publishing.Documents;
using Site.Publishing.Hashing;
using Site.Publishing.Output;

namespace Site.Publishing.Cache;

/// <summary>The build's cache folder: parsed editions by parse key (content-addressed, so builds of the
/// same input into several output folders share them), and one <see cref="BuildState"/> per output
/// folder. Anything unreadable is treated as absent: the cache can only save work, never change the
/// output. Each build prunes the parsed editions it did not use, so builds of different inputs or
/// parsing rules taking turns over one cache re-parse each other's editions (time, never bytes).</summary>
public sealed class BuildCache
{
    /// <summary>The code of warnings about the cache (it cannot be used or saved): they cost time, never output.</summary>
    public const string Code = "build-cache";

    private const string ModelFormat = "edition-br-1";

    /// <summary>The cache's JSON encoder for a writer of its own (a writer's options, not the serializer's, decide it).</summary>
    private static readonly JsonWriterOptions ModelWriter = new() { Encoder = ModelJson.Cache.Options.Encoder };

    private readonly string folder;
    private readonly string models;

    public BuildCache(string folder)
    {
        this.folder = Path.GetFullPath(folder);
        models = Path.Combine(this.folder, "editions");
        Directory.CreateDirectory(models);
    }

    /// <summary>Where images drawn from PDF pages are kept, named by the PDF's bytes and what was drawn
    /// (<see cref="Imaging.RenderedImageStore"/>): an unchanged PDF is not drawn again.</summary>
    public string PageImagesFolder => Path.Combine(folder, "page-images");

    /// <summary>The parts the loaded state was read from (each verified whole): a part of the same name
    /// need not be written again.</summary>
    private HashSet<string> loadedParts = [];

    private sealed record StatePart(ImmutableArray<SourceStamp> Sources, ImmutableArray<EditionRecord> Editions);

    /// <summary>The state of the last build into <paramref name="outputFolder"/>, or null when there is
    /// none, it or one of its parts is damaged, or it describes another folder. The parts (one per year)
    /// are read in parallel.</summary>
    /// <remarks>Read even when the output folder is gone (a CI run starts from a fresh checkout): nothing
    /// rendered is reused without its files, but what each URL held was published all the same.</remarks>
    public BuildState? LoadState(string outputFolder)
    {
        var full = Path.GetFullPath(outputFolder);
        var payload = SealedFile.Read(StatePath(full), BuildState.Format);
        if (payload is null) return null;
        try
        {
            var (head, names) = StateCodec.ReadHead(payload);
            if (head.OutputFolder != full) return null;
            var parts = new StatePart?[names.Length];
            Parallel.For(0, names.Length, i => parts[i] = LoadPart(names[i]));
            if (parts.Any(p => p is null) || parts.DistinctBy(p => PartYear(p!)).Count() != parts.Length) return null;
            loadedParts = [.. names];
            return head with
            {
                Sources = [.. parts.SelectMany(p => p!.Sources)],
                Editions = [.. parts.SelectMany(p => p!.Editions)],
            };
        }
        catch (Exception e) when (IsUnreadable(e))
        {
            return null;
        }
    }

    /// <summary>Saves the state as a head and a part per year (see <see cref="SavePart"/>).</summary>
    public void SaveState(BuildState state)
    {
        var editions = state.Editions.GroupBy(e => e.Date.Year).ToDictionary(g => g.Key, g => g.ToImmutableArray());
        var sources = SourcesByYear(state.Sources);
        var years = editions.Keys.Union(sources.Keys).Order().ToArray();
        var names = new string[years.Length];
        try
        {
            Parallel.For(0, years.Length, i =>
                names[i] = SavePart(state.OutputFolder, years[i], sources.GetValueOrDefault(years[i], []), editions.GetValueOrDefault(years[i], [])));
        }
        catch (AggregateException e)
        {
            // As if written one by one: the caller sees the I/O failure itself (a full disk, a folder gone).
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
        SaveHead(state, names);
    }

    /// <summary>The raw files' stamps by the year of the part that holds them.</summary>
    public static Dictionary<int, ImmutableArray<SourceStamp>> SourcesByYear(IEnumerable<SourceStamp> sources) =>
        sources.GroupBy(s => SourceYear(s.Path)).ToDictionary(g => g.Key, g => g.ToImmutableArray());

    /// <summary>Saves a year's part of the state: its raw files' stamps and its editions. The build saves
    /// each year's as soon as the year is done, so that its article summaries need not be held to the end;
    /// until <see cref="SaveHead"/> names it a part is only a file in the cache. A part is named for what
    /// decides its content (its raw files' stamps and its editions' render and front keys, which cover the
    /// code, the site and the parse), so a year whose part was read whole at the start is not written
    /// again: adding a day to a ten-year archive writes one year's part, not ten.</summary>
    /// <returns>The part's name, for the head.</returns>
    public string SavePart(string outputFolder, int year, ImmutableArray<SourceStamp> sources, ImmutableArray<EditionRecord> editions)
    {
        var name = PartName(StatePrefix(outputFolder), year, sources, editions);
        if (!loadedParts.Contains(name))
            SealedFile.Write(Path.Combine(folder, name), PartFormat, StateCodec.WritePart(sources, editions));
        return name;
    }

    /// <summary>Saves the state's head (<paramref name="head"/>'s sources and editions are in the parts it
    /// names, saved before) and deletes the parts no longer named, as well as any a failed build left.</summary>
    public void SaveHead(BuildState head, IReadOnlyCollection<string> parts)
    {
        var prefix = StatePrefix(head.OutputFolder);
        SealedFile.Write(StatePath(head.OutputFolder), BuildState.Format, StateCodec.WriteHead(head, [.. parts]));
        var named = parts.ToHashSet(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, prefix + "-*.bin"))
            if (!named.Contains(Path.GetFileName(file))) File.Delete(file);
    }

    private static string PartName(string prefix, int year, ImmutableArray<SourceStamp> sources, ImmutableArray<EditionRecord> editions)
    {
        var f = new Fingerprint().Add(PartFormat);
        foreach (var s in sources) f.Add(s.Path).Add(s.Length).Add(s.Modified).Add(s.Hash);
        f.Add("|");
        foreach (var e in editions) f.Add(e.Date).Add(e.ParseKey).Add(e.RenderKey).Add(e.FrontKey);
        return string.Create(CultureInfo.InvariantCulture, $"{prefix}-{year:0000}-{f.Finish()[..16]}.bin");
    }

    private StatePart? LoadPart(string name)
    {
        // A head names its parts; a name that could leave the folder is a damaged head.
        if (name != Path.GetFileName(name) || !name.EndsWith(".bin", StringComparison.Ordinal)
            || name.AsSpan().IndexOfAny(InvalidNameChars) >= 0) return null;
        var payload = SealedFile.Read(Path.Combine(folder, name), PartFormat);
        if (payload is null) return null;
        try
        {
            var (sources, editions) = StateCodec.ReadPart(payload);
            return new StatePart(sources, editions);
        }
        catch (Exception e) when (IsUnreadable(e))
        {
            return null;
        }
    }

    private static bool IsUnreadable(Exception e) =>
        e is EndOfStreamException or InvalidDataException or ArgumentOutOfRangeException or FormatException;

    /// <summary>The year a part is filed under: its editions', else its raw files'.</summary>
    private static int PartYear(StatePart part) =>
        part.Editions.Length > 0 ? part.Editions[0].Date.Year : part.Sources.Length > 0 ? SourceYear(part.Sources[0].Path) : 0;

    /// <summary>Raw files live in a folder named for their edition's date (issues/2025-08-04/01.txt); any
    /// other goes with year 0.</summary>
    private static int SourceYear(string path) =>
        EditionSource.TryParseDate(Path.GetFileName(Path.GetDirectoryName(path)) ?? "", out var date) ? date.Year : 0;

    public EditionModel? LoadModel(string parseKey)
    {
        var payload = SealedFile.Read(ModelPath(parseKey), ModelFormat);
        if (payload is null) return null;
        try
        {
            using var unzip = new BrotliStream(new MemoryStream(payload), CompressionMode.Decompress);
            return JsonSerializer.Deserialize(unzip, ModelJson.Cache.EditionModel);
        }
        catch (Exception e) when (e is JsonException or InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>Files a parsed edition, compressed: a year of parsed editions is some 45 MB of JSON. Brotli at
    /// its fastest makes about a quarter of that in some 60 % of the time gzip at its fastest took to make
    /// 45 % (a hundred editions of the generated corpus), and reads back as fast. The JSON is written whole
    /// first and compressed in one call: the serializer flushes the stream it writes to as its buffer
    /// fills, and each flush of a Brotli stream ends a block, which left the files larger than gzip's. A
    /// cache that cannot be written only costs the next build time, so an I/O failure here does not fail
    /// this one.</summary>
    public void SaveModel(string parseKey, EditionModel model)
    {
        var json = ThreadBuffer.Take();
        using (var writer = new Utf8JsonWriter(json, ModelWriter))
            JsonSerializer.Serialize(writer, model, ModelJson.Cache.EditionModel);
        var packed = ArrayPool<byte>.Shared.Rent(BrotliEncoder.GetMaxCompressedLength(json.WrittenCount));
        try
        {
            if (!BrotliEncoder.TryCompress(json.WrittenSpan, packed, out var length, quality: 1, window: 22))
                throw new InvalidOperationException("a parsed edition did not fit its compression buffer");
            SealedFile.Write(ModelPath(parseKey), ModelFormat, packed.AsSpan(0, length));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(packed);
        }
    }

    /// <summary>Deletes parsed editions no current build refers to, so the cache does not grow with every
    /// edit of a raw file.</summary>
    public void Prune(IReadOnlySet<string> parseKeys)
    {
        foreach (var file in Directory.EnumerateFiles(models, "*.json"))
            if (!parseKeys.Contains(Path.GetFileNameWithoutExtension(file))) File.Delete(file);
    }

    private string ModelPath(string parseKey) => Path.Combine(models, parseKey + ".json");

    private const string PartFormat = "state-part-2";

    private static readonly System.Buffers.SearchValues<char> InvalidNameChars = System.Buffers.SearchValues.Create(Path.GetInvalidFileNameChars());

    private string StatePath(string outputFolder) => Path.Combine(folder, StatePrefix(outputFolder) + ".bin");

    private static string StatePrefix(string outputFolder) => $"state-{Fingerprint.Of(System.Text.Encoding.UTF8.GetBytes(outputFolder))}";
}
