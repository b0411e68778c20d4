using Site.Config;
using Site.Publishing.Cache;
using Site.Publishing.Documents;

namespace Site.Publishing.Pipeline;

/// <summary>The parsed edition of a date: from the cache under its parse key, else parsed from its raw
/// files (and saved there for the next build). Thread-safe.</summary>
internal sealed class EditionModels(BuildCache? cache, SiteConfig config)
{
    private int parsed;

    /// <summary>Editions parsed from their raw files so far.</summary>
    public int Parsed => Volatile.Read(ref parsed);

    public EditionModel Get(EditionSource source, string parseKey)
    {
        var edition = cache?.LoadModel(parseKey);
        if (edition is not null) return edition;
        edition = ParseEdition.Run(source, config);
        Interlocked.Increment(ref parsed);
        cache?.SaveModel(parseKey, edition);
        return edition;
    }
}
