using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text;
using Site.Parsing.Diagnostics;
using Site.Parsing.Model;
using Site.Publishing.Documents;
using Site.Publishing.Search;

namespace Site.Publishing.Cache;

/// <summary>Reads and writes a <see cref="BuildState"/> in a compact binary form, as a head and one part
/// per year (<see cref="BuildCache"/> stores them). A ten-year archive's state holds 175,000 article
/// summaries; as JSON it took longer to read than the rest of an incremental build. Repeated strings
/// (page names, roles, people) are shared once read.</summary>
public static class StateCodec
{
    /// <summary>The head: what is not per edition (folder, site key, listing pages, search units), and the
    /// names of the part files that hold the rest.</summary>
    public static byte[] WriteHead(BuildState state, IReadOnlyList<string> parts) => Encode(w =>
    {
        w.Write(state.OutputFolder);
        w.Write(state.SiteKey);
        w.Write(state.Pages.Length);
        foreach (var p in state.Pages)
        {
            w.Write(p.Name);
            w.Write(p.Key);
            Write(w, p.Files);
        }
        w.Write(state.SearchUnits.Length);
        foreach (var u in state.SearchUnits)
        {
            w.Write(u.Info.Id);
            w.Write(u.Info.Label);
            w.Write(u.Info.Documents);
            w.Write(u.Info.Shards);
            w.Write(u.Key);
            Write(w, u.Files);
        }
        w.Write(parts.Count);
        foreach (var part in parts) w.Write(part);
    });

    /// <returns>The head as a state without sources or editions, and the names of its parts.</returns>
    /// <exception cref="EndOfStreamException">The bytes end early.</exception>
    /// <exception cref="InvalidDataException">The bytes are not a head.</exception>
    public static (BuildState Head, ImmutableArray<string> Parts) ReadHead(byte[] bytes) => Decode(bytes, r =>
    {
        var output = r.ReadString();
        var siteKey = r.ReadString();
        var keyed = ImmutableArray.CreateBuilder<KeyedFiles>(Count(r));
        for (var i = keyed.Capacity; i > 0; i--) keyed.Add(new KeyedFiles(r.ReadString(), r.ReadString(), ReadStrings(r)));
        var search = ImmutableArray.CreateBuilder<SearchUnitRecord>(Count(r));
        for (var i = search.Capacity; i > 0; i--)
            search.Add(new SearchUnitRecord(new IndexUnit(r.ReadString(), r.ReadString(), r.ReadInt32(), r.ReadInt32()), r.ReadString(), ReadStrings(r)));
        var parts = ReadStrings(r);
        return (new BuildState(output, siteKey, [], [], keyed.MoveToImmutable(), search.MoveToImmutable()), parts);
    });

    /// <summary>A part: the raw files' stamps and the editions of one year.</summary>
    public static byte[] WritePart(ImmutableArray<SourceStamp> sources, ImmutableArray<EditionRecord> editions) => Encode(w =>
    {
        w.Write(sources.Length);
        foreach (var s in sources)
        {
            w.Write(s.Path);
            w.Write(s.Length);
            w.Write(s.Modified);
            w.Write(s.Hash);
        }
        w.Write(editions.Length);
        foreach (var e in editions)
        {
            w.Write(e.Date.DayNumber);
            w.Write(e.ParseKey);
            w.Write(e.RenderKey);
            w.Write(e.FrontKey);
            w.Write(e.Summary.Date.DayNumber);
            w.Write(e.Summary.PageList.Length);
            foreach (var p in e.Summary.PageList)
            {
                w.Write(p.Number);
                w.Write(p.Name);
            }
            w.Write(e.Summary.IssueNumber ?? -1);
            w.Write(e.Summary.Articles.Length);
            foreach (var a in e.Summary.Articles) Write(w, a);
            Write(w, e.Files);
            Write(w, e.Warnings);
        }
    });

    /// <exception cref="EndOfStreamException">The bytes end early.</exception>
    /// <exception cref="InvalidDataException">The bytes are not a part.</exception>
    public static (ImmutableArray<SourceStamp> Sources, ImmutableArray<EditionRecord> Editions) ReadPart(byte[] bytes) => Decode(bytes, ReadPart);

