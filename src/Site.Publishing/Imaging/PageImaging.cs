using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Site.Parsing.Diagnostics;
using Site.Parsing.Model;
using Site.Publishing.Documents;
using Site.Publishing.Output;
using Site.Publishing.Urls;

namespace Site.Publishing.Imaging;

/// <summary>Stage: an edition's PDF pages to the files a reader gets besides HTML — each page's PDF and its
/// images (the whole page at several widths, and each photo article's photo cut from it) — and what the views
/// need to show them. Text pages give nothing.</summary>
/// <remarks>Image names are keyed by the PDF's bytes and what is made, so the same PDF gives the same names
/// and bytes in every build, and a page whose images are all in the store is not drawn again. A page is drawn
/// once, by pdftoppm, and all its images made from that drawing (<see cref="PageDrawer"/>). Every page this
/// instance draws shares one gate, as many at a time as there are cores, however many editions render at once.</remarks>
public sealed class PageImaging
{
    /// <summary>pdftoppm where it is installed, and no cache: what a render outside a build (a test) uses.</summary>
    public static PageImaging Default { get; } = new(Imaging.Pdftoppm.Find(), new RenderedImageStore(null));

    private readonly PageDrawer? drawer;
    private readonly RenderedImageStore store;
    private readonly SemaphoreSlim gate = new(Environment.ProcessorCount);
    private int sawPdfWithoutTool;

    /// <param name="pdftoppm">The program, or null where it is missing: PDF pages are then published without images.</param>
    public PageImaging(string? pdftoppm, RenderedImageStore store) : this(pdftoppm, store, pdftoppm is null ? null : ImageLibrary.LoadError)
    {
    }

    /// <param name="libraryError">Why the image library does not load (<see cref="ImageLibrary.LoadError"/>):
    /// then, as without pdftoppm, no images.</param>
    internal PageImaging(string? pdftoppm, RenderedImageStore store, string? libraryError)
    {
        Pdftoppm = pdftoppm;
        this.store = store;
        drawer = pdftoppm is null || libraryError is not null ? null : new PageDrawer(new PageRenderer(pdftoppm));
    }

    public string? Pdftoppm { get; }

    /// <summary>Whether a PDF page went without its images because pdftoppm (or the image library) is missing
    /// (the build notes it once).</summary>
    public bool MissedImages => Volatile.Read(ref sawPdfWithoutTool) != 0;

    /// <summary>What the build can draw: part of the site's cache key, so installing what was missing redraws
    /// pages published without images.</summary>
    public string Capability => drawer is null ? "no-page-images" : $"page-images|{RasterSpec.Recipe}";

    /// <returns>The files (PDFs and images, in page order) and each PDF page's art by page number.</returns>
    /// <exception cref="InputException">A PDF that cannot be read or drawn, named.</exception>
    public (ImmutableArray<OutputFile> Files, ImmutableDictionary<int, PageArt> Art) Run(EditionModel edition)
    {
        var printed = edition.Pages.Where(p => p.Printed is not null).ToList();
        if (printed.Count == 0) return ([], ImmutableDictionary<int, PageArt>.Empty);
        if (drawer is null) Interlocked.Exchange(ref sawPdfWithoutTool, 1);
        var pages = printed.Select(Read).ToArray();
        if (drawer is null) return Assemble(edition.Date, pages, [], []);
        var (jobs, masters) = Jobs(edition.Date, pages);
        return Assemble(edition.Date, pages, jobs, Draw(pages, jobs, masters));
    }

    /// <summary>A PDF page read, with the hash of its bytes that names its images.</summary>
    private readonly record struct PrintedSource(PageModel Page, byte[] Pdf, string Hash);

    /// <summary>One image to make: of a page (<paramref name="Article"/> null) or of an article's photo, named by
    /// <paramref name="Key"/> in the store.</summary>
    private readonly record struct Job(int PageIndex, int? Article, RasterSpec Spec, string Key, string Path);

    private static PrintedSource Read(PageModel page)
    {
        if (page.Printed is not { Width: > 0, Height: > 0 })
            throw new InputException(page.SourceFile, 0, InputCodes.PageImage, $"page {page.Printed!.Page} has no size ({page.Printed!.Width} × {page.Printed!.Height} points)");
        var pdf = ReadPdf(page.SourceFile);
        return new(page, pdf, Convert.ToHexStringLower(SHA256.HashData(pdf)));
    }

    /// <summary>Every image of the edition, as one job each: each page at each width, and each photo; and the
    /// drawing of each page they are made from.</summary>
    private static (List<Job> Jobs, MasterSpec[] Masters) Jobs(DateOnly date, PrintedSource[] pages)
    {
        var jobs = new List<Job>();
        var masters = new MasterSpec[pages.Length];
        for (var i = 0; i < pages.Length; i++)
        {
            var (page, _, hash) = pages[i];
            var images = Images(page);
            var master = masters[i] = MasterSpec.For(page.Printed!, images.Select(m => m.Spec));
            foreach (var (article, spec) in images)
            {
                var key = Name(hash, master, spec);
                jobs.Add(new(i, article, spec, key, SiteUrls.PageImage(date, page.Number, article is null ? "page" : "photo", key[..16], spec.Width)));
            }
        }
        return (jobs, masters);
    }

