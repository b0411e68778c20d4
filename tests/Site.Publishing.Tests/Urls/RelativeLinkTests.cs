using Site.Publishing.Urls;

namespace Site.Publishing.Tests.Urls;

public class RelativeLinkTests
{
    [Theory]
    [InlineData("2025/08/04/01/01.html", "2025/08/04/01/02.html", "02.html")]
    [InlineData("2025/08/04/01/01.html", "2025/08/04/01/index.html", "index.html")]
    [InlineData("2025/08/04/01/01.html", "2025/08/04/index.html", "../index.html")]
    [InlineData("2025/08/04/01/01.html", "2025/08/05/index.html", "../../05/index.html")]
    [InlineData("2025/08/04/01/01.html", "people/pabc/index.html", "../../../../people/pabc/index.html")]
    [InlineData("index.html", "2025/08/04/index.html", "2025/08/04/index.html")]
    [InlineData("index.html", "assets/site.css", "assets/site.css")]
    [InlineData("sections/yaowen/2.html", "sections/yaowen/index.html", "index.html")]
    [InlineData("sections/yao/index.html", "sections/yaowen/index.html", "../yaowen/index.html")]
    [InlineData("archive/2022/index.html", "archive/index.html", "../index.html")]
    public void A_link_is_relative_and_names_its_file(string from, string to, string expected) =>
        Assert.Equal(expected, RelativeLink.Between(from, to));

    [Theory]
    [InlineData("index.html", "")]
    [InlineData("2025/08/04/01/01.html", "../../../../")]
    public void The_way_to_the_root_climbs_one_level_per_folder(string from, string expected) =>
        Assert.Equal(expected, RelativeLink.ToRoot(from));
}
