using System.Text;
using System.Text.RegularExpressions;
using Site.Cli;
using Site.Testing;
using Site.Tests.Site;

namespace Site.Tests.Diagnostics;

/// <summary>A corpus of broken inputs, each built through the command line after a good build: every
/// one exits 1 (or 0 with a warning, where it is only a warning) naming its file and, where the problem
/// has one, its line, never with an exception, and a failed build leaves output/ byte for byte as it was.</summary>
[Trait("Speed", "Slow")]
public sealed partial class BrokenInputCorpusTests : IDisposable
{
    private const string Edition = "issues/2025-08-04/edition.yml";
    private const string Page = "issues/2025-08-04/01.txt";
    private readonly TempInput input = new();
    private readonly string themes = Path.Combine(Repo.Root, "themes");

    public BrokenInputCorpusTests()
    {
        // One edition of one page: the sample's site.yml and its 2025-08-04.
        File.Copy(Path.Combine(Repo.Root, "input", "site.yml"), Directory.CreateDirectory(input.Input).FullName + "/site.yml");
        foreach (var name in new[] { "01.txt", "edition.yml" })
            input.Write($"issues/2025-08-04/{name}", File.ReadAllText(Path.Combine(Repo.Root, "input", "issues", "2025-08-04", name)));
    }

    /// <summary>A broken input: the file written (relative to input/), its text, and what is reported.</summary>
    /// <param name="Line">The line the diagnostic names; 0 where the problem is the whole file or folder.</param>
    /// <param name="At">The file or folder the diagnostic names (relative to input/), when not <paramref name="File"/>.</param>
    public sealed record Case(string Name, string File, string Text, string Code, int Line, bool Error = true, string? At = null)
    {
        public override string ToString() => Name;
    }

    private static readonly string SiteYml = System.IO.File.ReadAllText(Path.Combine(Repo.Root, "input", "site.yml"));
    private static readonly int ThemeLine = LineOf(SiteYml, "theme:");

    private static int LineOf(string text, string start) =>
        text.Split('\n').ToList().FindIndex(l => l.StartsWith(start, StringComparison.Ordinal)) + 1;

    private static readonly string Seed004 = System.IO.File.ReadAllText(Path.Combine(Repo.Root, "seeds", "004_1b195415e26a939e.txt"));

    private static int LineContaining(string text, string part) =>
        text.Split('\n').ToList().FindIndex(l => l.Contains(part, StringComparison.Ordinal)) + 1;

