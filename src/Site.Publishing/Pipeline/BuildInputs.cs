using System.Collections.Immutable;
using Site.Config;
using Site.Publishing.Cache;
using Site.Publishing.Documents;
using Site.Publishing.Imaging;
using Site.Publishing.Output;
using Site.Publishing.Rendering;
using Site.Publishing.Theming;

namespace Site.Publishing.Pipeline;

/// <summary>What a build reads before it decides anything: the configuration and the theme, the raw
/// editions and their parse keys, the last build and a listing of the output folder.</summary>
/// <param name="Output">The output folder's full path.</param>
/// <param name="CacheProblem">Why the cache folder cannot be used (the build is then a clean one).</param>
/// <param name="ParseKeys">Each edition's parse key, or the error met reading its raw files; null without a
/// cache: keys serve only the cache, and a build without one reads no raw file twice to hash it.</param>
internal sealed record BuildInputs(
    BuildOptions Options, string Output, BuildCache? Cache, string? CacheProblem,
    SiteContext Site, PageImaging Images, ImmutableArray<EditionSource> Sources,
    PreviousBuild Previous, HashSet<string> Inventory, string SiteKey, IReadOnlyList<(string? Key, Exception? Error)>? ParseKeys)
{
    public SiteConfig Config => Site.Config;

    public Theme Theme => Site.Theme;

    public static BuildInputs Read(BuildOptions options)
    {
        var output = Path.GetFullPath(options.OutputFolder);
        var (cache, cacheProblem) = OpenCache(options.CacheFolder);
        // The last build's state and a listing of the output (what an incremental build keeps, which new
        // files need no comparing with the old, and what is stale, without a stat per file or a second
        // walk) are read while the rest loads.
        var previousTask = Task.Run(() => PreviousBuild.Load(cache, output));
        var inventoryTask = Task.Run(() => OutputInventory.Take(output));
        var (config, configBytes, configPath) = SiteSettings.Load(options);
        var theme = Theme.Load(SiteSettings.ThemeFolder(options, config, configPath), Path.Combine(options.InputFolder, "theme"), options.CompileTemplates);
        var images = new PageImaging(Pdftoppm.Find(), new RenderedImageStore(cache?.PageImagesFolder));
        var site = new SiteContext(config, theme) { Images = images };
        var sources = EditionSource.Discover(Path.Combine(options.InputFolder, "issues"));

        var siteKey = BuildKeys.Site(configBytes, options.BaseUrl, theme.Fingerprint, theme.InterpretedBecause is null, images.Capability);
        var previous = previousTask.Result;
        previous.ForgetRenderedUnless(siteKey);
        // Each edition's parse key needs its raw files' stamps (33,000 stats at ten years): they are taken
        // while the output is still being listed.
        var parseKeys = cache is null ? null : KeysOf(BuildKeys.Parser(config.Parser), sources, previous.Hashes);
        return new BuildInputs(options, output, cache, cacheProblem, site, images, sources, previous, inventoryTask.Result, siteKey, parseKeys);
    }

    private static (BuildCache? Cache, string? Problem) OpenCache(string? folder)
    {
        try
        {
            return (folder is null ? null : new BuildCache(folder), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Without a usable cache the build is a clean one, not a failed one.
            return (null, $"the build cache cannot be used ({e.Message}); building without it");
        }
    }

    private static (string? Key, Exception? Error)[] KeysOf(string parserKey, ImmutableArray<EditionSource> sources, SourceHashes hashes)
    {
        var keys = new (string? Key, Exception? Error)[sources.Length];
        Parallel.For(0, sources.Length, i =>
        {
            try
            {
                keys[i] = (BuildKeys.Parse(parserKey, sources[i], hashes), null);
            }
            catch (Exception e) when (InputErrors.Are(e))
            {
                keys[i] = (null, e);
            }
        });
        return keys;
    }
}
