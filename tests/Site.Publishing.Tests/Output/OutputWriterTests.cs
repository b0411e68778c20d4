using System.Text;
using Site.Publishing.Output;

namespace Site.Publishing.Tests.Output;

/// <summary>The writer's promises; every one holds too when the writer finds stale files from the
/// listing an incremental build takes (<see cref="OutputWriterWithInventoryTests"/>).</summary>
public class OutputWriterTests : IDisposable
{
    /// <summary>Whether builds hand the writer an <see cref="OutputInventory"/> of the output.</summary>
    protected virtual bool Listed => false;

    private readonly TempFolder temp = new();
    private readonly string output;

    public OutputWriterTests() => output = temp.Combine("output");

    public void Dispose()
    {
        temp.Dispose();
        GC.SuppressFinalize(this);
    }

    private static OutputFile File(string path, string text) => new(path, Encoding.UTF8.GetBytes(text));

    private static readonly OutputFile[] Site =
    [
        File("index.html", "<!DOCTYPE html>首页"),
        File("2025/08/04/index.html", "本期"),
        File("2025/08/04/01/03.html", "文章"),
        File("assets/site.css", "body{}"),
    ];

    private WriteReport Build(params OutputFile[] files)
    {
        using var writer = new OutputWriter(output, Listed ? OutputInventory.Take(output) : null);
        foreach (var file in files) writer.Add(file);
        return writer.Commit();
    }

