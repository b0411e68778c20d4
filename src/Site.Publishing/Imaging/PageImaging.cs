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
/// <remarks>Image names are keyed by the PDF's bytes and what is drawn, so the same PDF gives the same names
/// and bytes in every build, and an image already in the store is not drawn again. Every pdftoppm this
/// instance starts shares one gate, as many at a time as there are cores, however many editions render at once.</remarks>
public sealed class PageImaging(string? pdftoppm, RenderedImageStore store)
{
    /// <summary>pdftoppm where it is installed, and no cache: what a render outside a build (a test) uses.</summary>
    public static PageImaging Default { get; } = new(Imaging.Pdftoppm.Find(), new RenderedImageStore(null));

    private readonly PageRenderer? renderer = pdftoppm is null ? null : new PageRenderer(pdftoppm);
    private readonly SemaphoreSlim gate = new(Environment.ProcessorCount);
    private int sawPdfWithoutTool;

    public string? Pdftoppm { get; } = pdftoppm;

    /// <summary>Whether a PDF page went without its images because pdftoppm is missing (the build notes it once).</summary>
    public bool MissedImages => Volatile.Read(ref sawPdfWithoutTool) != 0;

    /// <summary>What the build can draw: part of the site's cache key, so installing pdftoppm redraws pages
    /// published without images.</summary>
    public string Capability => renderer is null ? "no-page-images" : $"page-images|{RasterSpec.Recipe}";

    /// <returns>The files (PDFs and images, in page order) and each PDF page's art by page number.</returns>
    /// <exception cref="InputException">A PDF that cannot be read or drawn, named.</exception>
    public (ImmutableArray<OutputFile> Files, ImmutableDictionary<int, PageArt> Art) Run(EditionModel edition)
    {
        var printed = edition.Pages.Where(p => p.Printed is not null).ToList();
        if (printed.Count == 0) return ([], ImmutableDictionary<int, PageArt>.Empty);
        if (renderer is null) Interlocked.Exchange(ref sawPdfWithoutTool, 1);
        var pages = printed.Select(Read).ToArray();
        var jobs = renderer is null ? [] : Jobs(edition.Date, pages);
        return Assemble(edition.Date, pages, jobs, Draw(pages, jobs));
    }

    /// <summary>A PDF page read, with the hash of its bytes that names its images.</summary>
    private readonly record struct PrintedSource(PageModel Page, byte[] Pdf, string Hash);

    /// <summary>One image to draw: of a page (<paramref name="Article"/> null) or of an article's photo.</summary>
    private readonly record struct Job(int PageIndex, int? Article, RasterSpec Spec, string Path);

    private static PrintedSource Read(PageModel page)
    {
        if (page.Printed is not { Width: > 0, Height: > 0 })
            throw new InputException(page.SourceFile, 0, InputCodes.PageImage, $"page {page.Printed!.Page} has no size ({page.Printed!.Width} × {page.Printed!.Height} points)");
        var pdf = ReadPdf(page.SourceFile);
        return new(page, pdf, Convert.ToHexStringLower(SHA256.HashData(pdf)));
    }

    /// <summary>Every image of the edition, as one job each: each page at each width, and each photo.</summary>
    private static List<Job> Jobs(DateOnly date, PrintedSource[] pages)
    {
        var jobs = new List<Job>();
        for (var i = 0; i < pages.Length; i++)
        {
            var (page, _, hash) = pages[i];
            foreach (var width in PageImageSizes.Page)
            {
                var spec = RasterSpec.WholePage(page.Printed!, width);
                jobs.Add(new(i, null, spec, SiteUrls.PageImage(date, page.Number, "page", Name(hash, spec)[..16], width)));
            }
            foreach (var (number, article) in page.Articles)
            {
                // The photo as the page draws it (a picture the reader found above the article's caption), else for
                // photo news all of its area.
                var region = article.PicturesOrEmpty().FirstOrDefault()
                             ?? (article.Kind == ArticleKind.Photo ? Bounds(article.RegionsOrEmpty()) : null);
                if (region is null) continue;
                // A region off the page (a reader's slip) costs the photo, not the build: the article says the photo is in the page.
                if (region.X >= page.Printed!.Width || region.Y >= page.Printed.Height || region.Right <= 0 || region.Bottom <= 0) continue;
                foreach (var width in PageImageSizes.Photo)
                {
                    var spec = RasterSpec.Crop(page.Printed!, region, width);
                    jobs.Add(new(i, number, spec, SiteUrls.PageImage(date, page.Number, "photo", Name(hash, spec)[..16], width)));
                }
            }
        }
        return jobs;
    }

    /// <summary>Draws the jobs in parallel, bounded by the shared gate.</summary>
    private byte[][] Draw(PrintedSource[] pages, List<Job> jobs)
    {
        var drawn = new byte[jobs.Count][];
        var failures = new ConcurrentBag<Diagnostic>();
        Parallel.For(0, jobs.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, j =>
        {
            var (pageIndex, _, spec, _) = jobs[j];
            var (page, _, hash) = pages[pageIndex];
            gate.Wait();
            try
            {
                drawn[j] = store.GetOrDraw(Name(hash, spec) + ".jpg", target => renderer!.Render(page.SourceFile, spec, target));
            }
            catch (Exception e) when (e is BoundedProcessException or IOException or UnauthorizedAccessException)
            {
                failures.Add(Diagnostic.Error(page.SourceFile, 0, InputCodes.PageImage, $"page {spec.Page} could not be drawn: {e.Message}"));
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
                var (pageIndex, article, spec, path) = jobs[j];
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

    /// <summary>An image's key: the PDF's bytes (by their hash) and what is drawn from them.</summary>
    private static string Name(string pdfHash, RasterSpec spec) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{pdfHash}|{spec.Key}")))[..32];

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
