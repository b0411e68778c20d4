using System.Text.Json.Nodes;

namespace Site.Scoring.Tests;

/// <summary>The region measure: the share of a gold line box inside the union of an article's regions, and
/// the page's coverage over the articles the scorer matches.</summary>
public sealed class RegionCoverageTests
{
    private static readonly Box Line = new(100, 200, 150, 10);

    [Fact]
    public void A_line_inside_one_region_is_covered_whole()
    {
        Assert.Equal(1, RegionCoverage.Covered(Line, [new Box(90, 190, 200, 100)]));
    }

    [Fact]
    public void A_line_split_between_two_regions_is_covered_by_their_union()
    {
        // Two column parts meeting at x = 180, overlapping by 10 points: counted once.
        Assert.Equal(1, RegionCoverage.Covered(Line, [new Box(90, 150, 100, 100), new Box(180, 150, 100, 100)]), 9);
    }

    [Fact]
    public void A_region_that_misses_part_of_a_line_covers_only_that_part()
    {
        // The region stops 30 points short of the line's right end: 120 of 150.
        Assert.Equal(0.8, RegionCoverage.Covered(Line, [new Box(90, 190, 130, 100)]), 9);
        // It cuts the line's lower half off.
        Assert.Equal(0.5, RegionCoverage.Covered(Line, [new Box(0, 0, 1000, 205)]), 9);
        // Nowhere near.
        Assert.Equal(0, RegionCoverage.Covered(Line, [new Box(400, 400, 50, 50)]));
        Assert.Equal(0, RegionCoverage.Covered(Line, []));
    }

    [Fact]
    public void The_union_of_overlapping_rectangles_is_counted_once()
    {
        Assert.Equal(100 + 100 - 25, RegionCoverage.UnionArea([new Box(0, 0, 10, 10), new Box(5, 5, 10, 10)]), 9);
        Assert.Equal(100, RegionCoverage.UnionArea([new Box(0, 0, 10, 10), new Box(2, 2, 3, 3)]), 9);
        Assert.Equal(200, RegionCoverage.UnionArea([new Box(0, 0, 10, 10), new Box(0, 20, 10, 10)]), 9);
    }

    [Fact]
    public void Lines_below_the_threshold_are_the_uncovered_ones()
    {
        var lines = new[] { new LineBox("headline", new Box(0, 0, 100, 20)), new LineBox("body", new Box(0, 30, 100, 10)), new LineBox("body", new Box(0, 42, 100, 10)) };
        // The region ends at y = 50: the last line is 80 % inside, the others whole.
        var uncovered = RegionCoverage.Uncovered(lines, [new Box(0, 0, 100, 50)]);
        var (line, covered) = Assert.Single(uncovered);
        Assert.Same(lines[2], line);
        Assert.Equal(0.8, covered, 9);
        Assert.Empty(RegionCoverage.Uncovered(lines, [new Box(0, 0, 100, 52)]));
    }

    private static JsonObject Article(string headline, string body, JsonArray? boxes = null, JsonArray? regions = null)
    {
        var a = new JsonObject { ["kind"] = "news", ["headline"] = headline, ["paragraphs"] = new JsonArray(body) };
        if (boxes is not null) a["boxes"] = boxes;
        if (regions is not null) a["regions"] = regions;
        return a;
    }

    private static JsonObject B(double x, double y, double w, double h, string? part = null)
    {
        var o = new JsonObject();
        if (part is not null) o["part"] = part;
        o["x"] = x; o["y"] = y; o["width"] = w; o["height"] = h;
        return o;
    }

    [Fact]
    public void A_page_is_measured_over_matched_articles_by_the_scorers_pairing()
    {
        var gold = new JsonObject
        {
            ["articles"] = new JsonArray(
                Article("第一篇文章的标题", "第一篇文章的正文写在这里。", new JsonArray(B(10, 10, 100, 10, "headline"), B(10, 30, 100, 8, "body"))),
                Article("第二篇报道说别的", "另外一件事情发生在另一个地方。", new JsonArray(B(200, 10, 100, 10, "headline"), B(200, 30, 100, 8, "body")))),
        };
        // Predicted in the other order: the first covers the gold's second article, the second misses the
        // gold's first article's body line.
        var predicted = new JsonObject
        {
            ["articles"] = new JsonArray(
                Article("第二篇报道说别的", "另外一件事情发生在另一个地方。", regions: new JsonArray(B(195, 5, 110, 40))),
                Article("第一篇文章的标题", "第一篇文章的正文写在这里。", regions: new JsonArray(B(5, 5, 110, 20)))),
        };

        var measured = CoverageScorer.Measure(gold, predicted)!;

        Assert.Equal([0, 1], measured.Select(a => a.GoldIndex));
        Assert.False(measured[0].Covered);
        Assert.Equal("body", Assert.Single(measured[0].Uncovered).Line.Part);
        Assert.True(measured[1].Covered);
        Assert.Equal(2, measured[1].Lines);
    }

    [Fact]
    public void A_gold_without_boxes_is_not_measured()
    {
        var gold = new JsonObject { ["articles"] = new JsonArray(Article("标题", "正文。")) };
        Assert.False(CoverageScorer.HasBoxes(gold));
        Assert.Null(CoverageScorer.Measure(gold, gold.DeepClone()));
    }
}
