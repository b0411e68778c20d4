using Site.Testing;
using Site.Publishing.Pipeline;

namespace Site.Tests.Site;

/// <summary>The build cache saves work and never changes the output: after any change, an incremental
/// build gives the bytes a clean build gives, and it re-parses and re-renders only what the change
/// touches. A damaged or stale cache is ignored.</summary>
[Trait("Speed", "Slow")]
public sealed class IncrementalBuildTests : IDisposable
{
    private readonly TempInput input = new();
    private string Themes => Path.Combine(Repo.Root, "themes");
    private string Cache => Path.Combine(input.Root, "cache");
    private static readonly string Seed = File.ReadAllText(Path.Combine(Repo.Root, "seeds", "000_09c8361cd52e4d86.txt"));

    public IncrementalBuildTests()
    {
        input.Write("site.yml", "title: 测试报\nsections:\n  要闻: yaowen\n  综合: zonghe\nparser:\n  noiseLines: [扫一扫]\n");
        for (var day = 1; day <= 5; day++) Edition(day);
    }

    private void Edition(int day)
    {
        input.Write($"issues/2022-08-{day:00}/01.txt", Seed);
        input.Write($"issues/2022-08-{day:00}/edition.yml", "pages:\n  1: 要闻\n");
    }

    private BuildReport Incremental(string? themes = null, string? baseUrl = null) =>
        SiteBuild.Run(new BuildOptions(input.Input, input.Output, themes ?? Themes, BaseUrl: baseUrl, CacheFolder: Cache));

