using Site.Parsing.Model;
using Site.Parsing.Pdf;

namespace Site.Parsing.Tests.Pdf;

/// <summary>How the PDF reader stacks lines into blocks.</summary>
public class BlockBuilderTests
{
    [Fact]
    public void A_headline_line_that_stops_short_of_a_Latin_word_is_wrapped_with_the_lines_under_it()
    {
        // Justified display type: the first line ends short because "MobilCom" did not fit at its end, so the
        // second reaches well past it. Still one headline, three lines of one block, joined as one line.
        const double size = 16.5;
        var lines = new List<PrintedLine>
        {
            new("德 电 信 产 业", new PageRegion(561.2, 156.1, 112.2, size), size),
            new("M o b i l C o m 创 办 人 施", new PageRegion(561.2, 176.4, 235.1, size), size),
            new("密 德 宣 布 破 产", new PageRegion(561.2, 197.4, 136.1, size), size),
        };

        var blocks = BlockBuilder.Build(lines, []);
        var joined = DisplayType.JoinWrapped(blocks, body: 9);

        var block = Assert.Single(joined);
        Assert.Equal("德电信产业MobilCom创办人施密德宣布破产", Assert.Single(block.Lines).Text.Replace(" ", ""));
    }

    [Fact]
    public void A_line_reaching_far_past_a_short_line_over_it_is_another_columns()
    {
        // The same shape with Chinese text under the short line: nothing says the line over it stopped short.
        const double size = 16.5;
        var lines = new List<PrintedLine>
        {
            new("德 电 信 产 业", new PageRegion(561.2, 156.1, 112.2, size), size),
            new("创 办 人 施 密 德 宣 布 破 产", new PageRegion(561.2, 176.4, 235.1, size), size),
        };

        Assert.Equal(2, BlockBuilder.Build(lines, []).Count);
    }
}
