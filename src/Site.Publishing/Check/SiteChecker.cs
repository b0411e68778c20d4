using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using Site.Publishing.Output;
using Site.Publishing.Urls;

namespace Site.Publishing.Check;

/// <summary>
/// Checks a built site as its files go by: every internal link and asset resolves (fragments included), every
/// page is well-formed, and nothing links outside the site except where a standard requires it.
/// </summary>
/// <remarks>
/// Pages are scanned in parallel and the bookkeeping is lock-free except for links that must wait, so checking
/// scales with the build's threads. Memory stays bounded by the site's shape, not its bytes: the checker keeps
/// each path, each page's ids (a sorted array, one for all pages with the same ids) and, per file not added
/// yet, the links waiting for it; a link to a file already seen is settled at once, and waiting links are
/// settled when their file arrives (or, if they began waiting just as it arrived, at <see cref="Finish"/>).
/// Of the links waiting for a file only those with a fragment (to check against its ids) and the first
/// <see cref="ListedLinks"/> in file and line order (to report if it never comes) are kept, the rest
/// counted: every page of a ten-year archive links to the home page and the site-wide indices, which come
/// last, and keeping each of those 1.9 million links took 56 MB.
/// </remarks>
public sealed class SiteChecker
{
    private readonly string? baseUrl;
    private readonly PageValidation validation;

    /// <summary>Every file added; for HTML pages, the ids fragments may point at (sorted, ordinal).</summary>
    private readonly ConcurrentDictionary<string, string[]?> files = new(StringComparer.Ordinal);

    private readonly ConcurrentQueue<SiteProblem> problems = new();

    /// <summary>Problems of links as written (reported through <see cref="LinkProblems"/>: a link on every page once).</summary>
    private readonly ConcurrentQueue<SiteProblem> linkProblems = new();

    /// <summary>Links to files not added (yet), by target path; guarded by <see cref="waitingGate"/>.</summary>
    private readonly Dictionary<string, WaitingLinks> waiting = new(StringComparer.Ordinal);

    /// <summary>One copy of each page's sorted ids however many pages have the same.</summary>
    private readonly ConcurrentDictionary<string, string[]> idSets = new(StringComparer.Ordinal);

    /// <summary>How many of the links to a file that never comes are reported one by one; the others are
    /// counted in the last one's message.</summary>
    public const int ListedLinks = 20;

    /// <summary>Files an earlier build wrote that this one keeps unread; guarded by <see cref="waitingGate"/>.
    /// A plain set: an incremental build keeps a quarter of a million of them, and a concurrent
    /// dictionary's node per entry cost more than everything else about them.</summary>
    private readonly HashSet<string> kept = new(StringComparer.Ordinal);

    private readonly Lock waitingGate = new();

    private readonly record struct WaitingLink(string Source, int Line, string? Fragment);

    /// <summary>The links waiting for one file: every one with a fragment, and of the others the first
    /// <see cref="ListedLinks"/> by file and line (whatever order threads add them in) and a count of the rest.</summary>
    private sealed class WaitingLinks
    {
        public readonly List<WaitingLink> WithFragment = [];
        public readonly List<WaitingLink> Listed = [];
        public int Unlisted;
        private int last;   // the index in Listed of its greatest link, the one a smaller newcomer replaces

        public void Add(WaitingLink link)
        {
            if (link.Fragment is not null) WithFragment.Add(link);
            else if (Listed.Count < ListedLinks)
            {
                Listed.Add(link);
                if (Order(link, Listed[last]) > 0) last = Listed.Count - 1;
            }
            else
            {
                Unlisted++;
                if (Order(link, Listed[last]) >= 0) return;
                Listed[last] = link;
                for (var i = 0; i < Listed.Count; i++)
                    if (Order(Listed[i], Listed[last]) > 0) last = i;
            }
        }

        public IEnumerable<WaitingLink> All => WithFragment.Concat(Listed);

        /// <summary>The greatest of the listed links (after which the unlisted ones come).</summary>
        public WaitingLink LastListed => Listed[last];

        private static int Order(WaitingLink a, WaitingLink b) =>
            string.CompareOrdinal(a.Source, b.Source) is var bySource and not 0 ? bySource : a.Line.CompareTo(b.Line);
    }

