using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Site.Publishing.Output;

namespace Site.Publishing.Search;

/// <summary>What the manifest says of one year's index.</summary>
/// <param name="Shards">How many posting shards the year has (a power of two).</param>
public sealed record YearInfo(int Year, int Documents, int Shards);

/// <summary>One year's index: its files and what the manifest needs to know of them.</summary>
public sealed record YearIndex(YearInfo Info, ImmutableArray<OutputFile> Files);

/// <summary>
/// The offline search index, built one year at a time so the build never holds more than a year's text.
/// Files, all under search/ and all scripts that call <c>searchRegister</c> (see <see cref="ScriptFile"/>):
/// <list type="bullet">
/// <item><c>manifest.js</c>: the years, newest first, with their document and shard counts.</item>
/// <item><c>YYYY/pN.js</c>: shard N of the year's postings, an object from bigram to its posting list.</item>
/// <item><c>YYYY/dN.js</c>: documents N·8 to N·8+7 of the year: path, title, date, page, body — loaded
/// only for the results on show.</item>
/// </list>
/// A posting list is, for each document holding the bigram (ascending id): the id's distance from the
/// previous one, the number of occurrences, and their positions (the first as is, the rest as distances),
/// each number in <see cref="PostingCode"/>. Headline positions count from 0, body positions from
/// <see cref="TitleSpan"/>, so a position tells a headline match from a body match.
/// </summary>
public static class SearchIndex
{
    public const string Folder = "search";
    public const string ManifestKey = "manifest";
    public const int Format = 1;

    /// <summary>Body positions start here; headline bigrams past it are not indexed (no headline is that long).</summary>
    public const int TitleSpan = 256;

    /// <summary>Documents per text chunk: a page of 20 results loads at most 20 chunks of about 20 KB.</summary>
    public const int ChunkSize = 8;

    /// <summary>The average shard a year aims at; the shard count is the power of two that keeps shards
    /// at or below it (docs/search.md has the measured sizes).</summary>
    public const int TargetShardBytes = 48 * 1024;

    public static YearIndex BuildYear(int year, IReadOnlyList<SearchDocument> documents)
    {
        var docs = documents
            .OrderBy(d => d.Date).ThenBy(d => d.Page).ThenBy(d => d.Number).ThenBy(d => d.Path, StringComparer.Ordinal)
            .ToList();
        if (docs.FirstOrDefault(d => d.Date.Year != year) is { } stray)
            throw new ArgumentException($"{stray.Path} is not of {year}", nameof(documents));

        var postings = Postings(docs);
        var bytes = postings.Sum(p => Encoding.UTF8.GetByteCount(p.Key) + p.Value.Code.Length + 6);
        var shards = 1;
        while ((long)shards * TargetShardBytes < bytes) shards *= 2;

        var files = ImmutableArray.CreateBuilder<OutputFile>();
        var byShard = postings.GroupBy(p => ShardHash.Shard(p.Key, shards)).ToDictionary(g => g.Key, g => g.ToList());
        for (var s = 0; s < shards; s++)
        {
            var entries = byShard.TryGetValue(s, out var list) ? list : [];
            files.Add(ScriptFile.Write(Key(year, 'p', s), json =>
            {
                json.WriteStartObject();
                foreach (var (bigram, posting) in entries.OrderBy(e => e.Key, StringComparer.Ordinal))
                    json.WriteString(bigram, posting.Code.ToString());
                json.WriteEndObject();
            }));
        }
        for (var c = 0; c * ChunkSize < docs.Count; c++)
        {
            var chunk = docs.Skip(c * ChunkSize).Take(ChunkSize);
            files.Add(ScriptFile.Write(Key(year, 'd', c), json =>
            {
                json.WriteStartArray();
                foreach (var d in chunk)
                {
                    json.WriteStartArray();
                    foreach (var field in new[] { d.Path, d.Title, d.DateLabel, d.PageLabel, d.Body }) json.WriteStringValue(field);
                    json.WriteEndArray();
                }
                json.WriteEndArray();
            }));
        }
        return new YearIndex(new YearInfo(year, docs.Count, shards), files.ToImmutable());
    }

    /// <summary>search/manifest.js: the format, the layout constants the page needs, the years newest first.</summary>
    public static OutputFile Manifest(IEnumerable<YearInfo> years) =>
        ScriptFile.Write(ManifestKey, json =>
        {
            json.WriteStartObject();
            json.WriteNumber("format", Format);
            json.WriteNumber("titleSpan", TitleSpan);
            json.WriteNumber("chunkSize", ChunkSize);
            json.WriteStartArray("years");
            foreach (var y in years.OrderByDescending(y => y.Year))
            {
                json.WriteStartObject();
                json.WriteNumber("year", y.Year);
                json.WriteNumber("documents", y.Documents);
                json.WriteNumber("shards", y.Shards);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        });

    private static string Key(int year, char kind, int n) => string.Create(CultureInfo.InvariantCulture, $"{year}/{kind}{n}");

    private sealed class Posting
    {
        public StringBuilder Code { get; } = new();
        public int LastDocument { get; set; }
    }

    /// <summary>Each bigram's posting list, encoded as the documents go by (ids ascending), so a year's
    /// postings take about as much memory as the files they become.</summary>
    private static Dictionary<string, Posting> Postings(List<SearchDocument> docs)
    {
        var postings = new Dictionary<long, Posting>();
        var found = new List<(long Key, int Position)>();
        for (var id = 0; id < docs.Count; id++)
        {
            found.Clear();
            SearchText.BigramKeys(docs[id].Headline, 0, found);
            found.RemoveAll(b => b.Position > TitleSpan - 2);
            SearchText.BigramKeys(docs[id].Body, TitleSpan, found);
            found.Sort();   // by bigram, then position: each bigram's occurrences in a row
            for (var i = 0; i < found.Count;)
            {
                var key = found[i].Key;
                var end = i;
                while (end < found.Count && found[end].Key == key) end++;
                if (!postings.TryGetValue(key, out var posting)) postings.Add(key, posting = new Posting());
                PostingCode.Append(posting.Code, id - posting.LastDocument);
                posting.LastDocument = id;
                PostingCode.Append(posting.Code, end - i);
                var previous = 0;
                for (; i < end; i++)
                {
                    PostingCode.Append(posting.Code, found[i].Position - previous);
                    previous = found[i].Position;
                }
            }
        }
        return postings.ToDictionary(p => SearchText.KeyText(p.Key), p => p.Value, StringComparer.Ordinal);
    }
}