    /// <summary>A clean build of the same input, into a folder of its own, must give the same tree.</summary>
    private void AssertSameAsCleanBuild(string? themes = null, string? baseUrl = null)
    {
        var clean = Path.Combine(input.Root, "clean");
        if (Directory.Exists(clean)) Directory.Delete(clean, recursive: true);
        SiteBuild.Run(new BuildOptions(input.Input, clean, themes ?? Themes, BaseUrl: baseUrl));
        var expected = TempInput.Tree(clean);
        var actual = TempInput.Tree(input.Output);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in expected) Assert.True(bytes.AsSpan().SequenceEqual(actual[path]), $"{path} differs from a clean build's");
    }

    [Fact]
    public void A_rebuild_with_nothing_changed_parses_and_renders_nothing()
    {
        var first = Incremental();
        Assert.Equal(5, first.EditionsParsed);
        var second = Incremental();
        Assert.Equal((0, 0, 0), (second.EditionsParsed, second.EditionsRendered, second.FilesWritten));
        AssertSameAsCleanBuild();
    }

    [Fact]
    public void Adding_an_edition_parses_only_it_and_renders_only_it_and_its_neighbour()
    {
        Incremental();
        Edition(6);
        var report = Incremental();
        Assert.Equal(1, report.EditionsParsed);
        Assert.Equal(2, report.EditionsRendered);   // the new one, and the old latest (its next link, the home page)
        AssertSameAsCleanBuild();
    }

    private string[] SearchUnits() =>
        [.. Directory.EnumerateDirectories(Path.Combine(input.Output, "search")).Select(d => Path.GetFileName(d)).Order(StringComparer.Ordinal)];

    [Fact]
    public void A_new_day_renders_only_the_front_of_the_day_before_and_keeps_its_pages_and_articles_unread()
    {
        Incremental();
        // Kept files are neither read nor rewritten: a mark put into the old latest edition's files shows which were.
        const string Mark = "<!-- kept -->";
        var folder = Path.Combine(input.Output, "2022", "08", "05");
        var files = Directory.EnumerateFiles(folder, "*.html", SearchOption.AllDirectories).ToList();
        foreach (var file in files) File.AppendAllText(file, Mark);

        Edition(6);
        var report = Incremental();

        Assert.Equal((1, 2), (report.EditionsParsed, report.EditionsRendered));
        var front = Path.Combine(folder, "index.html");
        Assert.DoesNotContain(Mark, File.ReadAllText(front), StringComparison.Ordinal);
        Assert.Contains("href=\"../06/index.html\"", File.ReadAllText(front), StringComparison.Ordinal);   // its next edition
        Assert.All(files.Where(f => f != front), f => Assert.EndsWith(Mark, File.ReadAllText(f), StringComparison.Ordinal));
    }

    [Fact]
    public void A_new_year_turns_the_last_years_search_units_into_one()
    {
        input.Write("issues/2022-07-31/01.txt", Seed);
        input.Write("issues/2022-07-31/edition.yml", "pages:\n  1: 要闻\n");
        Incremental();
        Assert.Equal(["2022-07", "2022-08-01"], SearchUnits());
        input.Write("issues/2023-01-01/01.txt", Seed);
        input.Write("issues/2023-01-01/edition.yml", "pages:\n  1: 要闻\n");
        var report = Incremental();
        Assert.Equal(1, report.EditionsParsed);
        Assert.Equal(["2022", "2023-01-01"], SearchUnits());
        AssertSameAsCleanBuild();
    }

    [Fact]
    public void The_newest_month_is_indexed_by_ten_days_and_a_new_month_folds_the_last_into_one()
    {
        Incremental();
        Edition(11);
        Edition(21);
        Incremental();
        Assert.Equal(["2022-08-01", "2022-08-11", "2022-08-21"], SearchUnits());
        input.Write("issues/2022-09-01/01.txt", Seed);
        input.Write("issues/2022-09-01/edition.yml", "pages:\n  1: 要闻\n");
        Incremental();
        Assert.Equal(["2022-08", "2022-09-01"], SearchUnits());
        AssertSameAsCleanBuild();
    }

    [Fact]
    public void Adding_an_edition_leaves_the_search_files_of_other_months_and_ten_days_untouched()
    {
        input.Write("issues/2022-07-31/01.txt", Seed);
        input.Write("issues/2022-07-31/edition.yml", "pages:\n  1: 要闻\n");
        Edition(21);
        Incremental();
        var untouched = new[] { "2022-07", "2022-08-01" }
            .SelectMany(u => Directory.EnumerateFiles(Path.Combine(input.Output, "search", u))).ToDictionary(f => f, File.GetLastWriteTimeUtc);
        Edition(22);
        var report = Incremental();
        Assert.Equal(1, report.EditionsParsed);
        Assert.All(untouched, kv => Assert.Equal(kv.Value, File.GetLastWriteTimeUtc(kv.Key)));
        AssertSameAsCleanBuild();
    }

    [Fact]
    public void Changing_one_raw_file_reparses_that_edition_only()
    {
        Incremental();
        input.Write("issues/2022-08-03/01.txt", Seed.Replace("平湖", "嘉兴", StringComparison.Ordinal));
        var report = Incremental();
        Assert.Equal(1, report.EditionsParsed);
        Assert.Equal(1, report.EditionsRendered);
        AssertSameAsCleanBuild();
    }

    [Fact]
    public void Changing_an_edition_yml_reparses_that_edition()
    {
        Incremental();
        input.Write("issues/2022-08-02/edition.yml", "pages:\n  1: 综合\n");
        var report = Incremental();
        Assert.Equal((1, 1), (report.EditionsParsed, report.EditionsRendered));
        AssertSameAsCleanBuild();
    }

    [Fact]
    public void Removing_an_edition_renders_its_neighbours_and_deletes_its_pages()
    {
        Incremental();
        Directory.Delete(Path.Combine(input.Input, "issues", "2022-08-03"), recursive: true);
        var report = Incremental();
        // Its neighbours (prev/next links) and the latest (the home page lists recent editions).
        Assert.Equal((0, 3), (report.EditionsParsed, report.EditionsRendered));
        Assert.False(Directory.Exists(Path.Combine(input.Output, "2022", "08", "03")));
        AssertSameAsCleanBuild();
    }

    [Fact]
    public void Changing_a_template_rerenders_every_edition_without_parsing()
    {
        Incremental();
        var themes = Path.Combine(input.Root, "themes");
        TempInput.CopyFolder(Themes, themes);
        var article = Path.Combine(themes, "default", "pages", "article.html");
        File.AppendAllText(article, "\n<p class=\"changed\">改</p>\n");
        var report = Incremental(themes);
        Assert.Equal((0, 5), (report.EditionsParsed, report.EditionsRendered));
        Assert.Contains("class=\"changed\"", File.ReadAllText(Path.Combine(input.Output, "2022/08/01/01/01.html")), StringComparison.Ordinal);
        AssertSameAsCleanBuild(themes);
    }

    [Fact]
    public void Changing_the_title_rerenders_without_parsing_and_changing_a_parser_rule_reparses()
    {
        Incremental();
        input.Write("site.yml", "title: 另一个报\nsections:\n  要闻: yaowen\n  综合: zonghe\nparser:\n  noiseLines: [扫一扫]\n");
        var retitled = Incremental();
        Assert.Equal((0, 5), (retitled.EditionsParsed, retitled.EditionsRendered));
        AssertSameAsCleanBuild();

        input.Write("site.yml", "title: 另一个报\nsections:\n  要闻: yaowen\n  综合: zonghe\nparser:\n  noiseLines: [扫一扫, 看平湖]\n");
        var reruled = Incremental();
        Assert.Equal((5, 5), (reruled.EditionsParsed, reruled.EditionsRendered));
        AssertSameAsCleanBuild();
    }

    [Fact]
    public void A_damaged_cache_is_ignored()
    {
        Incremental();
        foreach (var file in Directory.EnumerateFiles(Cache, "*", SearchOption.AllDirectories))
        {
            var bytes = File.ReadAllBytes(file);
            bytes[^10] ^= 0x20;   // one flipped bit
            File.WriteAllBytes(file, bytes);
        }
        var report = Incremental();
        Assert.Equal((5, 5), (report.EditionsParsed, report.EditionsRendered));
        AssertSameAsCleanBuild();
        // And it was replaced by a sound one.
        Assert.Equal((0, 0), (Incremental().EditionsParsed, Incremental().EditionsRendered));
    }

    /// <summary>The state's head (state-HASH.bin) and its parts, one per year (state-HASH-YYYY-PART.bin).</summary>
    private string StateHead => Directory.EnumerateFiles(Cache, "state-*.bin").Single(f => Path.GetFileName(f).Count(c => c == '-') == 1);

    private string[] StateParts => [.. Directory.EnumerateFiles(Cache, "state-*-*.bin").Order(StringComparer.Ordinal)];

    [Fact]
    public void A_truncated_or_foreign_state_file_is_ignored()
    {
        Incremental();
        File.WriteAllText(StateHead, "site-cache state-bin-4 00\n{}");
        var report = Incremental();
        Assert.Equal((0, 5), (report.EditionsParsed, report.EditionsRendered));   // parsed editions are still sound
        AssertSameAsCleanBuild();
    }

    [Fact]
    public void A_damaged_or_missing_part_of_the_state_is_ignored_with_the_whole_state()
    {
        Incremental();
        var part = Assert.Single(StateParts);
        var bytes = File.ReadAllBytes(part);
        bytes[^3] ^= 0x01;
        File.WriteAllBytes(part, bytes);
        var damaged = Incremental();
        Assert.Equal((0, 5), (damaged.EditionsParsed, damaged.EditionsRendered));
        File.Delete(Assert.Single(StateParts));
        var report = Incremental();
        Assert.Equal((0, 5), (report.EditionsParsed, report.EditionsRendered));
        AssertSameAsCleanBuild();
    }

    [Fact]
    public void The_state_is_kept_in_a_part_per_year_and_a_day_rewrites_only_its_years_part()
    {
        input.Write("issues/2021-12-31/01.txt", Seed);
        input.Write("issues/2021-12-31/edition.yml", "pages:\n  1: 要闻\n");
        Incremental();
        var parts = StateParts;
        Assert.Equal(2, parts.Length);
        var year2021 = parts.Single(p => Path.GetFileName(p).Contains("-2021-", StringComparison.Ordinal));
        var stamp = File.GetLastWriteTimeUtc(year2021);

        Edition(6);
        Incremental();

        Assert.Equal(2, StateParts.Length);
        Assert.Contains(year2021, StateParts);
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(year2021));
        Assert.DoesNotContain(parts.Single(p => p != year2021), StateParts);   // 2022's part was replaced
        Assert.Equal((0, 0), (Incremental().EditionsParsed, Incremental().EditionsRendered));
        AssertSameAsCleanBuild();
    }

    [Fact]
    public void A_page_deleted_from_the_output_by_hand_is_rendered_again()
    {
        Incremental();
        File.Delete(Path.Combine(input.Output, "2022", "08", "02", "01", "03.html"));
        var report = Incremental();
        Assert.Equal((0, 1), (report.EditionsParsed, report.EditionsRendered));
        AssertSameAsCleanBuild();
    }

    [Fact]
    public void A_full_listing_page_is_kept_and_the_newest_is_rendered_when_an_edition_arrives()
    {
        for (var day = 6; day <= 16; day++) Edition(day);   // 16 × 7 = 112 articles: pages 1, 2 full, 3 partial
        Incremental();
        var before = File.GetLastWriteTimeUtc(Path.Combine(input.Output, "sections", "yaowen", "1.html"));
        Edition(17);
        Incremental();
        Assert.Equal(before, File.GetLastWriteTimeUtc(Path.Combine(input.Output, "sections", "yaowen", "1.html")));
        AssertSameAsCleanBuild();
    }

    [Fact]
    public void A_listing_page_finished_with_an_earlier_year_is_kept_and_the_pages_across_the_years_end_are_a_clean_builds()
    {
        // 2021's eight editions bring 56 articles: 要闻's page 1 is finished (and rendered) with that year.
        for (var day = 24; day <= 31; day++)
        {
            input.Write($"issues/2021-12-{day}/01.txt", Seed);
            input.Write($"issues/2021-12-{day}/edition.yml", "pages:\n  1: 要闻\n");
        }
        Incremental();
        AssertSameAsCleanBuild();
        var first = Path.Combine(input.Output, "sections", "yaowen", "1.html");
        var stamp = File.GetLastWriteTimeUtc(first);
        Edition(6);
        Incremental();
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(first));
        AssertSameAsCleanBuild();
    }

    [Fact]
    public void A_build_that_fails_in_its_last_year_leaves_the_last_builds_state_to_the_next()
    {
        input.Write("issues/2021-12-31/01.txt", Seed);
        input.Write("issues/2021-12-31/edition.yml", "pages:\n  1: 要闻\n");
        Incremental();
        // 2021's edition changes, so the build saves a new part for 2021 before 2022's edition fails (a
        // masthead dated otherwise); the last build's head still names the parts it was made from.
        input.Write("issues/2021-12-31/01.txt", Seed + "\n本报讯 一段新的文字。\n");
        var broken = Path.Combine(input.Input, "issues", "2022-08-05", "02.txt");
        File.Copy(Path.Combine(Repo.Root, "seeds", "004_1b195415e26a939e.txt"), broken);
        Assert.Throws<BuildFailedException>(() => Incremental());
        Assert.Equal(3, StateParts.Length);
        File.Delete(broken);
        var report = Incremental();
        Assert.Equal((0, 1), (report.EditionsParsed, report.EditionsRendered));   // its parse was cached by the failed build
        Assert.Equal(2, StateParts.Length);   // what the failed build left is gone
        AssertSameAsCleanBuild();
    }

    [Fact]
    public void A_listing_front_whose_articles_did_not_change_is_kept_unread_and_the_others_are_rendered()
    {
        Incremental();
        // Kept files are neither read nor rewritten: a mark put into every person's front shows which were.
        const string Mark = "<!-- kept -->";
        var fronts = Directory.EnumerateFiles(Path.Combine(input.Output, "people"), "index.html", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(fronts);
        var section = Path.Combine(input.Output, "sections", "yaowen", "index.html");
        foreach (var front in fronts.Append(section)) File.AppendAllText(front, Mark);
        // An edition from another seed: other people, and the sections' fronts change.
        input.Write("issues/2022-08-06/01.txt", File.ReadAllText(Path.Combine(Repo.Root, "seeds", "002_7db74296a52279ee.txt")));
        input.Write("issues/2022-08-06/edition.yml", "pages:\n  1: 要闻\n");

        Incremental();

        var kept = fronts.Where(f => File.ReadAllText(f).EndsWith(Mark, StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(kept);
        Assert.All(kept, f => Assert.DoesNotContain("2022年8月6日", File.ReadAllText(f), StringComparison.Ordinal));
        Assert.DoesNotContain(Mark, File.ReadAllText(section), StringComparison.Ordinal);   // rendered: it lists the new day
    }

    [Fact]
    public void A_years_sitemap_is_kept_unread_while_its_editions_are_unchanged()
    {
        const string BaseUrl = "https://paper.example/pinghu";
        input.Write("issues/2021-12-31/01.txt", Seed);
        input.Write("issues/2021-12-31/edition.yml", "pages:\n  1: 要闻\n");
        Incremental(baseUrl: BaseUrl);
        const string Mark = "<!-- kept -->";
        var (y2021, y2022) = (Path.Combine(input.Output, "sitemaps", "2021.xml"), Path.Combine(input.Output, "sitemaps", "2022.xml"));
        foreach (var sitemap in new[] { y2021, y2022 }) File.AppendAllText(sitemap, Mark);

        Edition(6);
        Incremental(baseUrl: BaseUrl);

        Assert.EndsWith(Mark, File.ReadAllText(y2021), StringComparison.Ordinal);
        Assert.Contains("/2022/08/06/index.html", File.ReadAllText(y2022), StringComparison.Ordinal);
        Assert.DoesNotContain(Mark, File.ReadAllText(y2022), StringComparison.Ordinal);
        File.WriteAllText(y2021, File.ReadAllText(y2021)[..^Mark.Length]);
        AssertSameAsCleanBuild(baseUrl: BaseUrl);
    }

    [Fact]
    public void The_same_cache_serves_two_output_folders_without_mixing_them()
    {
        Incremental();
        var other = Path.Combine(input.Root, "other");
        var report = SiteBuild.Run(new BuildOptions(input.Input, other, Themes, BaseUrl: "https://example.org/paper", CacheFolder: Cache));
        Assert.Equal((0, 5), (report.EditionsParsed, report.EditionsRendered));
        Assert.Contains("https://example.org/paper/", File.ReadAllText(Path.Combine(other, "2022/08/01/01/01.html")), StringComparison.Ordinal);
        Assert.Equal((0, 0), (Incremental().EditionsParsed, Incremental().EditionsRendered));
    }

    [Fact]
    public void A_cache_folder_that_cannot_be_made_gives_a_clean_build_and_a_warning()
    {
        var blocked = Path.Combine(input.Root, "not-a-folder");
        File.WriteAllText(blocked, "a file where the cache folder would go");
        var report = SiteBuild.Run(new BuildOptions(input.Input, input.Output, Themes, CacheFolder: Path.Combine(blocked, "cache")));
        Assert.Equal(5, report.EditionsParsed);
        Assert.Contains(report.Warnings, w => w.Message.Contains("the build cache cannot be used", StringComparison.Ordinal));
        AssertSameAsCleanBuild();
    }

    public void Dispose() => input.Dispose();
}