    /// <summary>A page's images: the whole page at each width, then each photo's.</summary>
    private static List<(int? Article, RasterSpec Spec)> Images(PageModel page)
    {
        var images = PageImageSizes.Page.Select(width => ((int?)null, RasterSpec.WholePage(page.Printed!, width))).ToList();
        foreach (var (number, article) in page.Articles)
        {
            // The photo as the page draws it (a picture the reader found above the article's caption), else for
            // photo news all of its area.
            var region = article.PicturesOrEmpty().FirstOrDefault()
                         ?? (article.Kind == ArticleKind.Photo ? Bounds(article.RegionsOrEmpty()) : null);
            if (region is null) continue;
            // A region off the page (a reader's slip) costs the photo, not the build: the article says the photo is in the page.
            if (region.X >= page.Printed!.Width || region.Y >= page.Printed.Height || region.Right <= 0 || region.Bottom <= 0) continue;
            images.AddRange(PageImageSizes.Photo.Select(width => ((int?)number, RasterSpec.Crop(page.Printed!, region, width))));
        }
        return images;
    }

    /// <summary>Each page's images from the store, or, where any is missing, all of them made from one drawing of
    /// the page; pages in parallel, bounded by the shared gate.</summary>
    private byte[][] Draw(PrintedSource[] pages, List<Job> jobs, MasterSpec[] masters)
    {
        var drawn = new byte[jobs.Count][];
        var failures = new ConcurrentBag<Diagnostic>();
        Parallel.For(0, pages.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var mine = Enumerable.Range(0, jobs.Count).Where(j => jobs[j].PageIndex == i).ToList();
            foreach (var j in mine) drawn[j] = store.Find(jobs[j].Key + ".jpg")!;
            if (mine.All(j => drawn[j] is not null)) return;
            var page = pages[i].Page;
            gate.Wait();
            try
            {
                var images = drawer!.Draw(page.SourceFile, masters[i], mine.Select(j => jobs[j].Spec).ToList());
                for (var k = 0; k < mine.Count; k++)
                {
                    drawn[mine[k]] = images[k];
                    store.Keep(jobs[mine[k]].Key + ".jpg", images[k]);
                }
            }
            catch (Exception e) when (e is BoundedProcessException or InvalidDataException or IOException or UnauthorizedAccessException)
            {
                failures.Add(Diagnostic.Error(page.SourceFile, 0, InputCodes.PageImage, $"page {masters[i].Page} could not be drawn: {e.Message}"));
            }
            finally
            {
                gate.Release();
            }
        });
        return failures.IsEmpty ? drawn : throw new InputException(failures);
    }

    private static (ImmutableArray<OutputFile> Files, ImmutableDictionary<int, PageArt> Art) Assemble(
        DateOnly date, PrintedSource[] pages, List<Job> jobs, byte[][] drawn)
    {
        var files = ImmutableArray.CreateBuilder<OutputFile>();
        var art = ImmutableDictionary.CreateBuilder<int, PageArt>();
        for (var i = 0; i < pages.Length; i++)
        {
            var (page, pdf, _) = pages[i];
            var pdfPath = SiteUrls.PagePdf(date, page.Number);
            files.Add(new OutputFile(pdfPath, pdf));
            var whole = ImmutableArray.CreateBuilder<Rendition>();
            var photos = new SortedDictionary<int, ImmutableArray<Rendition>.Builder>();
            for (var j = 0; j < jobs.Count; j++)
            {
                var (pageIndex, article, spec, _, path) = jobs[j];
                if (pageIndex != i) continue;
                files.Add(new OutputFile(path, drawn[j]));
                var rendition = new Rendition(path, spec.Width, spec.Height);
                if (article is { } number)
                {
                    if (!photos.TryGetValue(number, out var list)) photos[number] = list = ImmutableArray.CreateBuilder<Rendition>();
                    list.Add(rendition);
                }
                else whole.Add(rendition);
            }
            art[page.Number] = new PageArt(pdfPath, pdf.LongLength, page.Printed!, whole.ToImmutable(),
                photos.ToImmutableDictionary(p => p.Key, p => p.Value.ToImmutable()));
        }
        return (files.ToImmutable(), art.ToImmutable());
    }

    /// <summary>The smallest rectangle holding all of an article's regions; null when it has none.</summary>
    public static PageRegion? Bounds(ImmutableArray<PageRegion> regions)
    {
        return regions.IsEmpty ? null : PageRegion.Around(regions);
    }

    /// <summary>An image's key: the PDF's bytes (by their hash), the drawing it is made from and what is made of it.</summary>
    private static string Name(string pdfHash, MasterSpec master, RasterSpec spec) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{pdfHash}|{master.Key}|{spec.Key}")))[..32];

    private static byte[] ReadPdf(string path)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException(path, 0, InputCodes.PageImage, $"the page's PDF cannot be read ({e.Message})");
        }
    }
}
