using System.Xml.Linq;
using Site.Testing;
using Site.Publishing.Pipeline;
using Site.Tests.Site;

namespace Site.Tests.Discovery;

/// <summary>PDF extraction leaves the odd control code in real text, and the decoder lets it through; XML
/// forbids it. The feeds and sitemaps drop it instead of failing the build.</summary>
[Trait("Speed", "Slow")]
public sealed class StrayControlCodeTests : IDisposable
{
    private readonly TempInput input = new();

    [Fact]
    public void A_control_code_in_a_headline_is_left_out_of_the_feeds_and_the_news_sitemap()
    {
        var body = string.Concat(Enumerable.Repeat("本报讯 近日,记者从市商务局了解到,平湖电商发展强劲,电商销售额再创新高。", 6));
        input.Write("site.yml", "sections:\n  要闻: yaowen\n");
        input.Write("issues/2025-08-04/edition.yml", "pages:\n  1: 要闻\n");
        input.Write("issues/2025-08-04/01.txt", $"平湖电商\u0001发展强劲\n\n■记者 林旭东\n\n{body}\n");
        SiteBuild.Run(new BuildOptions(input.Input, input.Output, Path.Combine(Repo.Root, "themes"), BaseUrl: PublishedSite.BaseUrl));

        var feed = Path.Combine(input.Output, "feed.xml");
        SchemaValidation.AssertValid(feed, "atom.xsd", "xml.xsd");
        XNamespace atom = "http://www.w3.org/2005/Atom";
        Assert.Equal("平湖电商发展强劲", (string)XDocument.Load(feed).Root!.Element(atom + "entry")!.Element(atom + "title")!);
        SchemaValidation.AssertValid(Path.Combine(input.Output, "rss.xml"), "rss2.xsd", "dc.xsd", "atom-link.xsd");
        SchemaValidation.AssertValid(Path.Combine(input.Output, "sitemaps/news.xml"), "sitemap.xsd", "sitemap-news.xsd");
    }

    public void Dispose() => input.Dispose();
}