    public static TheoryData<Case> Cases() =>
    [
        // site.yml: not YAML
        new("site.yml: a list never closed", "site.yml", SiteYml.Replace("theme: default", "theme: [default"), "yaml-syntax", ThemeLine),
        new("site.yml: a mapping never closed", "site.yml", SiteYml.Replace("theme: default", "theme: {name: default"), "yaml-syntax", ThemeLine),
        new("site.yml: a quote never closed", "site.yml", "title: \"嘉兴日报\nlanguage: zh-CN\ntheme: default\n", "yaml-syntax", 1),
        new("site.yml: a tab in the indentation", "site.yml", "title: 报\nsections:\n  要闻: yaowen\n\t综合: zonghe\n", "yaml-syntax", 4),
        new("site.yml: a list at the top", "site.yml", "- title: 报\n", "bad-value", 1),
        new("site.yml: a key twice", "site.yml", "title: 报\ntitle: 报\n", "yaml-syntax", 2),
        // site.yml: YAML, but not a site.yml
        new("site.yml: an unknown key", "site.yml", SiteYml + "colour: red\n", "unknown-key", LineOf(SiteYml + "colour: red\n", "colour:")),
        new("site.yml: no such theme", "site.yml", SiteYml.Replace("theme: default", "theme: nosuch"), "missing-theme", ThemeLine),
        new("site.yml: a base URL that is not one", "site.yml", SiteYml.Replace("baseUrl: \"\"", "baseUrl: ftp://example.org"), "bad-value", LineOf(SiteYml, "baseUrl:")),
        new("site.yml: a slug with a space", "site.yml", SiteYml.Replace("要闻: yaowen", "要闻: Yao Wen"), "bad-value", LineOf(SiteYml, "  要闻:")),
        new("site.yml: a pattern that does not compile", "site.yml", SiteYml.Replace("\"^扫一扫\"", "\"(扫一扫\""), "bad-value", LineOf(SiteYml, "    - \"^扫一扫\"")),
        new("site.yml: an unknown parser setting", "site.yml", SiteYml.Replace("  columnists:", "  columnist:"), "unknown-key", LineOf(SiteYml, "  columnists:")),
        // edition.yml: not YAML
        new("edition.yml: a list never closed", Edition, "pages: [1: 要闻\n", "yaml-syntax", 1),
        new("edition.yml: a list never closed, more after it", Edition, "pages: [1: 要闻\nissueNumber: 5723\n", "yaml-syntax", 1),
        new("edition.yml: a tab in the indentation", Edition, "pages:\n  1: 要闻\n\t2: 综合\n", "yaml-syntax", 3),
        new("edition.yml: a quote never closed", Edition, "pages:\n  1: \"要闻\n", "yaml-syntax", 2),
        new("edition.yml: bad indentation", Edition, "pages:\n  1: 要闻\n    2: 综合\n", "yaml-syntax", 3),
        // edition.yml: YAML, but not an edition.yml
        new("edition.yml: an unknown key", Edition, "pages:\n  1: 要闻\npage: 2\n", "unknown-key", 3),
        new("edition.yml: a page number that is not one", Edition, "pages:\n  一: 要闻\n", "bad-value", 2),
        new("edition.yml: a date that disagrees with the folder", Edition, "date: 2025-08-05\npages:\n  1: 要闻\n", "wrong-date", 1),
        new("edition.yml: a date that is not one", Edition, "date: 2025-13-01\npages:\n  1: 要闻\n", "bad-value", 1),
        new("edition.yml: pages as a list", Edition, "pages:\n  - 要闻\n", "bad-value", 2),
        new("edition.yml: an override of an unknown kind", Edition, "pages:\n  1: 要闻\noverrides:\n  - page: 1\n    number: 1\n    set:\n      kind: editorial\n", "bad-value", 7),
        new("edition.yml: an override with nothing to do", Edition, "pages:\n  1: 要闻\noverrides:\n  - page: 1\n    number: 1\n", "bad-value", 4),
        new("edition.yml: a page name without a section slug", Edition, "pages:\n  1: 新栏目\n", "no-slug", 2),
        // the theme
        new("theme: a template that does not parse", "theme/pages/article.html", "<h1>{{ if view.headline }}</h1>\n", "template-syntax", 1),
        new("theme: a template that fails on a page", "theme/pages/article.html", "<p>\n{{ view.no_such_member.x }}</p>\n", "template-render", 2),
        new("theme: a partial that is not there", "theme/pages/article.html", "{{ include 'partials/nothing' }}\n", "template-render", 1),
        new("theme: a layout without content", "theme/layouts/base.html", "<html><body></body></html>\n", "theme-incomplete", 0),
        // page files
        new("page: an empty file", Page, "", "page-file", 0),
        new("page: a masthead of another day", Page, Seed004.Replace("2025年8月4日", "2025年8月5日"), "wrong-date", LineContaining(Seed004, "联办")),   // the masthead's first line
        new("page: a file not named by its number", "issues/2025-08-04/first.txt", "本报讯 一段正文。\n", "input-layout", 0),
        new("page: a folder not named by its date", "issues/2025-8-4/01.txt", "本报讯 一段正文。\n", "input-layout", 0, At: "issues/2025-8-4"),
        // warnings only: exit 0, and 1 with --strict
        new("edition.yml: a page without a name", Edition, "issueNumber: 5723\npages:\n", "unnamed-page", 2, Error: false),
        new("edition.yml: a name for a page that is not there", Edition, "pages:\n  1: 要闻\n  2: 综合\n", "no-such-page", 3, Error: false),
        new("edition.yml: a correction that finds nothing", Edition, "pages:\n  1: 要闻\noverrides:\n  - page: 1\n    headline: 不存在的标题\n    merge: next\n", "stale-override", 4, Error: false),
        new("page: the same page filed in two editions", "issues/2024-08-04/01.txt", "本报讯 一段正文。\n", "page-filed-twice", 0, Error: false, At: "issues/2024-08-04/01.txt"),
    ];

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_broken_input_exits_with_its_file_and_line_and_leaves_the_output(Case c)
    {
        Assert.Equal(0, Build().Code);
        var before = input.OutputTree();

        var path = Path.Combine(input.Input, c.File);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, c.Text, new UTF8Encoding(false));
        if (c.Code == "page-filed-twice")
        {
            // The same bytes twice, in two editions.
            input.Write("issues/2024-08-05/01.txt", c.Text).Write("issues/2024-08-05/edition.yml", "pages:\n  1: 要闻\n")
                .Write("issues/2024-08-04/edition.yml", "pages:\n  1: 要闻\n");
        }

