using Site.Config;
using Site.Parsing;
using Site.Publishing.Documents;
using Site.Publishing.Pipeline;
using Site.Publishing.Tests.Output;

namespace Site.Publishing.Tests.Pipeline;

/// <summary>An edition's pages are parsed in parallel, yet the edition reads as if they were parsed in order:
/// pages in number order, and of several unreadable pages the first one is the error.</summary>
public sealed class ParseEditionTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    private string Page(string name, string text)
    {
        var path = temp.Combine("issues", "2025-08-05", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private EditionSource Source() => Assert.Single(EditionSource.Discover(temp.Combine("issues")));

    [Fact]
    public void Pages_come_out_in_number_order_with_their_own_articles()
    {
        for (var n = 1; n <= 12; n++) Page($"{n:00}.txt", $"第{n}条新闻标题\n本报讯 第{n}版的正文，写在这一版上。\n");

        var edition = ParseEdition.Run(Source(), SiteConfig.Default);

        Assert.Equal(Enumerable.Range(1, 12), edition.Pages.Select(p => p.Number));
        for (var n = 1; n <= 12; n++)
        {
            var page = edition.Pages[n - 1];
            Assert.EndsWith($"{n:00}.txt", page.SourceFile, StringComparison.Ordinal);
            Assert.Contains(page.Articles, a => a.Article.Paragraphs.Any(p => p.Contains($"第{n}版", StringComparison.Ordinal)));
        }
    }

    [Fact]
    public void Of_several_unreadable_pages_the_first_is_the_error()
    {
        Page("01.txt", "头条标题\n本报讯 正文。\n");
        // The later empty pages are quick to fail; the first one's error must still be the one reported.
        var first = Page("02.txt", "");
        for (var n = 3; n <= 12; n++) Page($"{n:00}.txt", "");

        var error = Assert.Throws<IssueFileException>(() => ParseEdition.Run(Source(), SiteConfig.Default));

        Assert.Equal(first, error.Path);
    }
}
