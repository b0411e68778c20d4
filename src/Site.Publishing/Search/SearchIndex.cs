using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using Site.Publishing.Output;
using Site.Publishing.Urls;

namespace Site.Publishing.Search;

/// <summary>What the manifest says of one unit of the index: a past year ("2024"), a month of the newest
/// year ("2025-08"), or a third of the newest month (a 旬: "2025-08-01", "2025-08-11", "2025-08-21"), so
/// that the day's edition re-indexes ten days, not its month or its year.</summary>
/// <param name="Id">The unit's folder under search/: "yyyy", "yyyy-MM", or "yyyy-MM-dd" (the 旬's first day).</param>
/// <param name="Label">How the search page names it while it searches ("2024年", "2025年8月", "2025年8月上旬").</param>
/// <param name="Shards">How many posting shards the unit has (a power of two), each a pN.js and a qN.js.</param>
public sealed record IndexUnit(string Id, string Label, int Documents, int Shards)
{
    public static IndexUnit Year(int year) =>
        new(SiteUrls.SearchUnitId(year), string.Create(CultureInfo.InvariantCulture, $"{year}年"), 0, 0);

    public static IndexUnit Month(int year, int month) =>
        new(SiteUrls.SearchUnitId(year, month), string.Create(CultureInfo.InvariantCulture, $"{year}年{month}月"), 0, 0);

    /// <summary>The 旬 of <paramref name="date"/>: days 1–10 (上旬), 11–20 (中旬), or 21 to the month's end (下旬).</summary>
    public static IndexUnit TenDays(DateOnly date)
    {
        var (first, name) = date.Day <= 10 ? (1, "上旬") : date.Day <= 20 ? (11, "中旬") : (21, "下旬");
        return new(SiteUrls.SearchUnitId(new DateOnly(date.Year, date.Month, first)),
            string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{name}"), 0, 0);
    }

    /// <summary>Whether an article of <paramref name="date"/> belongs in this unit.</summary>
    public bool Holds(DateOnly date) =>
        Id == SiteUrls.SearchUnitId(date.Year) || Id == SiteUrls.SearchUnitId(date.Year, date.Month) || Id == TenDays(date).Id;
}

/// <summary>One unit's index: what the manifest needs to know of it, and its files, made one by one as
/// they are enumerated (so the build writes each and lets it go).</summary>
public sealed record UnitIndex(IndexUnit Info, IEnumerable<OutputFile> Files);

/// <summary>
/// The offline search index, built one unit at a time (a past year, a month of the newest year, or a 旬 of
/// the newest month) so the build never holds more than a year's text and the day's edition re-indexes
/// only its ten days.
/// Files, all under search/ and all scripts that call <c>searchRegister</c> (see <see cref="ScriptFile"/>):
/// <list type="bullet">
/// <item><c>manifest.js</c>: the units, newest first, with their document and shard counts.</item>
/// <item><c>UNIT/pN.js</c>: shard N of the unit's document lists, an object from bigram to its list.</item>
/// <item><c>UNIT/qN.js</c>: the positions of the same bigrams, loaded only for phrases of three or more
/// characters (two characters are one bigram: its list has all a ranking needs).</item>
/// <item><c>UNIT/dN.js</c>: documents N·8 to N·8+7 of the unit: path, title, date, page, body — loaded
/// only for the results on show.</item>
/// </list>
/// A document list is, for each document holding the bigram (ascending id): the id's distance from the
/// previous one, and the number of occurrences times two, plus one when one is in the headline. The
/// positions list has, document by document in the same order, the positions (the first as is, the rest
/// as distances). Numbers are written in <see cref="PostingCode"/>. Headline positions count from 0, body
/// positions from <see cref="TitleSpan"/>, so a position tells a headline match from a body match.
/// </summary>
public static class SearchIndex
{
    public const int Format = 2;

    /// <summary>Body positions start here; headline bigrams past it are not indexed (no headline is that long).</summary>
    public const int TitleSpan = 256;

    /// <summary>Documents per text chunk: a page of 20 results loads at most 20 chunks of about 20 KB.</summary>
    public const int ChunkSize = 8;

