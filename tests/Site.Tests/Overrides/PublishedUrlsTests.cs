using System.Text;
using System.Text.RegularExpressions;
using Site.Testing;
using Site.Publishing.Corrections;
using Site.Publishing.Documents;
using Site.Publishing.Pipeline;
using Site.Tests.Site;

namespace Site.Tests.Overrides;

/// <summary>A published URL keeps its meaning: after any correction in edition.yml every article URL of the
/// last build still holds its article, or a page pointing to where its text went; and a new parse that finds
/// one article more or fewer on a page is reported URL by URL, refused by --strict, and mended in edition.yml.</summary>
[Trait("Speed", "Slow")]
public sealed partial class PublishedUrlsTests : IDisposable
{
    private readonly TempInput input = new TempInput().CopySample();
    private string Themes => Path.Combine(Repo.Root, "themes");
    private string Edition => Path.Combine(input.Input, "issues", "2025-08-04");
    private string Cache => Path.Combine(input.Root, "cache");

    // The sample's 2025-08-04 page 1 as parsed: 1 创新突破…, 2 百名师生入驻平湖乡村, 3 我市加力推动跨境电商高质量发展,
    // 4 重“棒”出击, 5 跑出“加速度” 拼抢下半场.
    private static readonly Dictionary<string, string> Corrections = new()
    {
        ["set"] = "  - page: 1\n    number: 1\n    set:\n      headline: 市委全会召开\n",
        ["split"] = "  - page: 1\n    headline: 百名师生入驻平湖乡村\n    split:\n      before: 大赛只是人才来平的第一步\n      headline: 人才来平的第一步\n",
        ["merge"] = "  - page: 1\n    headline: 我市加力推动跨境电商高质量发展\n    merge: next\n",
        ["drop"] = "  - page: 1\n    headline: 跑出“加速度” 拼抢下半场\n    drop: true\n",
    };

    private BuildReport Build(string output, bool strict = false) =>
        SiteBuild.Run(new BuildOptions(input.Input, output, Themes, BaseUrl: "https://example.org/paper", CacheFolder: Cache, Strict: strict));

