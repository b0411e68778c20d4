using System.Text;
using Site.Cli;
using Site.Config;
using Site.Testing;

namespace Site.Tests.Cli;

/// <summary>`site add`: files raw pages as a dated edition — the date from the masthead or --date, page
/// numbers from 第NN版 or the order given — and never touches an existing edition without --force.</summary>
public sealed class AddCommandTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("site-add-").FullName;
    private string Input => Path.Combine(root, "input");
    private string Issues => Path.Combine(Input, "issues");
    private static string Seed(string prefix) => Path.Combine(Repo.Root, "seeds", Repo.SeedName(prefix));

    public AddCommandTests()
    {
        Directory.CreateDirectory(Input);
        File.Copy(Path.Combine(Repo.Root, "input", "site.yml"), Path.Combine(Input, "site.yml"));
    }

    private (int Code, string Out, string Err) Add(params string[] args)
    {
        var (o, e) = (new StringWriter(), new StringWriter());
        var code = Entry.Run(["add", .. args, "--input", Input], o, e);
        return (code, o.ToString(), e.ToString());
    }

    /// <summary>A one-article raw page with a masthead line.</summary>
    private string Page(string name, string masthead, string headline)
    {
        var path = Path.Combine(root, name);
        File.WriteAllText(path, $"{masthead}\n\n{headline}\n\n■记者 张三\n\n本报讯 {headline}，今天在市里举行。会议强调，要把工作做好。\n", new UTF8Encoding(false));
        return path;
    }

    /// <summary>edition.yml's opening comment as one line.</summary>
    private static string Comment(string yml) =>
        string.Join(' ', yml.Split('\n').TakeWhile(l => l.StartsWith("# ", StringComparison.Ordinal)).Select(l => l[2..]));

    private string Filed(string date, string file) => Path.Combine(Issues, date, file);

    [Fact]
    public void A_page_is_filed_under_the_date_its_masthead_states_bytes_unchanged()
    {
        var (code, output, err) = Add(Seed("004"));
        Assert.True(code == 0, err);
        Assert.Equal(File.ReadAllBytes(Seed("004")), File.ReadAllBytes(Filed("2025-08-04", "01.txt")));
        Assert.Equal(["01.txt", "edition.yml"], Directory.GetFiles(Path.Combine(Issues, "2025-08-04")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var manifest = EditionManifestReader.Load(Filed("2025-08-04", "edition.yml"));
        Assert.Equal(5723, manifest.IssueNumber);
        var yml = File.ReadAllText(Filed("2025-08-04", "edition.yml"));
        Assert.StartsWith("# Filed by `site add`: 01.txt from " + Repo.SeedName("004"), yml, StringComparison.Ordinal);
        Assert.Contains("states the date: 嘉兴市新闻传媒中心 中共平湖市委 联办 2025年8月4日 星期一 农历乙巳年闰六月十一 总第5723期.", Comment(yml), StringComparison.Ordinal);
        // What it parsed: articles with headlines, the noise dropped.
        Assert.Contains("page 1 (the order given) ← ", output, StringComparison.Ordinal);
        Assert.Contains("5 articles, 5 noise blocks dropped", output, StringComparison.Ordinal);
        Assert.Contains(" 4. [photo] 重“棒”出击  — 摄影 王强 纪亚千", output, StringComparison.Ordinal);
        Assert.Contains("dropped line 45: 扫一扫 看视频  (noise rule in site.yml)", output, StringComparison.Ordinal);
        Assert.Contains("filed the edition of 2025-08-04", output, StringComparison.Ordinal);

        // The masthead names no page: until edition.yml does, the page would be published in no section.
        string[] build = ["build", "--input", Input, "--output", Path.Combine(root, "output"), "--cache", Path.Combine(root, "cache"), "--strict", "--base-url", "https://example.org/paper"];
        var (unnamed, _, unnamedErr) = Run(build);
        Assert.Equal(1, unnamed);
        Assert.Contains($"{Filed("2025-08-04", "edition.yml")}:1: warning unnamed-page: page 1 has no name here", unnamedErr, StringComparison.Ordinal);
        File.WriteAllText(Filed("2025-08-04", "edition.yml"), yml + "pages:\n  1: 要闻\n");
        var (built, _, buildErr) = Run(build);
        Assert.True(built == 0, buildErr);
    }

    [Fact]
    public void A_page_without_a_dated_masthead_takes_the_date_given()
    {
        var (code, _, err) = Add(Seed("001"), "--date", "2024-08-22");
        Assert.True(code == 0, err);
        Assert.Equal(File.ReadAllBytes(Seed("001")), File.ReadAllBytes(Filed("2024-08-22", "01.txt")));
        Assert.Contains("No masthead states the date; 2024-08-22 was given with --date.", Comment(File.ReadAllText(Filed("2024-08-22", "edition.yml"))), StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_given_that_disagrees_with_the_masthead_is_an_error_saying_so()
    {
        var (code, _, err) = Add(Seed("004"), "--date", "2025-08-05");
        Assert.Equal(1, code);
        Assert.Contains($"{Seed("004")}:9: error filing: the masthead says 2025-08-04, but --date says 2025-08-05", err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Issues));
    }

    [Fact]
    public void Without_a_masthead_date_or_a_date_given_nothing_is_filed()
    {
        var (code, _, err) = Add(Seed("001"));
        Assert.Equal(1, code);
        Assert.Contains(": error filing: no masthead states the date\n  hint: give it with --date YYYY-MM-DD", err.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.False(Directory.Exists(Issues));
    }

    [Fact]
    public void Mastheads_that_disagree_on_the_date_are_an_error()
    {
        var a = Page("a.txt", "2025年8月4日 星期一", "市里召开会议");
        var b = Page("b.txt", "2025年8月5日 星期二", "县里召开会议");
        var (code, _, err) = Add(a, b);
        Assert.Equal(1, code);
        Assert.Contains($"{a}:1: error filing: the mastheads disagree on the date: this one says 2025-08-04", err, StringComparison.Ordinal);
        Assert.Contains($"{b}:1: error filing: the mastheads disagree on the date: this one says 2025-08-05", err, StringComparison.Ordinal);
    }

    [Fact]
    public void An_existing_edition_is_refused_without_force_and_added_into_with_it()
    {
        Assert.Equal(0, Add(Seed("004")).Code);
        var manifest = Filed("2025-08-04", "edition.yml");
        File.AppendAllText(manifest, "pages:\n  1: 要闻\n");
        var reviewed = File.ReadAllBytes(manifest);
        var second = Page("second.txt", "2025年8月4日 星期一 第02版 综合", "市里召开会议");

        var (refused, _, err) = Add(second);
        Assert.Equal(1, refused);
        Assert.Contains($"{Path.Combine(Issues, "2025-08-04")}: error filing: the edition of 2025-08-04 is already filed\n  hint: add --force", err.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.False(File.Exists(Filed("2025-08-04", "02.txt")));

        var (forced, output, forcedErr) = Add(second, "--force");
        Assert.True(forced == 0, forcedErr);
        Assert.Equal(File.ReadAllBytes(second), File.ReadAllBytes(Filed("2025-08-04", "02.txt")));
        Assert.Equal(File.ReadAllBytes(Seed("004")), File.ReadAllBytes(Filed("2025-08-04", "01.txt")));
        Assert.Equal(reviewed, File.ReadAllBytes(manifest));
        Assert.Contains("kept the existing", output, StringComparison.Ordinal);
        Assert.Contains("page names the mastheads state, to add under pages: if missing — 2: 综合", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Force_replaces_a_page_of_the_same_number_however_its_file_is_named()
    {
        var folder = Directory.CreateDirectory(Path.Combine(Issues, "2025-08-04")).FullName;
        File.WriteAllText(Path.Combine(folder, "1.txt"), "旧的一版");
        Assert.Equal(0, Add(Seed("004"), "--force").Code);
        Assert.Equal(["01.txt", "edition.yml"], Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Pages_are_numbered_by_their_mastheads_when_they_say_and_named_in_edition_yml()
    {
        var three = Page("x.txt", "2025年8月4日 星期一 第03版 体育", "球赛开打");
        var one = Page("y.txt", "2025年8月4日 星期一 第01版 要闻", "市里召开会议");
        var (code, output, err) = Add(three, one);
        Assert.True(code == 0, err);
        Assert.Equal(File.ReadAllBytes(one), File.ReadAllBytes(Filed("2025-08-04", "01.txt")));
        Assert.Equal(File.ReadAllBytes(three), File.ReadAllBytes(Filed("2025-08-04", "03.txt")));
        Assert.Equal([(1, "要闻"), (3, "体育")], EditionManifestReader.Load(Filed("2025-08-04", "edition.yml")).PageNames.Select(p => (p.Key, p.Value)));
        Assert.Contains($"page 1 (第01版 in the masthead, 要闻) ← {one}", output, StringComparison.Ordinal);
        Assert.Contains("1. [news] 球赛开打  — 记者 张三", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Pages_without_a_page_label_take_the_free_numbers_in_the_order_given()
    {
        var a = Page("a.txt", "2025年8月4日 星期一", "甲地召开会议");
        var b = Page("b.txt", "2025年8月4日 星期一 第01版 要闻", "乙地召开会议");
        var c = Page("c.txt", "2025年8月4日 星期一", "丙地召开会议");
        var (code, _, err) = Add(a, b, c);
        Assert.True(code == 0, err);
        Assert.Equal(File.ReadAllBytes(b), File.ReadAllBytes(Filed("2025-08-04", "01.txt")));
        Assert.Equal(File.ReadAllBytes(a), File.ReadAllBytes(Filed("2025-08-04", "02.txt")));
        Assert.Equal(File.ReadAllBytes(c), File.ReadAllBytes(Filed("2025-08-04", "03.txt")));
        var yml = File.ReadAllText(Filed("2025-08-04", "edition.yml"));
        Assert.Contains("pages:\n  1: 要闻\n  # 2: (name not read from the masthead)\n  # 3: (name not read from the masthead)\n", yml, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_name_without_a_section_slug_is_pointed_out_before_the_build_stops_on_it()
    {
        var (code, output, _) = Add(Page("a.txt", "2025年8月4日 星期一 第05版 专版", "市里召开会议"));
        Assert.Equal(0, code);
        Assert.Contains("warning: the page name \"专版\" has no section slug in site.yml", output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_input_folder_that_does_not_exist_is_an_error()
    {
        var (o, e) = (new StringWriter(), new StringWriter());
        var missing = Path.Combine(root, "inptu");
        Assert.Equal(1, Entry.Run(["add", Seed("004"), "--input", missing], o, e));
        Assert.Contains($"{missing}: error input-layout: no such folder", e.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(missing));
    }

    [Fact]
    public void Two_pages_labelled_the_same_are_an_error()
    {
        var a = Page("a.txt", "2025年8月4日 星期一 第02版", "甲地召开会议");
        var b = Page("b.txt", "2025年8月4日 星期一 第02版", "乙地召开会议");
        var (code, _, err) = Add(a, b);
        Assert.Equal(1, code);
        Assert.Contains($"{a}:1: error filing: the masthead says 第02版, as {b} does", err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_cannot_be_decoded_is_named()
    {
        var empty = Path.Combine(root, "empty.txt");
        File.WriteAllBytes(empty, []);
        var (code, _, err) = Add(Seed("004"), empty);
        Assert.Equal(1, code);
        Assert.Contains($"{empty}: error page-file: the file is empty", err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Issues));
    }

    [Fact]
    public void A_file_of_several_pages_is_refused()
    {
        var path = Path.Combine(root, "two.txt");
        File.WriteAllText(path, File.ReadAllText(Seed("004")) + "\f" + File.ReadAllText(Seed("001")));
        var (code, _, err) = Add(path);
        Assert.Equal(1, code);
        Assert.Contains($"{path}: error filing: holds 2 pages (form feeds between them)\n  hint: add one file per page", err.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData]
    [InlineData("--date", "2025/08/04", "x.txt")]
    [InlineData("x.txt", "x.txt")]
    [InlineData("x.txt", "--overwrite")]
    public void Bad_usage_exits_2(params string[] args)
    {
        var (code, _, err) = Add(args);
        Assert.Equal(2, code);
        Assert.Contains("usage:", err, StringComparison.Ordinal);
    }

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var (o, e) = (new StringWriter(), new StringWriter());
        var code = Entry.Run([.. args, "--themes", Path.Combine(Repo.Root, "themes")], o, e);
        return (code, o.ToString(), e.ToString());
    }

    private static string Fixture => Path.Combine(Repo.Root, "tests", "Site.Parsing.Tests", "Pdf", "two-columns.pdf");

    [Fact]
    [Trait("Speed", "Slow")]
    public void A_pdf_page_is_filed_as_a_pdf_under_the_date_its_masthead_states()
    {
        var (code, output, err) = Add(Fixture);
        Assert.True(code == 0, err);
        Assert.Equal(File.ReadAllBytes(Fixture), File.ReadAllBytes(Filed("2025-08-05", "01.pdf")));
        Assert.StartsWith("# Filed by `site add`: 01.pdf from two-columns.pdf", File.ReadAllText(Filed("2025-08-05", "edition.yml")), StringComparison.Ordinal);
        Assert.Contains(" 1. [news] 全市夏粮收购进度过半  — 记者 王晓玉  通讯员 李凤超", output, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Speed", "Slow")]
    public void A_pdf_of_several_pages_is_filed_page_by_page()
    {
        var edition = Path.Combine(root, "edition.pdf");
        File.WriteAllBytes(edition, UglyToad.PdfPig.Writer.PdfMerger.Merge([File.ReadAllBytes(Fixture), File.ReadAllBytes(Fixture)]));
        var (code, output, err) = Add(edition);
        Assert.True(code == 0, err);
        Assert.Equal(["01.pdf", "02.pdf", "edition.yml"], Directory.GetFiles(Path.Combine(Issues, "2025-08-05")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains($"page 2 (the order given) ← {edition}, page 2: 2 articles", output, StringComparison.Ordinal);
        foreach (var page in new[] { "01.pdf", "02.pdf" })
            Assert.Equal(1, Parsing.Pdf.PdfPages.Count(File.ReadAllBytes(Filed("2025-08-05", page))));
        // The pages were cut in a folder of their own, which is gone.
        Assert.DoesNotContain(Directory.GetDirectories(Path.GetTempPath(), "site-add-*"), d => Directory.GetFiles(d, "edition, page *.pdf").Length > 0);
        var (built, _, buildErr) = Run("build", "--input", Input, "--output", Path.Combine(root, "output"), "--cache", Path.Combine(root, "cache"));
        Assert.True(built == 0, buildErr);
        Assert.True(File.Exists(Path.Combine(root, "output", "2025", "08", "05", "02", "02.html")));
    }

    public void Dispose() => Directory.Delete(root, recursive: true);
}