    /// <summary>The average shard (document lists and positions together) a year aims at; the shard count
    /// is the power of two that keeps shards at or below it (docs/search.md has the measured sizes).</summary>
    public const int TargetShardBytes = 48 * 1024;

    /// <summary>A year's index. Its files are made as they are enumerated, so the caller can write each one
    /// and let it go; the postings are built at once (the shard count depends on their size).</summary>
    public static UnitIndex BuildYear(int year, IReadOnlyList<SearchDocument> documents) => Build(IndexUnit.Year(year), documents);

    /// <summary>A unit's index (<paramref name="unit"/>'s counts are filled in from the documents).</summary>
    public static UnitIndex Build(IndexUnit unit, IReadOnlyList<SearchDocument> documents)
    {
        var docs = documents
            .OrderBy(d => d.Date).ThenBy(d => d.Page).ThenBy(d => d.Number).ThenBy(d => d.Path, StringComparer.Ordinal)
            .ToList();
        if (docs.FirstOrDefault(d => !unit.Holds(d.Date)) is { } stray)
            throw new ArgumentException($"{stray.Path} is not of {unit.Id}", nameof(documents));

        var postings = Postings(docs);
        var bytes = postings.Sum(p => 2L * (Encoding.UTF8.GetByteCount(p.Key) + 6) + p.Value.DocumentLength + p.Value.PositionLength);
        var shards = 1;
        while ((long)shards * TargetShardBytes < bytes) shards *= 2;
        return new UnitIndex(unit with { Documents = docs.Count, Shards = shards }, Files(unit.Id, shards, postings, docs));
    }

    private static IEnumerable<OutputFile> Files(string unit, int shards, Dictionary<string, Posting> postings, List<SearchDocument> docs)
    {
        var byShard = postings.GroupBy(p => ShardHash.Shard(p.Key, shards)).ToDictionary(g => g.Key, g => g.ToList());
        for (var s = 0; s < shards; s++)
        {
            var entries = byShard.TryGetValue(s, out var list) ? list.OrderBy(e => e.Key, StringComparer.Ordinal).ToList() : [];
            yield return ScriptFile.Write(SiteUrls.SearchUnitFile(unit, 'p', s), json =>
            {
                json.WriteStartObject();
                foreach (var (bigram, posting) in entries) json.WriteString(bigram, posting.DocumentList);
                json.WriteEndObject();
            });
            yield return ScriptFile.Write(SiteUrls.SearchUnitFile(unit, 'q', s), json =>
            {
                json.WriteStartObject();
                foreach (var (bigram, posting) in entries) json.WriteString(bigram, posting.PositionList);
                json.WriteEndObject();
            });
        }
        for (var c = 0; c * ChunkSize < docs.Count; c++)
        {
            var chunk = docs.Skip(c * ChunkSize).Take(ChunkSize);
            yield return ScriptFile.Write(SiteUrls.SearchUnitFile(unit, 'd', c), json =>
            {
                json.WriteStartArray();
                foreach (var d in chunk)
                {
                    json.WriteStartArray();
                    foreach (var field in new[] { d.Path, d.Title, d.DateLabel, d.PageLabel, d.Body }) json.WriteStringValue(field);
                    json.WriteEndArray();
                }
                json.WriteEndArray();
            });
        }
    }