    [Theory]
    [InlineData("set")]
    [InlineData("split")]
    [InlineData("merge")]
    [InlineData("drop")]
    [InlineData("set", "split", "merge", "drop")]
    public void No_article_url_changes_meaning_after_a_correction(params string[] kinds)
    {
        var before = Path.Combine(input.Root, "before");
        SiteBuild.Run(new BuildOptions(input.Input, before, Themes));
        File.AppendAllText(Path.Combine(Edition, "edition.yml"), "overrides:\n" + string.Concat(kinds.Select(k => Corrections[k])));
        var after = Path.Combine(input.Root, "after");
        var report = SiteBuild.Run(new BuildOptions(input.Input, after, Themes));
        Assert.DoesNotContain(report.Warnings, w => w.File.EndsWith("edition.yml", StringComparison.Ordinal) || w.Code == InputCodes.UrlChanged);

        var urls = ArticleUrls(before);
        Assert.Equal(40, urls.Count);
        foreach (var url in urls)
        {
            var (headline, body) = Identity(File.ReadAllText(Path.Combine(before, url)));
            var path = Path.Combine(after, url);
            Assert.True(File.Exists(path), $"{url} is gone");
            var page = File.ReadAllText(path);
            if (page.Contains("data-page-kind=\"moved\"", StringComparison.Ordinal))
            {
                var target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, MovedTo().Match(page).Groups[1].Value));
                var text = Letters(File.ReadAllText(target), int.MaxValue);
                Assert.True(target.EndsWith("index.html", StringComparison.Ordinal) || text.Contains(body, StringComparison.Ordinal),
                    $"{url} points to {target}, which does not hold its text");
                Assert.Contains("<link rel=\"canonical\" href=\"", page, StringComparison.Ordinal);
                continue;
            }
            var now = Identity(page);
            Assert.True(now.Headline == headline || now.Body == body, $"{url} held {headline} and now holds {now.Headline}");
        }
        Assert.Equal(kinds.Contains("split") ? 1 : 0, ArticleUrls(after).Except(urls).Count());
    }

    [Fact]
    public void A_moved_page_is_listed_nowhere()
    {
        File.AppendAllText(Path.Combine(Edition, "edition.yml"), "overrides:\n" + Corrections["merge"] + Corrections["drop"]);
        Build(input.Output, strict: true);
        string[] moved = ["2025/08/04/01/04.html", "2025/08/04/01/05.html"];
        Assert.All(moved, m => Assert.Contains("data-page-kind=\"moved\"", File.ReadAllText(Path.Combine(input.Output, m)), StringComparison.Ordinal));
        foreach (var file in Directory.EnumerateFiles(input.Output, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(input.Output, file).Replace('\\', '/');
            if (moved.Contains(relative) || Path.GetExtension(file) is ".png" or ".jpg" or ".pdf" or ".svg") continue;
            var text = File.ReadAllText(file);
            Assert.DoesNotContain(moved, m => text.Contains(m, StringComparison.Ordinal));
            foreach (Match link in Href().Matches(text))
            {
                var target = Path.GetRelativePath(input.Output, Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, link.Groups[1].Value))).Replace('\\', '/');
                Assert.False(moved.Contains(target), $"{relative} links to {target}");
            }
        }
        Assert.DoesNotContain("2025/08/04/01/05.html", File.ReadAllText(Path.Combine(input.Output, "sitemaps", "2025.xml")), StringComparison.Ordinal);
    }

    /// <summary>A parse that finds one article more on a page (here: an article the raw page did not have
    /// before, as a new parser finding one would) shifts every later number on it.</summary>
    [Fact]
    public void A_new_parse_that_shifts_a_pages_articles_is_reported_refused_by_strict_and_mended_with_published_as()
    {
        Build(input.Output);
        var published = input.OutputTree();
        var raw = Path.Combine(Edition, "01.txt");
        var lines = File.ReadAllLines(raw, Encoding.UTF8).ToList();
        lines.InsertRange(lines.IndexOf("百名师生入驻平湖乡村"), ["新的图片新闻", "", "上周末,平湖的少年在球场上展开激烈角逐,来自各地的队伍在这里相会。", "", "■摄影 王强", "", ""]);
        File.WriteAllLines(raw, lines, new UTF8Encoding(false));

        var e = Assert.Throws<BuildFailedException>(() => Build(input.Output, strict: true));
        var headlineLine = lines.IndexOf("新的图片新闻") + 1;
        Assert.Contains(e.Errors, m => m.File == raw && m.Line == headlineLine && m.Code == InputCodes.UrlChanged
            && m.Message == "2025/08/04/01/02.html was published as “百名师生入驻平湖乡村” and would now be “新的图片新闻”; that article is now 2025/08/04/01/03.html"
            && m.Hint == PublishedUrls.Hint);
        Assert.Equal(4, e.Errors.Count(m => m.Code == InputCodes.UrlChanged));
        Assert.Equal(published.Keys.Order(), input.OutputTree().Keys.Order());

        File.AppendAllText(Path.Combine(Edition, "edition.yml"), """
            overrides:
              - page: 1
                headline: 新的图片新闻
                drop: true
              - page: 1
                headline: 百名师生入驻平湖乡村
                publishedAs: 2
              - page: 1
                headline: 我市加力推动跨境电商高质量发展
                publishedAs: 3
              - page: 1
                headline: 重“棒”出击
                publishedAs: 4
              - page: 1
                headline: 跑出“加速度” 拼抢下半场
                publishedAs: 5
            """ + "\n");
        Assert.Empty(Build(input.Output, strict: true).Warnings);
        Assert.Equal(published.Keys.Order(), input.OutputTree().Keys.Order());
        Assert.All(ArticleUrls(input.Output), url => Assert.Equal(published[url], input.OutputTree()[url]));
    }

    [Fact]
    public void A_change_built_without_strict_is_reported_once_and_then_published()
    {
        Build(input.Output);
        RemoveSecondArticle();

        var report = Build(input.Output);
        Assert.Contains(report.Warnings, w => w.File == Path.Combine(Edition, "01.txt") && w.Line == 0 && w.Code == InputCodes.UrlChanged
            && w.Message == "2025/08/04/01/05.html was published as “跑出“加速度” 拼抢下半场” and would now be gone; that article is now 2025/08/04/01/04.html");
        Assert.DoesNotContain(Build(input.Output, strict: true).Warnings, w => w.Code == InputCodes.UrlChanged);
    }

    /// <summary>As in CI, whose checkout has no output folder: the cache it keeps between runs remembers.</summary>
    [Fact]
    public void The_change_is_reported_when_the_output_folder_is_gone_and_the_cache_kept()
    {
        Build(input.Output);
        Directory.Delete(input.Output, recursive: true);
        RemoveSecondArticle();
        var e = Assert.Throws<BuildFailedException>(() => Build(input.Output, strict: true));
        Assert.Contains(e.Errors, m => m.Code == InputCodes.UrlChanged && m.Message.StartsWith("2025/08/04/01/02.html was published as “百名师生入驻平湖乡村”", StringComparison.Ordinal));
        Assert.False(Directory.Exists(input.Output));
    }

    private void RemoveSecondArticle()
    {
        var raw = Path.Combine(Edition, "01.txt");
        var lines = File.ReadAllLines(raw, Encoding.UTF8).ToList();
        var start = lines.IndexOf("百名师生入驻平湖乡村");
        lines.RemoveRange(start, lines.IndexOf("到2027年,实现30亿元以上出口规模") - start);
        File.WriteAllLines(raw, lines, new UTF8Encoding(false));
    }

    private static List<string> ArticleUrls(string root) =>
        [.. Directory.EnumerateFiles(root, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(p => ArticlePath().IsMatch(p)).Order(StringComparer.Ordinal)];

    /// <summary>An article page's headline and the opening of its body, as letters and digits.</summary>
    private static (string Headline, string Body) Identity(string html)
    {
        var main = html[html.IndexOf("<main", StringComparison.Ordinal)..];
        var headline = Letters(Tags().Replace(H1().Match(main).Groups[1].Value, ""), int.MaxValue);
        var body = Body().Match(main) is { Success: true } m ? m.Groups[1].Value : Caption().Match(main).Groups[1].Value;
        return (headline, Letters(Tags().Replace(body, ""), 24));
    }

    private static string Letters(string text, int length) =>
        new([.. System.Net.WebUtility.HtmlDecode(text).Normalize(NormalizationForm.FormKC).Where(char.IsLetterOrDigit).Take(length)]);

    [GeneratedRegex(@"^\d{4}/\d\d/\d\d/\d\d/\d\d\.html$")]
    private static partial Regex ArticlePath();

    [GeneratedRegex("<h1>(.*?)</h1>", RegexOptions.Singleline)]
    private static partial Regex H1();

    [GeneratedRegex("<div class=\"article-body\">\\s*<p>(.*?)</p>", RegexOptions.Singleline)]
    private static partial Regex Body();

    [GeneratedRegex("<figcaption class=\"caption\">\\s*<p>(.*?)</p>", RegexOptions.Singleline)]
    private static partial Regex Caption();

    [GeneratedRegex("<p class=\"moved-to\"><a href=\"([^\"]+)\"")]
    private static partial Regex MovedTo();

    [GeneratedRegex("href=\"([^\"#?:]+)")]
    private static partial Regex Href();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    public void Dispose() => input.Dispose();
}
