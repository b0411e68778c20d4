using System.Text;
using Site.Publishing.Search;

namespace Site.Publishing.Tests.Search;

public class SearchIndexTests
{
    internal static SearchDocument Doc(string date, int page, int number, string headline, string body)
    {
        var d = DateOnly.ParseExact(date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return new SearchDocument($"{date.Replace('-', '/')}/{page:00}/{number:00}.html", d, page, number,
            headline.Length > 0 ? headline : "新闻：" + body, $"{d.Year}年{d.Month}月{d.Day}日", $"第{page:00}版：要闻", headline, body);
    }

    private static readonly SearchDocument[] Docs =
    [
        Doc("2025-08-05", 1, 1, "平湖市农业新闻", "平湖市的农业。\n湖市不是平湖。"),
        Doc("2025-08-04", 2, 1, "", "平湖，市民说“平湖”好。"),
        Doc("2025-08-04", 1, 2, "标题", "正文<script>&"),
    ];

    [Fact]
    public void Documents_are_numbered_by_date_page_and_number_whatever_order_they_come_in()
    {
        var index = SearchIndex.BuildYear(2025, Docs);
        var chunk = IndexFiles.Read(index.Files.Single(f => f.Path == "search/2025/d0.js")).Data;
        Assert.Equal(["2025/08/04/01/02.html", "2025/08/04/02/01.html", "2025/08/05/01/01.html"],
            chunk.EnumerateArray().Select(d => d[0].GetString()));
        Assert.Equal(new IndexUnit("2025", "2025年", 3, 1), index.Info);
    }

    [Fact]
    public void The_same_documents_give_the_same_bytes_in_any_order()
    {
        var a = SearchIndex.BuildYear(2025, Docs);
        var b = SearchIndex.BuildYear(2025, [.. Docs.Reverse()]);
        Assert.Equal(a.Files.Select(f => f.Path), b.Files.Select(f => f.Path));
        Assert.All(a.Files.Zip(b.Files), p => Assert.Equal(p.First.Content, p.Second.Content));
    }

    [Fact]
    public void The_index_holds_every_bigram_of_every_document_at_its_positions()
    {
        var index = SearchIndex.BuildYear(2025, Docs);
        AssertHoldsEveryBigram(Docs.OrderBy(d => d.Date).ThenBy(d => d.Page).ToList(), IndexFiles.Postings(index));
    }

    [Fact]
    [Trait("Speed", "Slow")]
    public void An_index_read_in_many_blocks_of_documents_holds_every_bigram_at_its_positions()
    {
        // The scan groups occurrences a block of documents at a time (hundreds): bigrams that recur within
        // and across blocks, headline and body, and runs broken by punctuation and spaces.
        var random = new Random(20251202);
        const string letters = "平湖市民新闻农业发展ab12";
        string Text(int length) => string.Concat(Enumerable.Range(0, length).Select(_ =>
            random.Next(12) switch { 0 => '，', 1 => ' ', _ => letters[random.Next(letters.Length)] }));
        var docs = Enumerable.Range(0, 1300).Select(i => Doc(
            new DateOnly(2025, 1, 1).AddDays(i / 40).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            1 + i % 40 / 8, 1 + i % 8, Text(random.Next(1, 30)), Text(random.Next(0, 400)))).ToList();
        var index = SearchIndex.BuildYear(2025, [.. docs.OrderBy(_ => random.Next())]);
        AssertHoldsEveryBigram(docs, IndexFiles.Postings(index));
    }

    /// <summary>The postings are, for each bigram of the documents (in their order), the documents that hold
    /// it and its positions in each.</summary>
    private static void AssertHoldsEveryBigram(List<SearchDocument> ordered, Dictionary<string, Dictionary<int, List<int>>> postings)
    {
        var expected = new Dictionary<string, Dictionary<int, List<int>>>(StringComparer.Ordinal);
        for (var id = 0; id < ordered.Count; id++)
            foreach (var (bigram, position) in SearchText.Bigrams(ordered[id].Headline)
                         .Where(b => b.Position <= SearchIndex.TitleSpan - 2)
                         .Concat(SearchText.Bigrams(ordered[id].Body, SearchIndex.TitleSpan)))
            {
                if (!expected.TryGetValue(bigram, out var docs)) expected[bigram] = docs = [];
                if (!docs.TryGetValue(id, out var positions)) docs[id] = positions = [];
                positions.Add(position);
            }
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), postings.Keys.Order(StringComparer.Ordinal));
        foreach (var (bigram, docs) in expected)
            Assert.Equal(docs.OrderBy(d => d.Key).Select(d => (d.Key, string.Join(",", d.Value))),
                postings[bigram].OrderBy(d => d.Key).Select(d => (d.Key, string.Join(",", d.Value))));
    }

    [Fact]
    public void Headline_positions_count_from_zero_and_body_positions_from_the_title_span()
    {
        var postings = IndexFiles.Postings(SearchIndex.BuildYear(2025, Docs));
        Assert.Equal([0, SearchIndex.TitleSpan, SearchIndex.TitleSpan + 10], postings["平湖"][2]);
        Assert.Equal([SearchIndex.TitleSpan, SearchIndex.TitleSpan + 5], postings["平湖"][1]);
        Assert.False(postings["湖市"].ContainsKey(1));   // "平湖，市民": the comma parts them
    }

    [Fact]
    public void A_headline_longer_than_the_title_span_is_cut_rather_than_run_into_the_body()
    {
        var headline = string.Concat(Enumerable.Repeat("平湖", 200));
        var postings = IndexFiles.Postings(SearchIndex.BuildYear(2025, [Doc("2025-01-01", 1, 1, headline, "平湖")]));
        Assert.All(postings["平湖"][0], p => Assert.NotEqual(SearchIndex.TitleSpan - 1, p));
        Assert.Equal(SearchIndex.TitleSpan, postings["平湖"][0][^1]);
        Assert.Equal(SearchIndex.TitleSpan - 2, postings["平湖"][0][^2]);
        Assert.Equal(SearchIndex.TitleSpan - 3, postings["湖平"][0][^1]);
    }

    [Fact]
    public void Document_chunks_hold_what_a_result_shows_escaped_for_any_page()
    {
        var index = SearchIndex.BuildYear(2025, Docs);
        var file = index.Files.Single(f => f.Path == "search/2025/d0.js");
        var text = Encoding.UTF8.GetString(file.Content);
        Assert.DoesNotContain("<script", text, StringComparison.Ordinal);
        Assert.Contains("平湖市农业新闻", text, StringComparison.Ordinal);   // Chinese stays UTF-8, not \u escapes
        var first = IndexFiles.Read(file).Data[0];
        Assert.Equal(["2025/08/04/01/02.html", "标题", "2025年8月4日", "第01版：要闻", "正文<script>&"],
            first.EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void A_year_has_one_chunk_per_eight_documents()
    {
        var docs = Enumerable.Range(1, 17).Select(i => Doc("2024-03-01", 1, i, "标题", "正文")).ToList();
        var chunks = SearchIndex.BuildYear(2024, docs).Files.Where(f => f.Path.StartsWith("search/2024/d", StringComparison.Ordinal)).ToList();
        Assert.Equal(["search/2024/d0.js", "search/2024/d1.js", "search/2024/d2.js"], chunks.Select(c => c.Path));
        Assert.Equal(1, IndexFiles.Read(chunks[2]).Data.GetArrayLength());
    }

    [Fact]
    [Trait("Speed", "Slow")]
    public void Shards_multiply_by_two_until_each_stays_near_the_target_size()
    {
        var random = new Random(7);
        string Text(int n) => new([.. Enumerable.Range(0, n).Select(_ => (char)random.Next(0x4E00, 0x4E00 + 3000))]);
        var docs = Enumerable.Range(1, 60).Select(i => Doc("2024-03-01", 1, i, "", Text(3000))).ToList();
        var index = SearchIndex.BuildYear(2024, docs);
        var files = index.Files.ToList();
        var shards = files.Where(f => f.Path.Contains("/p", StringComparison.Ordinal))
            .Select(p => p.Content.Length + files.Single(q => q.Path == p.Path.Replace("/p", "/q", StringComparison.Ordinal)).Content.Length)
            .ToList();
        Assert.Equal(index.Info.Shards, shards.Count);
        Assert.True(index.Info.Shards > 1 && (index.Info.Shards & (index.Info.Shards - 1)) == 0, $"{index.Info.Shards} shards");
        Assert.InRange(shards.Sum() / shards.Count, SearchIndex.TargetShardBytes / 2, SearchIndex.TargetShardBytes * 5 / 4);
        Assert.All(shards, s => Assert.InRange(s, 1, SearchIndex.TargetShardBytes * 2));
        Assert.Equal(180_000 - 60, IndexFiles.Postings(index).Values.Sum(d => d.Values.Sum(p => p.Count)));
    }

    [Fact]
    public void A_document_of_another_year_is_refused() =>
        Assert.Throws<ArgumentException>(() => SearchIndex.BuildYear(2024, Docs));

    [Fact]
    public void The_manifest_lists_units_newest_first_with_the_layout_constants()
    {
        var (key, data) = IndexFiles.Read(SearchIndex.Manifest([new IndexUnit("2023", "2023年", 10, 2), new IndexUnit("2025-08", "2025年8月", 5, 1)]));
        Assert.Equal("manifest", key);
        Assert.Equal(SearchIndex.TitleSpan, data.GetProperty("titleSpan").GetInt32());
        Assert.Equal(SearchIndex.ChunkSize, data.GetProperty("chunkSize").GetInt32());
        Assert.Equal(["2025-08", "2023"], data.GetProperty("units").EnumerateArray().Select(u => u.GetProperty("id").GetString()));
        Assert.Equal("2025年8月", data.GetProperty("units")[0].GetProperty("label").GetString());
        Assert.Equal(2, data.GetProperty("units")[1].GetProperty("shards").GetInt32());
    }

    [Fact]
    public void A_unit_holds_the_dates_of_its_year_month_or_ten_days_and_refuses_others()
    {
        Assert.True(IndexUnit.Year(2025).Holds(new DateOnly(2025, 12, 31)));
        Assert.True(IndexUnit.Month(2025, 8).Holds(new DateOnly(2025, 8, 4)));
        Assert.Equal(("2025-08", "2025年8月"), (IndexUnit.Month(2025, 8).Id, IndexUnit.Month(2025, 8).Label));
        Assert.False(IndexUnit.Month(2025, 8).Holds(new DateOnly(2025, 9, 4)));
        Assert.False(IndexUnit.Month(2025, 1).Holds(new DateOnly(2025, 10, 4)));   // "2025-1" is no prefix of "2025-10"
        Assert.Equal(("2025-08-01", "2025年8月上旬"), (IndexUnit.TenDays(new DateOnly(2025, 8, 10)).Id, IndexUnit.TenDays(new DateOnly(2025, 8, 10)).Label));
        Assert.Equal(("2025-08-11", "2025年8月中旬"), (IndexUnit.TenDays(new DateOnly(2025, 8, 11)).Id, IndexUnit.TenDays(new DateOnly(2025, 8, 11)).Label));
        Assert.Equal(("2025-02-21", "2025年2月下旬"), (IndexUnit.TenDays(new DateOnly(2025, 2, 28)).Id, IndexUnit.TenDays(new DateOnly(2025, 2, 28)).Label));
        Assert.True(IndexUnit.TenDays(new DateOnly(2025, 8, 21)).Holds(new DateOnly(2025, 8, 31)));
        Assert.False(IndexUnit.TenDays(new DateOnly(2025, 8, 21)).Holds(new DateOnly(2025, 8, 20)));
        Assert.False(IndexUnit.TenDays(new DateOnly(2025, 8, 21)).Holds(new DateOnly(2025, 9, 21)));
        Assert.Throws<ArgumentException>(() => SearchIndex.Build(IndexUnit.Month(2025, 7), [.. Docs]));   // Docs are of August
    }
}