    /// <param name="baseUrl">The site's absolute base URL ("https://example.org/paper"), or null when it has
    /// none. Absolute URLs where a standard demands them must start with it.</param>
    public SiteChecker(string? baseUrl) : this(baseUrl, PageValidation.Scan) { }

    public SiteChecker(string? baseUrl, PageValidation validation)
    {
        this.baseUrl = string.IsNullOrWhiteSpace(baseUrl) ? null : baseUrl.Trim();
        this.validation = validation;
    }

    /// <summary>Records a file of the site; HTML pages and stylesheets are read for links. Thread-safe.</summary>
    public void Add(OutputFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var path = file.Path;
        var local = ImmutableArray.CreateBuilder<PageProblem>();
        IReadOnlyList<FoundLink> links = [];
        string[]? ids = null;

        if (HasExtension(path, ".html"))
        {
            var text = file.Text is { } rendered ? PageText.Checked(rendered, local) : PageText.Decode(file.Content, local);
            var page = HtmlScanner.Scan(text);
            local.AddRange(page.Problems);
            if (validation == PageValidation.Full) local.AddRange(HtmlParseErrors.Find(text));
            links = page.Links;
            ids = page.Ids.IsEmpty ? [] : idSets.GetOrAdd(string.Join('\n', page.Ids), static (_, found) => [.. found], page.Ids);
        }
        else if (HasExtension(path, ".css"))
        {
            var found = new List<FoundLink>();
            CssUrls.Extract(PageText.Decode(file.Content, local), 1, found);
            links = found;
        }

        foreach (var problem in local) problems.Enqueue(new SiteProblem(path, problem.Line, problem.Message));
        Record(path, ids);
        var pending = new List<(string Target, WaitingLink Link)>();
        foreach (var (target, fragment, line) in Resolve(path, links))
        {
            if (files.TryGetValue(target, out var targetIds)) CheckFragment(path, line, target, targetIds, fragment);
            else pending.Add((target, new WaitingLink(path, line, fragment)));
        }
        if (pending.Count == 0) return;
        lock (waitingGate)
        {
            foreach (var (target, link) in pending)
            {
                if (kept.Contains(target)) continue;   // its fragments are not checked: its ids were not read
                if (!waiting.TryGetValue(target, out var forTarget)) waiting.Add(target, forTarget = new WaitingLinks());
                forTarget.Add(link);
            }
        }
    }

    /// <summary>Records a file an earlier build wrote and this one keeps unread (an incremental build):
    /// links to it resolve; fragments pointing into it are not checked, as its ids are not read. It was
    /// checked whole when it was written. Thread-safe.</summary>
    /// <remarks>A path both kept and added is the writer's to refuse (it throws); here it counts once.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void AddKept(IReadOnlyCollection<string> paths)
    {
        lock (waitingGate)
        {
            kept.EnsureCapacity(kept.Count + paths.Count);
            foreach (var path in paths) kept.Add(path);
            // Links already waiting for these files resolve.
            if (waiting.Count > 0)
                foreach (var path in paths) waiting.Remove(path);
        }
    }

    /// <summary>After every file is added: all problems, links to files never added among them, sorted by
    /// file, then line.</summary>
    public ImmutableArray<SiteProblem> Finish()
    {
        var all = new List<SiteProblem>(problems);
        lock (waitingGate)
        {
            foreach (var (target, links) in waiting)
            {
                if (files.TryGetValue(target, out var ids))
                {
                    foreach (var link in links.WithFragment)
                        if (MissingFragment(ids, link.Fragment)) all.Add(new SiteProblem(link.Source, link.Line, NoSuchId(target, link.Fragment!)));
                    continue;
                }
                var message = files.ContainsKey(target + "/index.html") || kept.Contains(target + "/index.html")
                    ? $"links to the folder {target}/ instead of its index.html file"
                    : $"links to {target}, which the site does not contain";
                foreach (var link in links.All) all.Add(new SiteProblem(link.Source, link.Line, message));
                if (links.Unlisted > 0)
                {
                    var lastListed = links.LastListed;
                    all.Add(new SiteProblem(lastListed.Source, lastListed.Line,
                        string.Create(CultureInfo.InvariantCulture, $"{message}; {MoreLinks.After(links.Unlisted)}")));
                }
            }
        }
        all.AddRange(LinkProblems.Report([.. linkProblems], baseUrl, all.Count));
        return [.. all.Order(ProblemOrder.Instance)];
    }

