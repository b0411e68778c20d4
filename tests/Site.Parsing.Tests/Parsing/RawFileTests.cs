using System.Text;
using Site.Parsing.Tests.Support;
using Site.Parsing;
using Site.Testing;

namespace Site.Parsing.Tests.Parsing;

/// <summary>Raw files as they really arrive: other encodings, CRLF, form feeds between pages, and
/// files that are not text at all.</summary>
public sealed class RawFileTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("site-raw-").FullName;

    private const string Page = "我市开展新闻发言人培训\n\n记者 荣怡婷\n\n本报讯 昨天上午,我市新闻发言人培训会召开。\n";

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16")]
    [InlineData("gb18030")]
    public void A_file_in_any_usual_encoding_parses_the_same(string encoding)
    {
        var bytes = encoding switch
        {
            "utf-8" => new UTF8Encoding(false).GetBytes(Page),
            "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Page)],
            "utf-16" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Page)],
            _ => CodePagesEncodingProvider.Instance.GetEncoding(54936)!.GetBytes(Page),
        };
        var issue = IssueFile.Parse(Write("page.txt", bytes), Repo.Rules);
        Assert.Equal("我市开展新闻发言人培训", issue.Articles.Single().Headline);
        Assert.Equal("page.txt", issue.Source);
    }

    [Fact]
    public void Crlf_line_endings_give_the_same_articles_and_line_numbers()
    {
        var lf = Parse.Text(Page);
        var crlf = Parse.Text(Page.Replace("\n", "\r\n", StringComparison.Ordinal));
        Assert.Equal<string>(lf.Articles.Single().Paragraphs, crlf.Articles.Single().Paragraphs);
        Assert.Equal(lf.Articles.Single().Line, crlf.Articles.Single().Line);
    }

    [Fact]
    public void Each_form_feed_starts_a_new_page()
    {
        var issue = Parse.Text(Page + "\f" + Page.Replace("荣怡婷", "黄雨欣", StringComparison.Ordinal));
        Assert.Equal(2, issue.PageCount);
        Assert.Equal<int>([1, 2], issue.Articles.Select(a => a.Page));
        Assert.Equal<string>(["荣怡婷", "黄雨欣"], issue.Articles.Select(a => a.Byline.Reporters.Single()));
    }

    [Fact]
    public void A_form_feed_ends_a_paragraph_block_even_without_a_blank_line()
    {
        var issue = Parse.Text("我市开展新闻发言人培训\n\n记者 荣怡婷\n\n本报讯 昨天上午,会议召开。\f平湖版\n");
        Assert.Equal<string>(["平湖版"], issue.Noise.Select(n => n.Text));
        Assert.Equal(2, issue.Noise.Single().Page);
    }

    [Theory]
    [InlineData("empty", "empty")]
    [InlineData("binary", "binary")]
    [InlineData("invalid", "neither UTF-8")]
    public void A_file_that_is_not_text_is_an_error_naming_the_file(string kind, string expected)
    {
        byte[] bytes = kind switch
        {
            "empty" => [],
            "binary" => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 1],
            _ => [0xE6, 0x88, 0x91, 0xFF, 0xFF, 0x80, 0x80],
        };
        var path = Write(kind + ".txt", bytes);
        var e = Assert.Throws<IssueFileException>(() => IssueFile.Parse(path, Repo.Rules));
        Assert.StartsWith(path + ": error page-file: ", e.Message, StringComparison.Ordinal);
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_an_error_naming_the_file()
    {
        var path = Path.Combine(folder, "nope.txt");
        var e = Assert.Throws<IssueFileException>(() => IssueFile.Parse(path, Repo.Rules));
        Assert.Equal($"{path}: error page-file: no such file", e.Message);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