    // Fully optimised from its first call: a build reads ten years' parts once, before tiering would catch up.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (ImmutableArray<SourceStamp> Sources, ImmutableArray<EditionRecord> Editions) ReadPart(StateReader r)
    {
        var shared = new SharedStrings();

        var sources = ImmutableArray.CreateBuilder<SourceStamp>(Count(r));
        for (var i = sources.Capacity; i > 0; i--)
            sources.Add(new SourceStamp(r.ReadString(), r.ReadInt64(), r.ReadInt64(), r.ReadString()));
        var editions = ImmutableArray.CreateBuilder<EditionRecord>(Count(r));
        for (var i = editions.Capacity; i > 0; i--)
        {
            var date = DateOnly.FromDayNumber(r.ReadInt32());
            var parseKey = r.ReadString();
            var renderKey = r.ReadString();
            var frontKey = r.ReadString();
            var summaryDate = DateOnly.FromDayNumber(r.ReadInt32());
            var pages = ImmutableArray.CreateBuilder<PageSummary>(Count(r));
            for (var j = pages.Capacity; j > 0; j--) pages.Add(new PageSummary(r.ReadInt32(), r.ReadShared(shared)));
            var issue = r.ReadInt32();
            var articles = ImmutableArray.CreateBuilder<ArticleEntry>(Count(r));
            for (var j = articles.Capacity; j > 0; j--) articles.Add(ReadEntry(r, shared));
            editions.Add(new EditionRecord(date, parseKey, renderKey, frontKey, new EditionSummary(summaryDate, pages.MoveToImmutable(), articles.MoveToImmutable(), issue < 0 ? null : issue),
                ReadStrings(r), ReadDiagnostics(r)));
        }
        return (sources.MoveToImmutable(), editions.MoveToImmutable());
    }

    private static byte[] Encode(Action<BinaryWriter> write)
    {
        var stream = new MemoryStream();
        using (var w = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true)) write(w);
        return stream.ToArray();
    }

    private static T Decode<T>(byte[] bytes, Func<StateReader, T> read)
    {
        var r = new StateReader(bytes);
        var value = read(r);
        if (r.Remaining != 0) throw new InvalidDataException("bytes left over");
        return value;
    }

    private static void Write(BinaryWriter w, ArticleEntry a)
    {
        w.Write(a.Date.DayNumber);
        w.Write(a.Page);
        w.Write(a.Number);
        w.Write(a.PageName);
        w.Write((int)a.Kind);
        if (a.Text is StoredEntryText stored) w.Write(stored.Bytes);   // as it was read: the same bytes
        else
        {
            Write(w, a.Kicker);
            Write(w, a.Headline);
            Write(w, a.Subheadline);
            Write(w, a.Excerpt);
        }
        w.Write(a.Credits.Length);
        foreach (var (role, name) in a.Credits)
        {
            w.Write(role);
            w.Write(name);
        }
        w.Write(a.Truncated);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ArticleEntry ReadEntry(StateReader r, SharedStrings shared)
    {
        var date = DateOnly.FromDayNumber(r.ReadInt32());
        var page = r.ReadInt32();
        var number = r.ReadInt32();
        var pageName = r.ReadShared(shared);
        var kind = r.ReadInt32();
        if (!Enum.IsDefined((ArticleKind)kind)) throw new InvalidDataException($"no article kind {kind}");
        // The display text is left as bytes until something shows it.
        var textStart = r.Position;
        for (var i = 0; i < 4; i++) r.SkipNullable();
        var text = new StoredEntryText(r.Bytes, textStart, r.Position - textStart);
        var credits = ImmutableArray.CreateBuilder<(string Role, string Name)>(Count(r));
        for (var i = credits.Capacity; i > 0; i--) credits.Add((r.ReadShared(shared), r.ReadShared(shared)));
        return new ArticleEntry(date, page, number, pageName, (ArticleKind)kind, text, credits.MoveToImmutable(), r.ReadBoolean());
    }

    private static void Write(BinaryWriter w, string? s)
    {
        w.Write(s is not null);
        if (s is not null) w.Write(s);
    }

    private static void Write(BinaryWriter w, ImmutableArray<string> strings)
    {
        w.Write(strings.Length);
        foreach (var s in strings) w.Write(s);
    }

    private static void Write(BinaryWriter w, ImmutableArray<Diagnostic> diagnostics)
    {
        w.Write(diagnostics.Length);
        foreach (var d in diagnostics)
        {
            w.Write(d.File);
            w.Write(d.Line);
            w.Write(d.Column);
            w.Write((byte)d.Severity);
            w.Write(d.Code);
            w.Write(d.Message);
            Write(w, d.Hint);
        }
    }

    private static ImmutableArray<Diagnostic> ReadDiagnostics(StateReader r)
    {
        var list = ImmutableArray.CreateBuilder<Diagnostic>(Count(r));
        for (var i = list.Capacity; i > 0; i--)
        {
            var (file, line, column) = (r.ReadString(), r.ReadInt32(), r.ReadInt32());
            var severity = r.ReadByte() switch
            {
                0 => Severity.Error,
                1 => Severity.Warning,
                _ => throw new InvalidDataException("not a severity"),
            };
            list.Add(new Diagnostic(file, line, column, severity, r.ReadString(), r.ReadString(), r.ReadNullable()));
        }
        return list.MoveToImmutable();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ImmutableArray<string> ReadStrings(StateReader r)
    {
        var list = ImmutableArray.CreateBuilder<string>(Count(r));
        for (var i = list.Capacity; i > 0; i--) list.Add(r.ReadString());
        return list.MoveToImmutable();
    }

    /// <summary>A count that a damaged file cannot turn into a huge allocation.</summary>
    private static int Count(StateReader r)
    {
        var n = r.ReadInt32();
        if (n < 0 || n > r.Remaining) throw new InvalidDataException($"a count of {n}");
        return n;
    }
}