    /// <summary>The <c>check</c> verb: reads every file under <paramref name="outputFolder"/> and checks it
    /// with the full AngleSharp parse.</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static ImmutableArray<SiteProblem> CheckFolder(string outputFolder, string? baseUrl)
    {
        var root = Path.GetFullPath(outputFolder);
        if (!Directory.Exists(root)) throw new DirectoryNotFoundException($"no built site at {outputFolder}");
        var checker = new SiteChecker(baseUrl, PageValidation.Full);
        var all = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 };
        Parallel.ForEach(Directory.EnumerateFiles(root, "*", all), file =>
            checker.Add(new OutputFile(Path.GetRelativePath(root, file).Replace('\\', '/'), File.ReadAllBytes(file))));
        return checker.Finish();
    }

    /// <summary>Resolves a page's links; each target and fragment once, at its first line.</summary>
    private List<(string Target, string? Fragment, int Line)> Resolve(string path, IReadOnlyList<FoundLink> links)
    {
        var targets = new List<(string, string?, int)>(links.Count);
        var seen = new HashSet<(string, string?)>();
        // Absolute links (into the site) are the only ones that work wherever such a page is shown.
        var servedAnywhere = SiteUrls.ServedAtAnyUrl(path);
        foreach (var link in links)
        {
            var target = LinkResolver.Resolve(path, link.Url, servedAnywhere ? LinkContext.StandardAbsolute : link.Context, baseUrl);
            if (target.Problem is not null)
                linkProblems.Enqueue(new SiteProblem(path, link.Line, target.Problem) { ForeignUrl = target.Foreign ? link.Url.Trim() : null });
            else if (target.Path is not null && seen.Add((target.Path, target.Fragment)))
                targets.Add((target.Path, target.Fragment, link.Line));
        }
        return targets;
    }

    /// <summary>Records the file and settles the links that were waiting for it.</summary>
    private void Record(string path, string[]? ids)
    {
        if (!files.TryAdd(path, ids))
        {
            problems.Enqueue(new SiteProblem(path, 0, "the build produced this file twice"));
            return;
        }
        WaitingLinks? links;
        lock (waitingGate) waiting.Remove(path, out links);
        foreach (var link in links?.WithFragment ?? []) CheckFragment(link.Source, link.Line, path, ids, link.Fragment);
    }

    private void CheckFragment(string source, int line, string target, string[]? ids, string? fragment)
    {
        if (MissingFragment(ids, fragment)) problems.Enqueue(new SiteProblem(source, line, NoSuchId(target, fragment!)));
    }

    /// <summary>Fragments are checked on HTML pages only (a stylesheet or image has no ids we know of); "top"
    /// needs no id, as the HTML standard scrolls to the top for it.</summary>
    private static bool MissingFragment(string[]? ids, string? fragment) =>
        fragment is not null && ids is not null && !fragment.Equals("top", StringComparison.OrdinalIgnoreCase)
        && Array.BinarySearch(ids, fragment, StringComparer.Ordinal) < 0;

    private static string NoSuchId(string page, string fragment) => $"links to {page}#{fragment}, but that page has no element with id \"{fragment}\"";

    private static bool HasExtension(string path, string extension) => path.EndsWith(extension, StringComparison.OrdinalIgnoreCase);

    private sealed class ProblemOrder : IComparer<SiteProblem>
    {
        public static readonly ProblemOrder Instance = new();

        public int Compare(SiteProblem? x, SiteProblem? y) =>
            x is null || y is null ? Comparer<object>.Default.Compare(x, y)
            : string.CompareOrdinal(x.File, y.File) is var byFile and not 0 ? byFile
            : x.Line.CompareTo(y.Line) is var byLine and not 0 ? byLine
            : string.CompareOrdinal(x.Message, y.Message);
    }
}
