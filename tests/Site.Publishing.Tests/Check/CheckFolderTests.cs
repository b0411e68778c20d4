using System.Text;
using Site.Publishing.Check;
using Site.Publishing.Tests.Output;
using static Site.Publishing.Tests.Check.Pages;

namespace Site.Publishing.Tests.Check;

public class CheckFolderTests
{
    private static void Write(TempFolder temp, string path, string text)
    {
        var full = temp.Combine("output", path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text, new UTF8Encoding(false));
    }

    [Fact]
    public void A_built_site_on_disk_with_all_links_resolving_passes()
    {
        using var temp = new TempFolder();
        Write(temp, "index.html", Document("<a href=\"2025/08/04/index.html\">本期</a>", "<link rel=\"stylesheet\" href=\"assets/site.css\">"));
        Write(temp, "2025/08/04/index.html", Document("<a href=\"../../../index.html#top\">首页</a>"));
        Write(temp, "assets/site.css", "body { margin: 0 }\n");

        Assert.Empty(SiteChecker.CheckFolder(temp.Combine("output"), "https://example.org/paper"));
    }

    [Fact]
    public void Problems_in_a_folder_name_their_output_relative_path_and_line()
    {
        using var temp = new TempFolder();
        var edition = Document("<p>本期</p>\n<a href=\"01/index.html\">第01版</a>\n<b><i>错</b></i>");
        Write(temp, "index.html", Document("<a href=\"2025/08/04/index.html\">本期</a>"));
        Write(temp, "2025/08/04/index.html", edition);

        var problems = SiteChecker.CheckFolder(temp.Combine("output") + "/", null);

        Assert.Contains(new SiteProblem("2025/08/04/index.html", LineOf(edition, "01/index.html"), "links to 2025/08/04/01/index.html, which the site does not contain"), problems);
        Assert.Contains(problems, p => p.File == "2025/08/04/index.html" && p.Line == LineOf(edition, "</b></i>") && p.Message.StartsWith("HTML parse error", StringComparison.Ordinal));
        Assert.All(problems, p => Assert.Equal("2025/08/04/index.html", p.File));
    }

    [Fact]
    public void Checking_a_folder_that_does_not_exist_throws()
    {
        using var temp = new TempFolder();

        Assert.Throws<DirectoryNotFoundException>(() => SiteChecker.CheckFolder(temp.Combine("missing"), null));
    }
}
