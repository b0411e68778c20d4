using System.IO.Compression;
using System.Text.Json;
using Site.Publishing.Pipeline;

namespace Site.Publishing.Cache;

/// <summary>The build's cache folder: parsed editions by parse key (content-addressed, so builds of the
/// same input into several output folders share them), and one <see cref="BuildState"/> per output
/// folder. Anything unreadable is treated as absent: the cache can only save work, never change the
/// output. Each build prunes the parsed editions it did not use, so builds of different inputs or
/// parsing rules taking turns over one cache re-parse each other's editions (time, never bytes).</summary>
public sealed class BuildCache
{
    private const string ModelFormat = "edition-gz-1";

    /// <summary>Chinese text stays as UTF-8 (the default escapes it to \uXXXX, doubling the size); these
    /// files are read by this program only, never embedded in HTML.</summary>
    private static readonly JsonSerializerOptions Json = new()
    {
        IncludeFields = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly string folder;
    private readonly string models;

    public BuildCache(string folder)
    {
        this.folder = Path.GetFullPath(folder);
        models = Path.Combine(this.folder, "editions");
        Directory.CreateDirectory(models);
    }

    /// <summary>The state of the last build into <paramref name="outputFolder"/>, or null when there is
    /// none, it is damaged, or it describes another folder or an output folder that is gone.</summary>
    public BuildState? LoadState(string outputFolder)
    {
        var full = Path.GetFullPath(outputFolder);
        if (!Directory.Exists(full)) return null;
        var payload = SealedFile.Read(StatePath(full), BuildState.Format);
        if (payload is null) return null;
        try
        {
            var state = StateCodec.Read(payload);
            return state.OutputFolder == full ? state : null;
        }
        catch (Exception e) when (e is EndOfStreamException or InvalidDataException or ArgumentOutOfRangeException or FormatException)
        {
            return null;
        }
    }

    public void SaveState(BuildState state) =>
        SealedFile.Write(StatePath(state.OutputFolder), BuildState.Format, StateCodec.Write(state));

    public EditionModel? LoadModel(string parseKey)
    {
        var payload = SealedFile.Read(ModelPath(parseKey), ModelFormat);
        if (payload is null) return null;
        try
        {
            using var unzip = new GZipStream(new MemoryStream(payload), CompressionMode.Decompress);
            return JsonSerializer.Deserialize<EditionModel>(unzip, Json);
        }
        catch (Exception e) when (e is JsonException or InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>Files a parsed edition (gzipped: a year of parsed editions is some 45 MB of JSON). A cache that cannot be written only costs the next build time, so
    /// an I/O failure here does not fail this one.</summary>
    public void SaveModel(string parseKey, EditionModel model)
    {
        try
        {
            var zipped = new MemoryStream();
            using (var zip = new GZipStream(zipped, CompressionLevel.Fastest, leaveOpen: true))
                JsonSerializer.Serialize(zip, model, Json);
            SealedFile.Write(ModelPath(parseKey), ModelFormat, zipped.GetBuffer().AsSpan(0, (int)zipped.Length));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
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

    private string StatePath(string outputFolder) =>
        Path.Combine(folder, $"state-{Fingerprint.Of(System.Text.Encoding.UTF8.GetBytes(outputFolder))}.bin");
}
