using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using Site.Config;
using Site.Parsing.Diagnostics;
using Site.Publishing.Cache;
using Site.Publishing.Check;
using Site.Publishing.Corrections;
using Site.Publishing.Discovery;
using Site.Publishing.Documents;
using Site.Publishing.Hashing;
using Site.Publishing.Imaging;
using Site.Publishing.Output;
using Site.Publishing.Rendering;
using Site.Publishing.Search;
using Site.Publishing.Theming;

namespace Site.Publishing.Pipeline;

/// <summary>The whole build, one way: read → parse and render each edition (year by year, each year in
/// parallel) and index each year's text for search → catalog → render the site-wide pages and the
/// discovery files → check every link → write. Editions are rendered as soon as they are parsed and
/// only their summaries are kept, so memory grows with the number of articles, not with the archive's
/// text.</summary>
/// <remarks>With a cache folder the build is incremental: an edition whose render key (its raw files,
/// its neighbours, the code, site.yml and the theme) matches the last build's is neither parsed nor
/// rendered, and its files are kept as they are; an edition that must be re-rendered is re-parsed only
/// when its parse key changed. Numbered listing pages and search units are keyed the same way.
/// Everything else is rendered every time and written only if its bytes changed, so the output equals a
/// clean build's.</remarks>
public static class SiteBuild
{
    public static BuildReport Run(BuildOptions options, IBuildProgress? progress = null)
    {
        progress ??= NoProgress.Instance;
        var clock = Stopwatch.StartNew();
        var output = Path.GetFullPath(options.OutputFolder);
        var cacheProblem = (string?)null;
        BuildCache? cache = null;
        try
        {
            cache = options.CacheFolder is null ? null : new BuildCache(options.CacheFolder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Without a usable cache the build is a clean one, not a failed one.
            cacheProblem = $"the build cache cannot be used ({e.Message}); building without it";
        }
        // The last build's state and a listing of the output (what an incremental build keeps, which new
        // files need no comparing with the old, and what is stale, without a stat per file or a second
        // walk) are read while the rest loads.
        var previousTask = Task.Run(() => PreviousBuild.Load(cache, output));
        var inventoryTask = Task.Run(() => OutputInventory.Take(output));
        var (config, configBytes, configPath) = LoadConfig(options);
        var theme = Theme.Load(ThemeFolder(options, config, configPath), Path.Combine(options.InputFolder, "theme"), options.CompileTemplates);
        var images = new PageImaging(Pdftoppm.Find(), new RenderedImageStore(cache?.PageImagesFolder));
        var site = new SiteContext(config, theme) { Images = images };
        var sources = EditionSource.Discover(Path.Combine(options.InputFolder, "issues"));
        var dates = sources.Select(s => s.Date).ToImmutableArray();
        var recent = dates.Reverse().Take(7).ToImmutableArray();

        var siteKey = BuildKeys.Site(configBytes, options.BaseUrl, theme.Fingerprint, theme.InterpretedBecause is null, images.Capability);
        var parserKey = BuildKeys.Parser(config.Parser);
        var previous = previousTask.Result;
        var hashes = previous.Hashes;
        previous.ForgetRenderedUnless(siteKey);

        // Each edition's parse key needs its raw files' stamps (33,000 stats at ten years): they are taken
        // while the output is still being listed. Keys serve only the cache: a build without one reads no
        // raw file twice to hash it.
        var editionKeys = new string?[sources.Length];
        var keyErrors = new Exception?[sources.Length];
        if (cache is not null)
            Parallel.For(0, sources.Length, i =>
            {
                try
                {
                    editionKeys[i] = BuildKeys.Parse(parserKey, sources[i], hashes);
                }
                catch (Exception e) when (InputErrors.Are(e))
                {
                    keyErrors[i] = e;
                }
            });

        var inventory = inventoryTask.Result;
        using var writer = new OutputWriter(options.OutputFolder, inventory);
        var checker = new SiteChecker(config.BaseUrl);
        var errors = new ConcurrentBag<Diagnostic>();
        void Report(Exception e)
        {
            foreach (var d in ((DiagnosticException)e).Diagnostics) errors.Add(d);
        }
        var urlChanges = new ConcurrentBag<Diagnostic>();
        var parsed = 0;
        var rendered = 0;

        void Keep(IReadOnlyCollection<string> files)
        {
            checker.AddKept(files);
            writer.Keep(files);
        }
        // Only consulted for what the last build made, which is reused only under the same site key.
        bool AllExist(ImmutableArray<string> files) => files.All(inventory.Contains);

        // What each edition needs is decided before its stage starts, so that the stage counts what is really
        // done: an edition kept whole (the same keys, its files still there) is neither parsed nor rendered.
        var plans = new EditionPlan[sources.Length];
        Parallel.For(0, sources.Length, i =>
        {
            var neighbours = new EditionNeighbours(
                i > 0 ? dates[i - 1] : null, i + 1 < dates.Length ? dates[i + 1] : null, i == dates.Length - 1, recent);
            // Without a key (its raw files could not be read) the edition's error is reported where it is done.
            if (cache is not null && editionKeys[i] is null)
            {
                plans[i] = new EditionPlan(neighbours, "", "", Reusable: false, Whole: false);
                return;
            }
            var renderKey = BuildKeys.Render(siteKey, cache is null ? "" : editionKeys[i]!);
            var frontKey = BuildKeys.Front(renderKey, neighbours);
            var reusable = previous.TryGetEdition(sources[i].Date, out var old) && old.RenderKey == renderKey && AllExist(old.Files);
            plans[i] = new EditionPlan(neighbours, renderKey, frontKey, reusable, reusable && old!.FrontKey == frontKey);
        });
        var keptWhole = plans.Count(p => p.Whole);
        progress.Stage(BuildStages.Editions, sources.Length - keptWhole, keptWhole);
        // The parsed edition of a date: from this build, the cache, or the raw files again.
        EditionModel Model(EditionSource source, string parseKey)
        {
            var edition = cache?.LoadModel(parseKey);
            if (edition is not null) return edition;
            edition = ParseEdition.Run(source, config);
            Interlocked.Increment(ref parsed);
            cache?.SaveModel(parseKey, edition);
            return edition;
        }

        // Year by year, each year's editions in parallel; a year's search units are built (on one core)
        // while the next year's editions render (on the other), so no more than two years' text is held.
        var searchUnits = new ConcurrentBag<SearchUnitRecord>();
        Task indexing = Task.CompletedTask;
        var indexingText = false;
        // The site-wide pages and files stream too: after each year its listings' finished pages and its
        // sitemaps are made and its state saved, and only an outline of each edition is kept.
        var parseKeys = new Dictionary<DateOnly, string>();
        var pages = new ConcurrentBag<KeyedFiles>();
        var keptPages = new ConcurrentBag<ImmutableArray<string>>();
        // Site-wide files made from inputs summed up by one key (listing pages, a year's sitemaps): recorded
        // for the next build; reusable when the last build made the same files under the same key and they
        // are still there. Thread-safe.
        bool MadeBefore(KeyedFiles made)
        {
            pages.Add(made);
            return previous.TryGetPage(made.Name, out var old) && old.Key == made.Key && old.Files.SequenceEqual(made.Files) && AllExist(old.Files);
        }
        bool RenderPage(ListingPage page)
        {
            if (cache is null) return true;
            var made = new KeyedFiles(page.Path, BuildKeys.ListingPage(siteKey, page, parseKeys), [page.Path]);
            if (!MadeBefore(made)) return true;
            keptPages.Add(made.Files);   // recorded in one batch when the listings are done
            return false;
        }
        // A year's sitemaps are keyed like listing pages: unchanged editions, the same files.
        bool RenderYear(YearSitemaps year)
        {
            var key = BuildKeys.YearSitemaps(siteKey, year.Year, year.Editions.Select(e => (e.Date, parseKeys[e.Date])));
            var made = new KeyedFiles(year.Files[0].Path, key, [.. year.Files.Select(f => f.Path)]);
            if (!MadeBefore(made)) return true;
            Keep(made.Files);
            return false;
        }
        void RenderPages(IEnumerable<ListingPage> listingPages, Func<ListingPage, bool> render, bool counted) => Parallel.ForEach(listingPages, page =>
        {
            try
            {
                if (render(page)) Emit(RenderIndexes.Render(page, site), checker, writer);
            }
            catch (Exception e) when (InputErrors.Are(e))
            {
                Report(e);
            }
            if (counted) progress.Advance();
        });
        var catalogBuilder = new CatalogBuilder(site);
        var discovery = new SiteDiscovery(config, cache is null ? null : RenderYear);
        var editionWarnings = new List<Diagnostic>();
        var sourcesByYear = BuildCache.SourcesByYear(cache is null ? [] : hashes.Stamps);
        var stateParts = new List<string>();
        string? stateProblem = null;
        void SaveStatePart(int year, ImmutableArray<EditionRecord> editions)
        {
            if (cache is null || stateProblem is not null) return;
            try
            {
                stateParts.Add(cache.SavePart(output, year, sourcesByYear.GetValueOrDefault(year, []), editions));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A cache that cannot be saved only costs the next build time.
                stateProblem = e.Message;
            }
        }

        foreach (var year in Enumerable.Range(0, sources.Length).GroupBy(i => dates[i].Year))
        {
            var records = new ConcurrentBag<EditionRecord>();
            var documents = new ConcurrentBag<SearchDocument>();
            var kept = new ConcurrentBag<(int Index, string ParseKey)>();
            var yearKeys = new ConcurrentBag<(DateOnly Date, string ParseKey)>();
            var keptFiles = new ConcurrentBag<ImmutableArray<string>>();
            Parallel.ForEach(year, i =>
            {
                try
                {
                    var source = sources[i];
                    var parseKey = cache is null ? "" : editionKeys[i] ?? throw keyErrors[i]!;
                    yearKeys.Add((source.Date, parseKey));
                    var (neighbours, renderKey, frontKey, reusable, whole) = plans[i];
                    if (reusable && previous.TryGetEdition(source.Date, out var old))
                    {
                        if (whole)
                        {
                            keptFiles.Add(old.Files);
                            records.Add(old);
                        }
                        else
                        {
                            // Only where it stands changed (a day added or removed beside it): its front again.
                            var fronts = RenderEdition.Fronts(Model(source, parseKey), neighbours, site);
                            Interlocked.Increment(ref rendered);
                            var body = old.Files.Where(f => !RenderEdition.IsFront(f, source.Date)).ToImmutableArray();
                            keptFiles.Add(body);
                            foreach (var file in fronts) Emit(file, checker, writer);
                            records.Add(old with { FrontKey = frontKey, Files = [.. fronts.Select(f => f.Path), .. body] });
                        }
                        kept.Add((i, parseKey));
                    }
                    else
                    {
                        var edition = Model(source, parseKey);
                        var (files, summary) = RenderEdition.Run(edition, neighbours, site);
                        Interlocked.Increment(ref rendered);
                        foreach (var file in files) Emit(file, checker, writer);
                        foreach (var document in SearchDocument.From(edition)) documents.Add(document);
                        records.Add(new EditionRecord(source.Date, parseKey, renderKey, frontKey, summary, [.. files.Select(f => f.Path)], edition.Warnings));
                        // Said of this build only: once it is published, the new meaning is what was published.
                        if (previous.TryGetPublished(source.Date, out var published))
                            foreach (var change in PublishedUrls.Changes(published, edition, summary)) urlChanges.Add(change);
                    }
                }
                catch (Exception e) when (InputErrors.Are(e))
                {
                    Report(e);
                }
                if (!plans[i].Whole) progress.Advance();
            });
            // Kept files are recorded in one batch: one lock, not one per edition on every thread.
            Keep([.. keptFiles.SelectMany(f => f)]);
            var yearRecords = records.OrderBy(r => r.Date).ToImmutableArray();
            foreach (var record in yearRecords)
            {
                parseKeys.Add(record.Date, record.ParseKey);
                editionWarnings.AddRange(record.Warnings);
                previous.Drop(record.Date);   // the last build's summaries of the year go with this build's
            }
            // A build with errors only goes on to report every edition's.
            if (errors.IsEmpty)
            {
                try
                {
                    var summaries = yearRecords.Select(r => r.Summary).ToList();
                    RenderPages(catalogBuilder.Add(summaries), RenderPage, counted: false);
                    foreach (var file in discovery.AddYear(summaries)) Emit(file, checker, writer);
                    SaveStatePart(year.Key, yearRecords);
                }
                catch (Exception e) when (InputErrors.Are(e))
                {
                    Report(e);
                }
            }
            indexing.Wait();
            if (indexingText)
            {
                // The year just indexed held its text (~100 MB a year) for a few seconds: long enough to reach
                // the oldest generation, where it now lies dead. That generation is collected only when its
                // budget, which grows with its size, runs out, so unprompted the heap grew by most of a year's
                // text every year (a ten-year build peaked at 600–700 MB); one full collection a year (well
                // under a second in all) keeps the peak flat.
                GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
                indexingText = false;
            }
            // The newest year is indexed month by month, and its newest month by 旬 (the day's edition
            // re-indexes its ten days; on the first of a month the last month's three become one); a
            // year the archive has moved past is one unit.
            var units = year.Key == dates[^1].Year
                ? [.. yearKeys.Select(k => k.Date.Month == dates[^1].Month ? IndexUnit.TenDays(k.Date) : IndexUnit.Month(year.Key, k.Date.Month))
                    .Distinct().OrderBy(u => u.Id, StringComparer.Ordinal)]
                : new List<IndexUnit> { IndexUnit.Year(year.Key) };
            var toBuild = new List<(IndexUnit Unit, string Key)>();
            foreach (var unit in units)
            {
                var searchKey = BuildKeys.SearchUnit(siteKey, unit.Id, yearKeys.Where(k => unit.Holds(k.Date)));
                if (previous.TryGetSearchUnit(unit.Id, out var oldUnit) && oldUnit.Key == searchKey && AllExist(oldUnit.Files))
                {
                    Keep(oldUnit.Files);
                    searchUnits.Add(oldUnit);
                }
                else toBuild.Add((unit, searchKey));
            }
            if (toBuild.Count == 0) continue;
            indexingText = !documents.IsEmpty;
            indexing = Task.Run(() =>
            {
                try
                {
                    foreach (var (unit, searchKey) in toBuild)
                    {
                        // Editions kept from the last build lend their text from the cache.
                        var unitDocuments = new ConcurrentBag<SearchDocument>(documents.Where(d => unit.Holds(d.Date)));
                        Parallel.ForEach(kept.Where(k => unit.Holds(dates[k.Index])), k =>
                        {
                            foreach (var document in SearchDocument.From(Model(sources[k.Index], k.ParseKey))) unitDocuments.Add(document);
                        });
                        var index = SearchIndex.Build(unit, [.. unitDocuments]);
                        var files = ImmutableArray.CreateBuilder<string>();
                        foreach (var file in index.Files)
                        {
                            Emit(file, checker, writer);
                            files.Add(file.Path);
                        }
                        searchUnits.Add(new SearchUnitRecord(index.Info, searchKey, files.ToImmutable()));
                    }
                }
                catch (AggregateException e) when (e.InnerExceptions.All(InputErrors.Are))
                {
                    foreach (var x in e.InnerExceptions) Report(x);
                }
                finally
                {
                    // The task outlives its work (the build waits on it later): the year's text goes now,
                    // not after the site-wide pages are made.
                    documents.Clear();
                }
            });
        }
        // The newest year's search units are still being built; the site-wide pages do not need them.
        if (!errors.IsEmpty)
        {
            indexing.Wait();
            Fail(errors);
        }

        Catalog catalog;
        try
        {
            (catalog, var openPages) = catalogBuilder.Finish();
            // Counted as the editions are: the listing pages a last build made under the same key are kept.
            var toRender = openPages.AsParallel().Where(RenderPage).ToList();
            progress.Stage(BuildStages.SiteWide, toRender.Count + 1, openPages.Count - toRender.Count);
            var rest = Task.Run(() =>
            {
                try
                {
                    foreach (var file in RenderIndexes.Rest(catalog, site)) Emit(file, checker, writer);
                }
                catch (Exception e) when (InputErrors.Are(e))
                {
                    Report(e);
                }
                progress.Advance();
            });
            RenderPages(toRender, _ => true, counted: true);
            rest.Wait();
            Keep([.. keptPages.SelectMany(f => f)]);
        }
        catch
        {
            // Not while search units still write into the staging folder the writer is about to remove.
            WaitQuietly(indexing);
            throw;
        }
        indexing.Wait();
        Fail(errors);
        Emit(SearchIndex.Manifest(searchUnits.Select(u => u.Info)), checker, writer);
        Emit(SearchPage.Render(site), checker, writer);
        var siteWarnings = new List<Diagnostic>();
        var notes = new List<string>();
        foreach (var file in discovery.Finish(catalog, w => siteWarnings.Add(Diagnostic.Warning("", 0, SiteDiscovery.NoBaseUrlCode, w)), notes.Add))
            Emit(file, checker, writer);
        // Said once, however many PDF pages went without their images.
        if (images.MissedImages) notes.Add(Pdftoppm.MissingNote);
        if (cacheProblem is not null) siteWarnings.Add(Diagnostic.Warning(options.CacheFolder ?? "", 0, BuildCache.Code, cacheProblem));
        siteWarnings.AddRange(DuplicatePages.Find(sources, cache is null ? DuplicatePages.Read : hashes.Of));
        var warnings = DiagnosticText.InOrder(editionWarnings.Concat(urlChanges).Concat(siteWarnings)).ToImmutableArray();
        if (options.Strict) Fail(warnings);

        progress.Stage(BuildStages.Check, 0);
        var problems = checker.Finish();
        Fail(problems.Select(p => Diagnostic.Error(p.File, p.Line, InputCodes.Link, p.Message)));

        progress.Stage(BuildStages.Write, 0);
        var written = writer.Commit();
        if (cache is not null)
        {
            // The site is written; the state's head now names the parts saved year by year (and those of
            // raw files no edition's year holds).
            foreach (var (year, _) in sourcesByYear.Where(y => !parseKeys.Keys.Any(d => d.Year == y.Key)).OrderBy(y => y.Key))
                SaveStatePart(year, []);
            try
            {
                if (stateProblem is not null) throw new IOException(stateProblem);
                cache.SaveHead(new BuildState(output, siteKey, [], [], [.. pages.OrderBy(p => p.Name, StringComparer.Ordinal)],
                    [.. searchUnits.OrderBy(u => u.Info.Id, StringComparer.Ordinal)]), [.. stateParts.Order(StringComparer.Ordinal)]);
                cache.Prune(parseKeys.Values.ToHashSet(StringComparer.Ordinal));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                warnings = warnings.Add(Diagnostic.Warning(options.CacheFolder ?? "", 0, BuildCache.Code, $"the build cache could not be saved ({e.Message}); the next build starts from scratch"));
            }
        }
        progress.Done();
        var editions = discovery.Editions;
        return new BuildReport(sources.Length, editions.Sum(e => e.PageList.Length), editions.Sum(e => e.Articles),
            written.Written, written.Unchanged, written.Deleted, warnings, clock.Elapsed, parsed, rendered,
            theme.InterpretedBecause, theme.Fallbacks, theme.FirstFallback, [.. notes]);
    }

    /// <summary>What an edition needs this build, decided before any is done.</summary>
    /// <param name="Reusable">The last build rendered it under the same keys and its files are all there.</param>
    /// <param name="Whole">And its neighbours are the same: it is kept as it is, front and all.</param>
    private readonly record struct EditionPlan(EditionNeighbours Neighbours, string RenderKey, string FrontKey, bool Reusable, bool Whole);

    private static void Emit(OutputFile file, SiteChecker checker, OutputWriter writer)
    {
        checker.Add(file);
        writer.Add(file);
    }

    private static void WaitQuietly(Task task)
    {
        try
        {
            task.Wait();
        }
        catch (AggregateException)
        {
            // The failure being reported comes first.
        }
    }

    private static void Fail(IEnumerable<Diagnostic> errors)
    {
        var list = DiagnosticText.InOrder(errors).ToImmutableArray();
        if (list.Length > 0) throw new BuildFailedException(list);
    }

    /// <returns>The configuration, the bytes it was read from (part of the cache keys), and its path.</returns>
    private static (SiteConfig Config, byte[] Bytes, string Path) LoadConfig(BuildOptions options)
    {
        var path = options.ConfigPath ?? Path.Combine(options.InputFolder, "site.yml");
        var (config, bytes) = File.Exists(path) || options.ConfigPath is not null
            ? SiteConfigReader.Read(path)   // read once: the bytes parsed are the bytes the cache keys name
            : (SiteConfig.Default, []);
        if (options.BaseUrl is not { } given) return (config, bytes, path);
        // Read as a URL, the same way as site.yml's baseUrl; blank leaves the site without one.
        var url = BaseUrl.Parse(given, out var problem);
        return problem is null
            ? (config with { BaseUrl = url }, bytes, path)
            : throw new InputException("--base-url", 0, ConfigCodes.BadValue, $"--base-url {problem}");
    }

    /// <summary>The theme site.yml names; a name with no folder is site.yml's mistake, reported at its line.</summary>
    private static string ThemeFolder(BuildOptions options, SiteConfig config, string configPath)
    {
        var folder = Path.Combine(options.ThemesFolder, config.Theme);
        if (Directory.Exists(folder)) return folder;
        var there = Directory.Exists(options.ThemesFolder)
            ? Directory.EnumerateDirectories(options.ThemesFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList()
            : [];
        var hint = there.Count > 0 ? $"the themes in {options.ThemesFolder}: {string.Join(", ", there)}" : $"{options.ThemesFolder} holds no themes (give the folder with --themes)";
        return config.ThemeLine > 0
            ? throw new ConfigException(configPath, config.ThemeLine, $"there is no theme \"{config.Theme}\" ({folder} does not exist)", ConfigCodes.MissingTheme, hint)
            : throw new ConfigException(folder, 0, $"there is no theme \"{config.Theme}\", the theme a site.yml without theme: uses", ConfigCodes.MissingTheme, hint);
    }
}
