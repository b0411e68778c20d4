using Site.Parsing.Diagnostics;
using System.Collections.Immutable;
using Site.Parsing.Model;
using Site.Publishing.Cache;
using Site.Publishing.Documents;
using Site.Publishing.Hashing;
using Site.Publishing.Pipeline;

namespace Site.Publishing.Tests.Cache;

public sealed class CacheFilesTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("cache-files-").FullName;

    private BuildState Sample() => new(
        Path.Combine(folder, "out"), "k1",
        [new SourceStamp("/in/issues/2024-08-22/01.txt", 123, 456, "h1")],
        [new EditionRecord(new DateOnly(2024, 8, 22), "p", "r", "f",
            new EditionSummary(new DateOnly(2024, 8, 22), [new PageSummary(1, "要闻")],
                [new ArticleEntry(new DateOnly(2024, 8, 22), 1, 2, "要闻", ArticleKind.Commentary, null, "主题", "副题", "摘要…",
                    [("记者", "张三"), ("通讯员", "李四")], true)], 41),
            ["2024/08/22/index.html"], [Diagnostic.Warning("01.txt", 3, "parse", "a warning", "a hint")])],
        [new KeyedFiles("sections/yaowen/1.html", "k", ["sections/yaowen/1.html"])],
        [new SearchUnitRecord(new Site.Publishing.Search.IndexUnit("2024-08", "2024年8月", 7, 2), "s", ["search/2024-08/p0.js"])]);

    /// <summary>The state's head, state-HASH.bin (its parts are state-HASH-YYYY-PART.bin).</summary>
    private string StateHead() => Directory.EnumerateFiles(folder, "state-*.bin").Single(f => Path.GetFileName(f).Count(c => c == '-') == 1);

    [Fact]
    public void A_state_reads_back_as_it_was_written()
    {
        var state = Sample();
        var cache = new BuildCache(folder);
        Directory.CreateDirectory(state.OutputFolder);
        cache.SaveState(state);
        var back = new BuildCache(folder).LoadState(state.OutputFolder)!;
        Assert.Equal(state.OutputFolder, back.OutputFolder);
        Assert.Equal(state.SiteKey, back.SiteKey);
        Assert.Equal(state.Sources.ToArray(), back.Sources.ToArray());
        var (a, b) = (state.Editions[0], back.Editions[0]);
        Assert.Equal((a.Date, a.ParseKey, a.RenderKey, a.FrontKey), (b.Date, b.ParseKey, b.RenderKey, b.FrontKey));
        Assert.Equal(a.Files.ToArray(), b.Files.ToArray());
        Assert.Equal(a.Warnings.ToArray(), b.Warnings.ToArray());
        var (x, y) = (a.Summary.Articles[0], b.Summary.Articles[0]);
        Assert.Equal(x with { Credits = [] }, y with { Credits = [] });
        Assert.Equal(x.Credits.ToArray(), y.Credits.ToArray());
        Assert.Equal(state.Pages[0].Files.ToArray(), back.Pages[0].Files.ToArray());
        Assert.Equal(a.Summary.PageList.ToArray(), b.Summary.PageList.ToArray());
        Assert.Equal(41, b.Summary.IssueNumber);
        Assert.Equal(state.SearchUnits[0].Info, back.SearchUnits[0].Info);
        Assert.Equal(state.SearchUnits[0].Files.ToArray(), back.SearchUnits[0].Files.ToArray());
    }

    [Fact]
    public void A_state_read_back_and_saved_again_without_its_text_being_read_gives_the_same_files()
    {
        var state = Sample();
        Directory.CreateDirectory(state.OutputFolder);
        new BuildCache(folder).SaveState(state);
        var back = new BuildCache(folder).LoadState(state.OutputFolder)!;
        var again = Path.Combine(folder, "again");
        new BuildCache(again).SaveState(back);   // the entries' text is copied as stored, never decoded

        string[] Files(string f) => [.. Directory.EnumerateFiles(f, "state-*.bin").Select(Path.GetFileName).Order(StringComparer.Ordinal)!];
        Assert.Equal(Files(folder), Files(again));
        foreach (var name in Files(folder))
            Assert.Equal(File.ReadAllBytes(Path.Combine(folder, name)), File.ReadAllBytes(Path.Combine(again, name)));
        var entry = new BuildCache(again).LoadState(state.OutputFolder)!.Editions[0].Summary.Articles[0];
        Assert.Equal((null, "主题", "副题", "摘要…"), (entry.Kicker, entry.Headline, entry.Subheadline, entry.Excerpt));
    }

    [Fact]
    public void A_head_or_part_cut_short_or_with_bytes_left_over_is_refused()
    {
        var state = Sample();
        var head = StateCodec.WriteHead(state, ["part"]);
        Assert.ThrowsAny<Exception>(() => StateCodec.ReadHead(head[..^3]));
        Assert.Throws<InvalidDataException>(() => StateCodec.ReadHead([.. head, 0]));
        var part = StateCodec.WritePart(state.Sources, state.Editions);
        Assert.ThrowsAny<Exception>(() => StateCodec.ReadPart(part[..^3]));
        Assert.Throws<InvalidDataException>(() => StateCodec.ReadPart([.. part, 0]));
    }

    [Fact]
    public void A_head_naming_a_part_outside_the_cache_folder_reads_as_no_state()
    {
        var state = Sample();
        Directory.CreateDirectory(state.OutputFolder);
        var cache = new BuildCache(folder);
        cache.SaveState(state);
        var head = StateHead();
        File.Copy(Directory.EnumerateFiles(folder, "state-*-*.bin").Single(), Path.Combine(Path.GetTempPath(), "stolen-part.bin"), overwrite: true);
        SealedFile.Write(head, BuildState.Format, StateCodec.WriteHead(state, ["../stolen-part.bin"]));
        Assert.Null(new BuildCache(folder).LoadState(state.OutputFolder));
        File.Delete(Path.Combine(Path.GetTempPath(), "stolen-part.bin"));
    }

    [Fact]
    public void A_state_that_cannot_be_saved_fails_with_the_io_error_itself()
    {
        // The build turns an IOException into a warning; parts written in parallel must not hide it
        // inside an AggregateException.
        var state = Sample();
        var cacheFolder = Path.Combine(folder, "gone");
        var cache = new BuildCache(cacheFolder);
        Directory.Delete(cacheFolder, recursive: true);
        File.WriteAllText(cacheFolder, "not a folder");
        Assert.ThrowsAny<IOException>(() => cache.SaveState(state));
    }

    [Fact]
    public void A_head_naming_a_part_with_characters_no_file_name_has_reads_as_no_state()
    {
        var state = Sample();
        Directory.CreateDirectory(state.OutputFolder);
        new BuildCache(folder).SaveState(state);
        var head = StateHead();
        SealedFile.Write(head, BuildState.Format, StateCodec.WriteHead(state, ["bad\0name.bin"]));
        Assert.Null(new BuildCache(folder).LoadState(state.OutputFolder));
    }

    [Fact]
    public void A_sealed_file_reads_as_absent_when_damaged_or_of_another_format()
    {
        var path = Path.Combine(folder, "x");
        SealedFile.Write(path, "f-1", "payload"u8);
        Assert.Equal("payload"u8.ToArray(), SealedFile.Read(path, "f-1"));
        Assert.Null(SealedFile.Read(path, "f-2"));
        var bytes = File.ReadAllBytes(path);
        bytes[^1] ^= 1;
        File.WriteAllBytes(path, bytes);
        Assert.Null(SealedFile.Read(path, "f-1"));
        File.WriteAllBytes(path, bytes[..5]);
        Assert.Null(SealedFile.Read(path, "f-1"));
        Assert.Null(SealedFile.Read(Path.Combine(folder, "missing"), "f-1"));
    }

    [Fact]
    public void Fingerprints_tell_apart_values_that_concatenate_alike()
    {
        var a = new Fingerprint();
        var b = new Fingerprint();
        Assert.NotEqual(a.Add("ab").Add("c").Finish(), b.Add("a").Add("bc").Finish());
        var c = new Fingerprint();
        var d = new Fingerprint();
        Assert.Equal(c.Add("平湖").Add(3).Finish(), d.Add("平湖").Add(3).Finish());
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
