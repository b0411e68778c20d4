using System.Collections.Immutable;
using Site.Config;
using Site.Parsing.Model;
using Site.Publishing.Documents;
using Site.Publishing.Imaging;
using Site.Publishing.Output;
using Site.Publishing.Pipeline;
using Site.Publishing.Rendering;
using Site.Publishing.Theming;

namespace Site.Testing;

/// <summary>An edition with a page that came as a PDF, made by hand as the PDF reader will make it: the
/// fixture page (Fixtures/printed-page.pdf, typeset from printed-page.html) with its articles' regions where
/// that page prints them, and a text page after it. Shared by the publishing and the browser tests.</summary>
public static class PrintedFixture
{
    public static readonly DateOnly Date = new(2025, 8, 4);

    public static string Pdf => Path.Combine(Repo.Root, "tests", "Site.Publishing.Tests", "Imaging", "Fixtures", "printed-page.pdf");

    /// <summary>The page as printed: 420 × 594 points.</summary>
    public static readonly PrintedPage Printed = new(1, 420, 594);

    public static readonly SiteConfig Config = SiteConfig.Default with
    {
        Title = "嘉兴日报·平湖版",
        Sections = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal,
            [KeyValuePair.Create("要闻", "yaowen"), KeyValuePair.Create("综合", "zonghe")]),
    };

    /// <summary>Page 1 from the PDF (four articles, one printed in two parts, one a photo), page 2 as text.</summary>
    public static EditionModel Edition(string? pdf = null) => new(Date, new EditionInfo(Date, "星期一", null, 5723, null),
    [
        new PageModel(1, "要闻", pdf ?? Pdf,
        [
            new(1, Article(ArticleKind.News, "全市夏粮收购进度过半", ["记者从市粮食部门获悉，今年全市夏粮收购工作进展顺利。"], [], [new(20, 70, 250, 200)])),
            new(2, Article(ArticleKind.News, "老街焕新颜", ["经过半年的改造，当湖街道老街日前重新开放。"], [],
                [new(280, 70, 120, 300), new(20, 280, 250, 90)])),
            // Photo news as the parser gives it: a headline, and the caption as its text.
            new(3, Article(ArticleKind.Photo, "东湖荷花盛开", ["8月3日，游客在东湖景区观赏荷花。近日，东湖荷花进入盛花期，吸引众多市民游客前来观赏。"], [],
                [new(20, 380, 250, 194)])),
            new(4, Article(ArticleKind.News, "社区开设暑托班", ["为解决双职工家庭暑期看护难题，多个社区开设了公益暑托班。"], [],
                [new(280, 380, 120, 194)])),
        ], [], null, Printed),
        new PageModel(2, "综合", "02.txt",
        [
            new(1, Article(ArticleKind.News, "文字版面的文章", ["这一版来自文字稿，没有版面图。"], [], null)),
        ], [], null),
    ], []);

    private static Article Article(ArticleKind kind, string? headline, ImmutableArray<string> paragraphs, ImmutableArray<string> captions,
        ImmutableArray<PageRegion>? regions) =>
        new(kind, null, headline, null, Byline.Empty, paragraphs, captions, false, 1, 1, [], Regions: regions);

    /// <summary>The edition rendered alone into <paramref name="output"/> (its pages, articles, PDF and images,
    /// and the stylesheet): enough to open its 版 view and articles from file://.</summary>
    public static ImmutableArray<OutputFile> Build(string output, PageImaging images, EditionModel? edition = null)
    {
        var theme = Theme.Load(Path.Combine(Repo.Root, "themes", "default"), null);
        var site = new SiteContext(Config, theme) { Images = images };
        var (files, _) = RenderEdition.Run(edition ?? Edition(), new EditionNeighbours(null, null, true, [Date]), site);
        foreach (var file in files.Append(new OutputFile("assets/site.css", File.ReadAllBytes(Path.Combine(Repo.Root, "themes", "default", "assets", "site.css")))))
        {
            var path = Path.Combine(output, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file.Content);
        }
        return files;
    }
}
