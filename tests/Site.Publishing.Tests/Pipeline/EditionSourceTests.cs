using Site.Publishing.Documents;
using Site.Publishing.Tests.Output;

namespace Site.Publishing.Tests.Pipeline;

/// <summary>How raw issues are found under input/issues: a folder per date with a file per page, or one
/// file per date (form feeds between pages), each with its optional manifest.</summary>
public sealed class EditionSourceTests : IDisposable
{
    private readonly TempFolder temp = new();
    private readonly string issues;

    public EditionSourceTests() => Directory.CreateDirectory(issues = temp.Combine("issues"));

    public void Dispose() => temp.Dispose();

    private string Write(string relative, string text = "x", DateTime? modified = null)
    {
        var path = Path.Combine(issues, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        if (modified is { } when) File.SetLastWriteTimeUtc(path, when);
        return path;
    }

    [Fact]
    public void Folders_and_single_files_are_found_oldest_first_with_pages_in_number_order_and_their_manifests()
    {
        var p2 = Write("2025-08-05/2.txt");
        var p10 = Write("2025-08-05/10.txt");
        var p1 = Write("2025-08-05/01.txt");
        var manifest = Write("2025-08-05/edition.yml");
        Write("2025-08-05/notes.md");   // not a page: ignored
        var single = Write("2025-08-04.txt", "一\f二");
        var singleManifest = Write("2025-08-04.yml");
        var bare = Write("2025-08-06.txt");

        var sources = EditionSource.Discover(issues);

        Assert.Equal([new DateOnly(2025, 8, 4), new DateOnly(2025, 8, 5), new DateOnly(2025, 8, 6)], sources.Select(s => s.Date));
        var (first, folder, last) = (sources[0], sources[1], sources[2]);
        Assert.True(first.SingleFile);
        Assert.Equal([single], first.Files.ToArray());
        Assert.Equal(singleManifest, first.ManifestPath);
        Assert.False(folder.SingleFile);
        Assert.Equal([p1, p2, p10], folder.Files.ToArray());
        Assert.Equal([1, 2, 10], folder.PageNumbers.ToArray());
        Assert.Equal(manifest, folder.ManifestPath);
        Assert.Null(last.ManifestPath);
    }

    [Fact]
    public void Each_file_is_stamped_with_the_size_and_time_discovery_saw_the_manifest_last()
    {
        var when = new DateTime(2025, 8, 5, 6, 30, 0, DateTimeKind.Utc);
        Write("2025-08-05/01.txt", "一二三", when);
        Write("2025-08-05/02.txt", "四", when.AddMinutes(1));
        Write("2025-08-05/edition.yml", "pages: {}", when.AddMinutes(2));
        Write("2025-08-04.txt", "五六", when.AddMinutes(3));

        var sources = EditionSource.Discover(issues);

        Assert.Equal([new FileStamp(6, when.AddMinutes(3).Ticks)], sources[0].Stamps.ToArray());
        Assert.Equal([new FileStamp(9, when.Ticks), new FileStamp(3, when.AddMinutes(1).Ticks), new FileStamp(9, when.AddMinutes(2).Ticks)], sources[1].Stamps.ToArray());
    }

    [Theory]
    [InlineData("2025-08-05/cover.txt", "2025-08-05/cover.txt", "page files are named by their page number (01.txt, 02.txt, … or 01.pdf, …)")]
    [InlineData("2025-13-05/01.txt", "2025-13-05", "an edition is named by its date, YYYY-MM-DD")]
    [InlineData("2025-08-05/edition.yml", "2025-08-05", "no page files (01.txt, 02.txt, … or 01.pdf, …)")]
    public void A_misnamed_file_or_folder_or_an_empty_edition_is_an_error_naming_it(string relative, string named, string message)
    {
        Write(relative);

        var error = Assert.Throws<InputException>(() => EditionSource.Discover(issues));

        var d = Assert.Single(error.Diagnostics);
        Assert.Equal((Path.Combine(issues, named), message), (d.File, d.Message));
    }

    [Fact]
    public void Every_misnamed_folder_is_reported_at_once()
    {
        Write("2025-08-05/cover.txt");
        Write("2025-13-05/01.txt");
        var error = Assert.Throws<InputException>(() => EditionSource.Discover(issues));
        Assert.Equal([Path.Combine(issues, "2025-08-05", "cover.txt"), Path.Combine(issues, "2025-13-05")], error.Diagnostics.Select(d => d.File));
    }

    [Fact]
    public void Two_files_for_one_page_or_two_sources_for_one_date_are_errors_naming_both()
    {
        Write("2025-08-05/1.txt");
        Write("2025-08-05/01.txt");
        var page = Assert.Throws<InputException>(() => EditionSource.Discover(issues));
        var d = Assert.Single(page.Diagnostics);
        Assert.Equal($"two files for page 1: {Path.Combine(issues, "2025-08-05", "01.txt")} and {Path.Combine(issues, "2025-08-05", "1.txt")}", d.Message);

        File.Delete(Path.Combine(issues, "2025-08-05", "1.txt"));
        Write("2025-08-05.txt");
        var date = Assert.Throws<InputException>(() => EditionSource.Discover(issues));
        Assert.EndsWith("2025-08-05.txt", Assert.Single(date.Diagnostics).Message, StringComparison.Ordinal);
        Assert.StartsWith("two sources for the edition of 2025-08-05: ", date.Diagnostics[0].Message, StringComparison.Ordinal);
    }
}
