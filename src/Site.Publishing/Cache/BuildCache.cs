using System.Text.Json;
using Site.Publishing.Pipeline;

namespace Site.Publishing.Cache;

/// <summary>The build's cache folder: parsed editions by parse key (content-addressed, shared by every
/// output folder), and one <see cref="BuildState"/> per output folder. Anything unreadable is treated
/// as absent: the cache can only save work, never change the output.</summary>
public sealed class BuildCache
{
    private const string ModelFormat = "edition-1";
    private static readonly JsonSerializerOptions Json = new() { IncludeFields = true };

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
            var state = JsonSerializer.Deserialize<BuildState>(payload, Json);
            return state is not null && state.OutputFolder == full ? state : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public void SaveState(BuildState state) =>
        SealedFile.Write(StatePath(state.OutputFolder), BuildState.Format, JsonSerializer.SerializeToUtf8Bytes(state, Json));

    public EditionModel? LoadModel(string parseKey)
    {
        var payload = SealedFile.Read(ModelPath(parseKey), ModelFormat);
        if (payload is null) return null;
        try
        {
            return JsonSerializer.Deserialize<EditionModel>(payload, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Files a parsed edition. A cache that cannot be written only costs the next build time, so
    /// an I/O failure here does not fail this one.</summary>
    public void SaveModel(string parseKey, EditionModel model)
    {
        try
        {
            SealedFile.Write(ModelPath(parseKey), ModelFormat, JsonSerializer.SerializeToUtf8Bytes(model, Json));
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
        Path.Combine(folder, $"state-{Fingerprint.Of(System.Text.Encoding.UTF8.GetBytes(outputFolder))}.json");
}