    /// <summary>Every file under <paramref name="folder"/> with its bytes and mtime.</summary>
    private static SortedDictionary<string, (string Bytes, DateTime Modified)> Tree(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(folder, f), f => (Convert.ToBase64String(System.IO.File.ReadAllBytes(f)), System.IO.File.GetLastWriteTimeUtc(f))),
            StringComparer.Ordinal);

    private string[] StagingFolders() => Directory.GetDirectories(temp.Root, "output.staging-*");

    [Fact]
    public void A_first_build_writes_every_file_and_creates_the_output_folder()
    {
        var report = Build(Site);

        Assert.Equal(new WriteReport(4, 0, 0), report);
        Assert.Equal("文章", System.IO.File.ReadAllText(Path.Combine(output, "2025/08/04/01/03.html")));
        Assert.Empty(StagingFolders());
    }

    [Fact]
    public void A_first_build_into_an_empty_output_folder_fills_it()
    {
        Directory.CreateDirectory(output);

        Assert.Equal(new WriteReport(4, 0, 0), Build(Site));

        Assert.Equal(4, Tree(output).Count);
        Assert.Empty(StagingFolders());
    }

    [Fact]
    public void A_first_build_into_a_folder_holding_only_dot_files_keeps_them()
    {
        // A deploy checkout: nothing of the site yet, but its .git is not the build's to replace.
        Directory.CreateDirectory(Path.Combine(output, ".git"));
        System.IO.File.WriteAllText(Path.Combine(output, ".git", "HEAD"), "ref: refs/heads/gh-pages");
        System.IO.File.WriteAllText(Path.Combine(output, ".nojekyll"), "");

        Assert.Equal(new WriteReport(4, 0, 0), Build(Site));

        Assert.Equal("ref: refs/heads/gh-pages", System.IO.File.ReadAllText(Path.Combine(output, ".git", "HEAD")));
        Assert.True(System.IO.File.Exists(Path.Combine(output, ".nojekyll")));
        Assert.Equal(6, Tree(output).Count);
        Assert.Empty(StagingFolders());
    }

    [Fact]
    public void A_second_identical_build_writes_nothing_and_keeps_every_mtime()
    {
        Build(Site);
        var old = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        foreach (var file in Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)) System.IO.File.SetLastWriteTimeUtc(file, old);
        var before = Tree(output);

        var report = Build(Site.Reverse().ToArray());

        Assert.Equal(new WriteReport(0, 4, 0), report);
        Assert.Equal(before, Tree(output));
        Assert.All(Tree(output).Values, v => Assert.Equal(old, v.Modified));
    }

    [Fact]
    public void A_dot_named_file_the_inventory_does_not_list_is_still_left_alone_when_unchanged()
    {
        // A theme may ship assets/.htaccess; an inventory skips dot-names, so the writer must compare it.
        var site = new[] { Site[0], File("assets/.htaccess", "Options -Indexes") };
        Build(site);
        var stamp = System.IO.File.GetLastWriteTimeUtc(Path.Combine(output, "assets/.htaccess"));

        Assert.Equal(new WriteReport(0, 2, 0), Build(site));
        Assert.Equal(stamp, System.IO.File.GetLastWriteTimeUtc(Path.Combine(output, "assets/.htaccess")));
    }

    [Fact]
    public void A_changed_file_is_rewritten_and_the_others_are_left_alone()
    {
        Build(Site);
        var old = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        foreach (var file in Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)) System.IO.File.SetLastWriteTimeUtc(file, old);

        var report = Build([.. Site[..3], File("assets/site.css", "body{margin:0}")]);

        Assert.Equal(new WriteReport(1, 3, 0), report);
        Assert.Equal("body{margin:0}", System.IO.File.ReadAllText(Path.Combine(output, "assets/site.css")));
        Assert.NotEqual(old, System.IO.File.GetLastWriteTimeUtc(Path.Combine(output, "assets/site.css")));
        Assert.Equal(old, System.IO.File.GetLastWriteTimeUtc(Path.Combine(output, "index.html")));
    }

    [Fact]
    public void A_file_of_the_same_length_with_different_bytes_is_rewritten()
    {
        Build(File("a.txt", "abc"));

        Assert.Equal(new WriteReport(1, 0, 0), Build(File("a.txt", "abd")));
        Assert.Equal("abd", System.IO.File.ReadAllText(Path.Combine(output, "a.txt")));
    }

    [Fact]
    public void A_file_no_longer_produced_is_deleted_with_the_folders_it_leaves_empty()
    {
        Build(Site);

        var report = Build(Site[0], Site[3]);

        Assert.Equal(new WriteReport(0, 2, 2), report);
        Assert.False(Directory.Exists(Path.Combine(output, "2025")));
        Assert.Equal(["assets/site.css", "index.html"], Tree(output).Keys.Select(k => k.Replace('\\', '/')));
    }

    [Fact]
    public void Dot_files_in_the_output_folder_are_not_the_builds_to_delete()
    {
        Build(Site);
        Directory.CreateDirectory(Path.Combine(output, ".git"));
        System.IO.File.WriteAllText(Path.Combine(output, ".git", "HEAD"), "ref: refs/heads/gh-pages");

        Build(Site[0]);

        Assert.True(System.IO.File.Exists(Path.Combine(output, ".git", "HEAD")));
    }

    [Fact]
    public void Symbolic_links_in_the_output_folder_are_neither_deleted_nor_followed_and_a_site_file_replaces_one()
    {
        var elsewhere = temp.Combine("elsewhere");
        Directory.CreateDirectory(elsewhere);
        System.IO.File.WriteAllText(Path.Combine(elsewhere, "not-ours.html"), "theirs");
        Build(Site);
        Directory.CreateSymbolicLink(Path.Combine(output, "mirror"), elsewhere);
        System.IO.File.CreateSymbolicLink(Path.Combine(output, "2025", "alias.html"), Path.Combine(elsewhere, "not-ours.html"));
        System.IO.File.CreateSymbolicLink(Path.Combine(output, "latest.html"), Path.Combine(elsewhere, "not-ours.html"));

        Build([.. Site, File("latest.html", "ours")]);

        Assert.NotNull(new DirectoryInfo(Path.Combine(output, "mirror")).LinkTarget);
        Assert.NotNull(new FileInfo(Path.Combine(output, "2025", "alias.html")).LinkTarget);
        Assert.Equal("theirs", System.IO.File.ReadAllText(Path.Combine(elsewhere, "not-ours.html")));
        // Where the site needs a file, the link itself gives way (its target is left alone).
        Assert.Null(new FileInfo(Path.Combine(output, "latest.html")).LinkTarget);
        Assert.Equal("ours", System.IO.File.ReadAllText(Path.Combine(output, "latest.html")));
    }

    [Fact]
    public void A_file_may_replace_a_folder_of_an_earlier_build_and_the_other_way_round()
    {
        Build(File("a/b.html", "1"), File("c", "2"));

        var report = Build(File("a", "3"), File("c/d.html", "4"));

        Assert.Equal(new WriteReport(2, 0, 2), report);
        Assert.Equal("3", System.IO.File.ReadAllText(Path.Combine(output, "a")));
        Assert.Equal("4", System.IO.File.ReadAllText(Path.Combine(output, "c/d.html")));
    }

    [Fact]
    public void Disposing_without_commit_leaves_the_output_byte_identical_and_removes_the_staging_folder()
    {
        Build(Site);
        var before = Tree(output);

        using (var writer = new OutputWriter(output))
        {
            writer.Add(File("index.html", "新首页"));
            writer.Add(File("new/page.html", "新页"));
            Assert.Single(StagingFolders());
        }

        Assert.Equal(before, Tree(output));
        Assert.Empty(StagingFolders());
    }

    [Fact]
    public void A_failed_first_build_creates_no_output_folder()
    {
        using (var writer = new OutputWriter(output + "/")) writer.Add(Site[0]);

        Assert.False(Directory.Exists(output));
        Assert.Empty(StagingFolders());
    }

    [Fact]
    public void An_output_folder_given_with_a_trailing_slash_stages_beside_it()
    {
        using var writer = new OutputWriter(output + Path.DirectorySeparatorChar);
        writer.Add(Site[0]);

        Assert.Single(StagingFolders());
        Assert.Equal(new WriteReport(1, 0, 0), writer.Commit());
        Assert.True(System.IO.File.Exists(Path.Combine(output, "index.html")));
    }

    [Theory]
    [InlineData("/etc/passwd")]
    [InlineData("../outside.html")]
    [InlineData("2025/../../outside.html")]
    [InlineData("2025\\08\\04\\index.html")]
    [InlineData("people/张三.html")]
    [InlineData("")]
    [InlineData("a//b.html")]
    [InlineData("a/./b.html")]
    [InlineData("folder/")]
    [InlineData("c:/windows.html")]
    public void A_path_that_could_escape_or_differ_between_hosts_is_rejected(string path)
    {
        using var writer = new OutputWriter(output);

        var error = Assert.Throws<ArgumentException>(() => writer.Add(new OutputFile(path, [1])));

        Assert.Contains($"\"{path}\"", error.Message);
    }

    [Fact]
    public void A_path_added_twice_is_an_error_naming_it()
    {
        using var writer = new OutputWriter(output);
        writer.Add(File("2025/08/04/index.html", "一"));

        var error = Assert.Throws<InvalidOperationException>(() => writer.Add(File("2025/08/04/index.html", "二")));

        Assert.Contains("2025/08/04/index.html", error.Message);
    }

    [Fact]
    public void A_path_that_needs_another_file_to_be_a_folder_is_an_error()
    {
        using var writer = new OutputWriter(output);
        writer.Add(File("2025/08", "文件"));

        Assert.Throws<InvalidOperationException>(() => writer.Add(File("2025/08/04/index.html", "页")));
        Assert.Throws<InvalidOperationException>(() => writer.Add(File("2025", "文件")));
    }

    [Fact]
    public void Files_added_from_many_threads_are_all_written()
    {
        using (var writer = new OutputWriter(output))
        {
            Parallel.For(0, 2_000, i => writer.Add(File($"p/{i % 37}/{i}.html", i.ToString(System.Globalization.CultureInfo.InvariantCulture))));
            Assert.Equal(new WriteReport(2_000, 0, 0), writer.Commit());
        }

        Assert.Equal(2_000, Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Count());
    }

    [Fact]
    public void Nothing_can_be_added_after_commit()
    {
        using var writer = new OutputWriter(output);
        writer.Commit();

        Assert.Throws<ObjectDisposedException>(() => writer.Add(Site[0]));
    }
}