        var (code, err) = Build();
        Assert.DoesNotContain("Exception", err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", err, StringComparison.Ordinal);
        var reported = Diagnostics().Matches(err).Select(m => (File: m.Groups["file"].Value, Line: m.Groups["line"].Success ? int.Parse(m.Groups["line"].Value) : 0,
            Severity: m.Groups["severity"].Value, Code: m.Groups["code"].Value)).ToList();
        Assert.True(reported.Count > 0, $"nothing reported as file:line: severity code: message in:\n{err}");
        var expected = Path.Combine(input.Input, c.At ?? c.File);
        Assert.True(reported.Any(r => r.File == expected && r.Code == c.Code && r.Severity == (c.Error ? "error" : "warning") && r.Line == c.Line),
            $"expected {expected}:{c.Line}: {(c.Error ? "error" : "warning")} {c.Code} in:\n{err}");

        if (c.Error)
        {
            Assert.Equal(1, code);
            Assert.Equal(before, input.OutputTree(), new TreeComparer());
        }
        else
        {
            Assert.Equal(0, code);
            var (strict, strictErr) = Build("--strict", "--base-url", "https://example.org/");
            Assert.Equal(1, strict);
            Assert.Contains($": warning {c.Code}: ", strictErr, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_mistake_of_an_edition_yml_is_reported_in_one_run()
    {
        Assert.Equal(0, Build().Code);
        input.Write(Edition, "pages:\n  1: 要闻\n  x: 综合\nbogus: 1\nissueNumber: -3\noverrides:\n  - page: 1\n    numbr: 2\n  - page: 1\n    number: 1\n    set:\n      kind: editorial\n");
        var (code, err) = Build();
        Assert.Equal(1, code);
        var file = Path.Combine(input.Input, Edition);
        foreach (var (line, what) in new[] { (3, "bad-value"), (4, "unknown-key"), (5, "bad-value"), (8, "unknown-key"), (12, "bad-value") })
            Assert.Contains($"{file}:{line}: error {what}: ", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_mistake_of_a_site_yml_is_reported_in_one_run()
    {
        input.Write("site.yml", SiteYml.Replace("theme: default", "theme: Default").Replace("baseUrl: \"\"", "baseUrl: nowhere") + "colour: red\n");
        var (code, err) = Build();
        Assert.Equal(1, code);
        var file = Path.Combine(input.Input, "site.yml");
        Assert.Contains($"{file}:{ThemeLine}: error bad-value: ", err, StringComparison.Ordinal);
        Assert.Contains($"{file}:{LineOf(SiteYml, "baseUrl:")}: error bad-value: ", err, StringComparison.Ordinal);
        Assert.Contains($": error unknown-key: unknown setting \"colour\"", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_template_that_does_not_parse_is_reported_in_one_run()
    {
        input.Write("theme/pages/article.html", "{{ if x }}\n").Write("theme/pages/listing.html", "\n\n{{ for }}\n");
        var (code, err) = Build();
        Assert.Equal(1, code);
        Assert.Contains($"{Path.Combine(input.Input, "theme/pages/article.html")}:1:", err, StringComparison.Ordinal);
        Assert.Contains($"{Path.Combine(input.Input, "theme/pages/listing.html")}:3:", err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tab_is_reported_on_its_own_line_with_a_hint()
    {
        input.Write(Edition, "# a comment\npages:\n  1: 要闻\n\t2: 综合\n");
        var (code, err) = Build();
        Assert.Equal(1, code);
        Assert.Contains($"{Path.Combine(input.Input, Edition)}:4:1: error yaml-syntax: ", err, StringComparison.Ordinal);
        Assert.Contains("  hint: indent with spaces", err, StringComparison.Ordinal);
    }

    private (int Code, string Err) Build(params string[] more)
    {
        var (o, e) = (new StringWriter(), new StringWriter());
        var code = Entry.Run(["build", "--input", input.Input, "--output", input.Output, "--themes", themes, "--no-cache", .. more], o, e);
        return (code, e.ToString());
    }

    /// <summary>path[:line[:column]]: severity code: message, as every diagnostic is printed.</summary>
    [GeneratedRegex(@"^(?<file>[^\n]+?)(?::(?<line>\d+)(?::\d+)?)?: (?<severity>error|warning) (?<code>[a-z-]+): ", RegexOptions.Multiline)]
    private static partial Regex Diagnostics();

    private sealed class TreeComparer : IEqualityComparer<Dictionary<string, byte[]>>
    {
        public bool Equals(Dictionary<string, byte[]>? a, Dictionary<string, byte[]>? b) =>
            a!.Count == b!.Count && a.All(kv => b.TryGetValue(kv.Key, out var other) && kv.Value.AsSpan().SequenceEqual(other));

        public int GetHashCode(Dictionary<string, byte[]> tree) => tree.Count;
    }

    public void Dispose() => input.Dispose();
}
