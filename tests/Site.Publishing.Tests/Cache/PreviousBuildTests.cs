using Site.Parsing.Model;
using Site.Publishing.Cache;
using Site.Publishing.Documents;
using Site.Publishing.Pipeline;

namespace Site.Publishing.Tests.Cache;

/// <summary>What an incremental build reuses of the last build: rendered work only under the same site key,
/// the raw files' hashes always; an edition's record only until the build is through its year.</summary>
public sealed class PreviousBuildTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("previous-build-").FullName;
    private static readonly DateOnly Day = new(2024, 8, 22);

    private PreviousBuild Saved()
    {
        var output = Path.Combine(folder, "out");
        Directory.CreateDirectory(output);
        var cache = new BuildCache(Path.Combine(folder, "cache"));
        cache.SaveState(new BuildState(output, "site-1",
            [new SourceStamp("/in/issues/2024-08-22/01.txt", 123, 456, "h1")],
            [new EditionRecord(Day, "p", "r", "f",
                new EditionSummary(Day, [new PageSummary(1, "要闻")],
                    [new ArticleEntry(Day, 1, 1, "要闻", ArticleKind.News, null, "主题", null, null, [], false)], null),
                ["2024/08/22/index.html"], [])],
            [new KeyedFiles("sections/yaowen/1.html", "k", ["sections/yaowen/1.html"])],
            [new SearchUnitRecord(new Site.Publishing.Search.IndexUnit("2024-08", "2024年8月", 1, 1), "s", ["search/2024-08/p0.js"])]));
        return PreviousBuild.Load(new BuildCache(Path.Combine(folder, "cache")), output);
    }

    [Fact]
    public void Under_the_same_site_key_editions_pages_and_search_units_are_offered_until_dropped()
    {
        var previous = Saved();
        previous.ForgetRenderedUnless("site-1");
        Assert.True(previous.TryGetEdition(Day, out var record));
        Assert.Equal("r", record.RenderKey);
        Assert.True(previous.TryGetPage("sections/yaowen/1.html", out _));
        Assert.True(previous.TryGetSearchUnit("2024-08", out _));
        previous.Drop(Day);
        Assert.False(previous.TryGetEdition(Day, out _));
    }

    [Fact]
    public void Under_another_site_key_nothing_rendered_is_offered_but_the_hashes_still_are()
    {
        var previous = Saved();
        previous.ForgetRenderedUnless("site-2");
        Assert.False(previous.TryGetEdition(Day, out _));
        Assert.False(previous.TryGetPage("sections/yaowen/1.html", out _));
        Assert.False(previous.TryGetSearchUnit("2024-08", out _));
        // A file whose size and time match its stamp is not read again (this one does not exist).
        Assert.Equal("h1", previous.Hashes.Of("/in/issues/2024-08-22/01.txt", new FileStamp(123, 456)));
    }

    [Fact]
    public void Without_a_cache_there_is_nothing_to_reuse()
    {
        var previous = PreviousBuild.Load(null, Path.Combine(folder, "out"));
        previous.ForgetRenderedUnless("site-1");
        Assert.False(previous.TryGetEdition(Day, out _));
        Assert.False(previous.TryGetPage("sections/yaowen/1.html", out _));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