public sealed class OutputWriterWithInventoryTests : OutputWriterTests
{
    protected override bool Listed => true;

    [Fact]
    public void Kept_files_are_neither_rewritten_nor_deleted()
    {
        var output = Path.Combine(Path.GetTempPath(), "keep-" + Guid.NewGuid().ToString("N"), "output");
        try
        {
            using (var first = new OutputWriter(output))
            {
                first.Add(new OutputFile("a/1.html", [1]));
                first.Add(new OutputFile("a/2.html", [2]));
                first.Add(new OutputFile("b.html", [3]));
                first.Commit();
            }
            var stamp = File.GetLastWriteTimeUtc(Path.Combine(output, "a/1.html"));
            using var second = new OutputWriter(output, OutputInventory.Take(output));
            second.Keep(["a/1.html"]);
            second.Add(new OutputFile("b.html", [4]));
            Assert.Equal(new WriteReport(1, 1, 1), second.Commit());
            Assert.Equal(stamp, File.GetLastWriteTimeUtc(Path.Combine(output, "a/1.html")));
            Assert.False(File.Exists(Path.Combine(output, "a/2.html")));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(output)!, recursive: true);
        }
    }

    [Fact]
    public void A_kept_file_where_a_new_file_needs_a_folder_is_an_error()
    {
        var output = Path.Combine(Path.GetTempPath(), "keep-" + Guid.NewGuid().ToString("N"), "output");
        try
        {
            using (var first = new OutputWriter(output))
            {
                first.Add(new OutputFile("a", [1]));
                first.Commit();
            }
            using var second = new OutputWriter(output, OutputInventory.Take(output));
            second.Add(new OutputFile("a/b.html", [2]));
            Assert.Throws<InvalidOperationException>(() => second.Keep(["a"]));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(output)!, recursive: true);
        }
    }

    [Fact]
    public void The_inventory_lists_files_but_not_dot_entries_or_symbolic_links()
    {
        var root = Directory.CreateTempSubdirectory("inventory-").FullName;
        var elsewhere = Directory.CreateTempSubdirectory("elsewhere-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "2025", "08"));
            File.WriteAllText(Path.Combine(root, "index.html"), "");
            File.WriteAllText(Path.Combine(root, "2025", "08", "x.html"), "");
            File.WriteAllText(Path.Combine(root, ".nojekyll"), "");
            Directory.CreateDirectory(Path.Combine(root, ".git"));
            File.WriteAllText(Path.Combine(root, ".git", "HEAD"), "");
            File.WriteAllText(Path.Combine(elsewhere, "not-ours.html"), "");
            Directory.CreateSymbolicLink(Path.Combine(root, "linked"), elsewhere);
            File.CreateSymbolicLink(Path.Combine(root, "2025", "linked.html"), Path.Combine(elsewhere, "not-ours.html"));
            Assert.Equal(["2025/08/x.html", "index.html"], OutputInventory.Take(root).Order(StringComparer.Ordinal));
            // A trailing separator names the same folder.
            Assert.Equal(["2025/08/x.html", "index.html"], OutputInventory.Take(root + Path.DirectorySeparatorChar).Order(StringComparer.Ordinal));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
            Directory.Delete(elsewhere, recursive: true);
        }
    }
}