    /// <summary>search/manifest.js: the format, the layout constants the page needs, the units newest first.</summary>
    public static OutputFile Manifest(IEnumerable<IndexUnit> units) =>
        ScriptFile.Write(SiteUrls.SearchManifest, json =>
        {
            json.WriteStartObject();
            json.WriteNumber("format", Format);
            json.WriteNumber("titleSpan", TitleSpan);
            json.WriteNumber("chunkSize", ChunkSize);
            json.WriteStartArray("units");
            foreach (var u in units.OrderByDescending(u => u.Id, StringComparer.Ordinal))
            {
                json.WriteStartObject();
                json.WriteString("id", u.Id);
                json.WriteString("label", u.Label);
                json.WriteNumber("documents", u.Documents);
                json.WriteNumber("shards", u.Shards);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        });


    /// <summary>A bigram's document list and positions: ASCII bytes, the first <c>…Length</c> of each array.</summary>
    private sealed record Posting(byte[] Documents, int DocumentLength, byte[] Positions, int PositionLength)
    {
        public ReadOnlySpan<byte> DocumentList => Documents.AsSpan(0, DocumentLength);
        public ReadOnlySpan<byte> PositionList => Positions.AsSpan(0, PositionLength);
    }

    /// <summary>One bigram's lists while the documents are scanned, and how much of them is written.</summary>
    private struct Tally
    {
        public byte[] Documents;
        public byte[] Positions;
        public int DocumentBytes;
        public int PositionBytes;
        public int LastDocument;       // the last document whose entry was written
    }

    /// <summary>The most digits a number takes (<see cref="PostingCode"/>: five bits a digit).</summary>
    private const int MaxDigits = 7;

    /// <summary>Each bigram's lists, in one pass over the unit's text. Text is read in order, so each
    /// bigram's positions in a document come ascending and its documents ascending: nothing is sorted.</summary>
    /// <remarks>A list grows by doubling, so it holds at most twice its bytes (and on average about a
    /// third more) until its files are written, and leaves the arrays it outgrew to the collector (about
    /// 90 MB a year). A first pass that measured every list to allocate it exactly read the whole unit's
    /// text twice: a quarter of the index's time.</remarks>
    private static Dictionary<string, Posting> Postings(List<SearchDocument> docs)
    {
        var slots = new BigramSlots();
        var tallies = new Tally[1024];
        Scan(docs, slots, ref tallies);
        var postings = new Dictionary<string, Posting>(slots.Count, StringComparer.Ordinal);
        for (var i = 0; i < slots.Count; i++)
        {
            ref var t = ref tallies[i];
            postings.Add(SearchText.KeyText(slots.KeyOf(i)), new Posting(t.Documents, t.DocumentBytes, t.Positions, t.PositionBytes));
        }
        return postings;
    }

    /// <summary>Room for one more number at <paramref name="at"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static byte[] Room(ref byte[] list, int at)
    {
        if (list.Length - at < MaxDigits) Array.Resize(ref list, Math.Max(16, list.Length * 2));
        return list;
    }

    /// <summary>The scan's two arrays of occurrences, sized for a block.</summary>
    private sealed record ScanBuffers((int Slot, long Entry)[] Occurrences, long[] Sorted);

    /// <summary>The last scan's arrays, kept for the next unit (they are large objects, and a large object let
    /// go of counts towards a full collection). One set for the process, taken by the scan that runs: the
    /// build indexes one unit at a time, on whichever pool thread is free, and a set per thread would keep
    /// one for every thread that ever indexed.</summary>
    private static ScanBuffers? spare;

    /// <summary>Arrays with room for the unit's largest block (a bigram per character at most): the spare set
    /// if it is large enough.</summary>
    private static ScanBuffers TakeBuffers(List<SearchDocument> docs)
    {
        var most = 0;
        for (var first = 0; first < docs.Count; first += BlockDocuments)
        {
            var characters = 0;
            for (var id = first; id < Math.Min(docs.Count, first + BlockDocuments); id++)
                characters += docs[id].Headline.Length + docs[id].Body.Length;
            most = Math.Max(most, characters);
        }
        var buffers = Interlocked.Exchange(ref spare, null);
        return buffers is not null && buffers.Sorted.Length >= most ? buffers : new ScanBuffers(new (int, long)[most], new long[most]);
    }

    /// <summary>Documents read as one block: their occurrences are grouped by bigram before any list is
    /// written.</summary>
    private const int BlockDocuments = 512;

    /// <summary>Reads the documents' bigrams in text order (headline, then body) and numbers each bigram, a
    /// block of documents at a time; then writes each bigram's entries for the block into its lists in one
    /// go, document by document.</summary>
    /// <remarks>Written occurrence by occurrence, each occurrence wrote into one of thousands of lists in
    /// turn, and nearly every write waited for memory: the scan was a tenth of a full build's CPU. A block's
    /// occurrences (some 400,000: about 10 MB in the two arrays, reused from block to block) are first
    /// sorted by bigram by counting, so each list is reached once a block (in the generated corpus, once
    /// for every thirty occurrences). That took the scan's share of a year's indexing from about two fifths
    /// to a quarter; blocks of 256 documents gained less, and of 1,024 little more. Sorting keeps the text
    /// order within each bigram, so documents and positions still come ascending: the lists are the same
    /// bytes.</remarks>
    // Millions of iterations a unit: compiled optimised at once rather than quick-JITted and replaced on
    // the stack mid-loop.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Scan(List<SearchDocument> docs, BigramSlots slots, ref Tally[] tallies)
    {
        var found = new List<(long Key, int Position)>();
        var buffers = TakeBuffers(docs);
        var (occurrences, sorted) = (buffers.Occurrences, buffers.Sorted);
        var counts = new int[tallies.Length];                 // per bigram: occurrences in the block, then where its next goes
        var met = new List<int>();                             // the block's bigrams, in the order first met
        for (var first = 0; first < docs.Count; first += BlockDocuments)
        {
            var last = Math.Min(docs.Count, first + BlockDocuments);
            var occurrenceCount = 0;
            met.Clear();
            for (var id = first; id < last; id++)
            {
                found.Clear();
                SearchText.BigramKeys(docs[id].Headline, 0, found);
                // Headline bigrams past the title span would read as body positions.
                var inHeadline = found.Count;
                while (inHeadline > 0 && found[inHeadline - 1].Position > TitleSpan - 2) inHeadline--;
                found.RemoveRange(inHeadline, found.Count - inHeadline);
                SearchText.BigramKeys(docs[id].Body, TitleSpan, found);
                var document = (long)(id - first) << 32;
                foreach (var (key, position) in CollectionsMarshal.AsSpan(found))
                {
                    var slot = slots.SlotOf(key);
                    if (slot == counts.Length) Array.Resize(ref counts, counts.Length * 2);
                    if (counts[slot]++ == 0) met.Add(slot);
                    occurrences[occurrenceCount++] = (slot, document | (uint)position);
                }
            }

            // Counting sort: each bigram's place in the block, then its occurrences in text order.
            var next = 0;
            foreach (var slot in CollectionsMarshal.AsSpan(met)) (counts[slot], next) = (next, next + counts[slot]);
            foreach (var (slot, entry) in occurrences.AsSpan(0, occurrenceCount)) sorted[counts[slot]++] = entry;

            if (tallies.Length < slots.Count) Array.Resize(ref tallies, Math.Max(slots.Count, tallies.Length * 2));
            var start = 0;
            foreach (var slot in CollectionsMarshal.AsSpan(met))
            {
                var end = counts[slot];   // now where the next bigram's occurrences begin
                counts[slot] = 0;
                ref var t = ref tallies[slot];
                if (t.Documents is null) (t.Documents, t.Positions) = ([], []);
                for (var k = start; k < end;)
                {
                    var document = (int)(sorted[k] >> 32);
                    var previous = 0;
                    var inTitle = false;
                    var runStart = k;
                    for (; k < end && (int)(sorted[k] >> 32) == document; k++)
                    {
                        var position = (int)sorted[k];
                        inTitle |= position < TitleSpan;
                        t.PositionBytes = PostingCode.Write(Room(ref t.Positions, t.PositionBytes), t.PositionBytes, position - previous);
                        previous = position;
                    }
                    // Occurrences times two, plus one when one of them is in the headline.
                    var entry = (k - runStart) * 2 + (inTitle ? 1 : 0);
                    var id = first + document;
                    var at = PostingCode.Write(Room(ref t.Documents, t.DocumentBytes), t.DocumentBytes, id - t.LastDocument);
                    t.DocumentBytes = PostingCode.Write(Room(ref t.Documents, at), at, entry);
                    t.LastDocument = id;
                }
                start = end;
            }
        }
        Volatile.Write(ref spare, buffers);
    }
}
