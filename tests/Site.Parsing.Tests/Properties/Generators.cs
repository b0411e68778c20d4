using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Site.Parsing.Tests.Properties;

/// <summary>Generators of parser inputs: newspaper-like noise, mutated seeds, and arbitrary Unicode.</summary>
public static class Generators
{
    // ---- newspaper-like text -------------------------------------------------------------------

    /// <summary>The ideographs the seeds use (sorted, so the alphabet does not depend on file order).</summary>
    private static readonly Lazy<char[]> SeedIdeographs = new(() =>
        [.. Repo.Seeds.SelectMany(s => s.Text).Where(c => c is >= '\u3400' and <= '\u9FFF').Distinct().Order()]);

    private static readonly char[] FullWidthPunctuation = [.. "，。、；：？！“”‘’（）《》【】—…·「」『』％＋－／＝～"];
    private static readonly char[] HalfWidthPunctuation = [.. ",.;:?!\"'()-/%+=<>&[]#@*"];
    private static readonly char[] Symbols = [.. "■□●▲★◆※"];
    private static readonly char[] Digits = [.. "0123456789０１２３"];
    private static readonly char[] Latin = [.. "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"];

    private static readonly string[] Breaks = [" ", " ", "  ", "\n", "\n", "\n\n", "\r\n", "\r\n\r\n", "\r", "\f", "\t", "\u3000"];

    /// <summary>Words the parser reacts to: byline roles, masthead facts, teaser labels, page pointers,
    /// the site.yml noise lines and patterns, and doubled display text.</summary>
    private static readonly string[] Keywords =
    [
        "■记者 ", "记者", "通讯员", "■摄影 ", "摄影", "■本报评论员", "本报评论员", "言成声", "■", "本报讯 ",
        "导读", "详见四版", "详见第2版", "平湖版", "要闻", "总第5723期", "2025年8月4日", "星期一", "农历乙巳年闰六月十一",
        "平湖发布", "平湖客户端", "扫一扫 看视频", "扫码观看", "公益广告", "咨询热线", "地址：", "友情提醒", "联办",
        "天气", "多云", "℃", "再叙山海深情再叙山海深情", "图为", "（下转第三版）", "JIAXING DAILY", "嘉兴日报",
        "责任编辑", "。", "！", "“", "”", "……",
    ];

    private static Gen<string> Chars(char[] alphabet) => Gen.Elements(alphabet).Select(c => c.ToString());

    private static readonly Lazy<Gen<string>> NewspaperToken = new(() => Gen.Frequency(
        (40, Chars(SeedIdeographs.Value)),
        (8, Chars(FullWidthPunctuation)),
        (4, Chars(HalfWidthPunctuation)),
        (2, Chars(Symbols)),
        (4, Chars(Digits)),
        (3, Chars(Latin)),
        (14, Gen.Elements(Breaks)),
        (5, Gen.Elements(Keywords))));

    /// <summary>Up to ~8 tokens per unit of FsCheck's size (so 0 – 800 tokens at the default sizes).</summary>
    public static Gen<TextCase> NewspaperText() => Gen.Sized(size =>
        from n in Gen.Choose(0, Math.Max(1, size) * 8)
        from tokens in Gen.ListOf(NewspaperToken.Value, n)
        select new TextCase("newspaper alphabet", string.Concat(tokens)));

    // ---- newspaper-shaped pages --------------------------------------------------------------

    private static Gen<string> Ideographs(int min, int max) =>
        from n in Gen.Choose(min, max)
        from cs in Gen.ArrayOf(Gen.Elements(SeedIdeographs.Value), n)
        select new string(cs);

    private static readonly Gen<string> Name = Ideographs(2, 3);

    private static Gen<string> Sentence() =>
        from k in Gen.Choose(1, 4)
        from parts in Gen.ListOf(Ideographs(2, 12), k)
        from comma in Gen.Elements("，", ",", "、", "；")
        from end in Gen.Elements("。", "。", "！", "？", ".", "", "”。")
        select string.Join(comma, parts) + end;

    /// <summary>Body text hard-wrapped at a column width, the way narrow columns come out of the PDF.</summary>
    private static Gen<string> Body() =>
        from k in Gen.Choose(1, 8)
        from sentences in Gen.ListOf(Sentence(), k)
        from lead in Gen.Elements("本报讯 ", "", "", "本报讯 近日,")
        from width in Gen.Elements(0, 13, 13, 14, 30, 38)
        select Wrap(lead + string.Concat(sentences), width);

    private static string Wrap(string text, int width) =>
        width == 0 || text.Length <= width
            ? text
            : string.Join('\n', Enumerable.Range(0, (text.Length + width - 1) / width)
                .Select(i => text.Substring(i * width, Math.Min(width, text.Length - i * width))));

    private static Gen<string> Byline() => Gen.OneOf(
        Name.Select(n => "■记者 " + n),
        Gen.Zip(Name, Name).Select(p => $"■记者 {p.Item1} 通讯员 {p.Item2}"),
        Gen.Zip(Name, Name).Select(p => $"■记者 {p.Item1}\n通讯员 {p.Item2}"),
        Gen.Zip(Name, Name).Select(p => $"记者 {p.Item1} 通讯员 {p.Item2} {p.Item2}"),
        Name.Select(n => "■摄影 " + n),
        Gen.Constant("■本报评论员"),
        Gen.Constant("言成声"),
        Gen.Zip(Name, Name).Select(p => $"{p.Item1} {p.Item2}"));

    private static Gen<string> Headline() =>
        from h in Ideographs(4, 14)
        from shape in Gen.Choose(0, 5)
        select shape switch
        {
            0 => h + h,                                               // doubled decorative headline
            1 => string.Join(' ', h.Select(c => c.ToString())),       // letter-spaced
            2 => h[..(h.Length / 2)] + "\n" + h[(h.Length / 2)..],   // two display lines
            3 => h + "——" + h[..2],
            _ => h,
        };

    private static Gen<string> Teaser() =>
        from title in Ideographs(5, 12)
        from page in Gen.Elements("二", "三", "四", "2", "八")
        select $"导读\n{title}\n详见{page}版";

    private static Gen<string> Masthead() =>
        from day in Gen.Choose(1, 31)
        from issue in Gen.Choose(1, 9999)
        select $"嘉兴日报\nJIAXING DAILY\n平湖版\n2025年8月{day}日 星期一 农历乙巳年闰六月十一\n总第{issue}期";

    private static readonly Gen<string> Noise = Gen.Elements(
        "平湖发布", "平湖客户端", "扫一扫 看视频", "公益广告", "咨询热线:85012345", "地址:平湖市当湖街道", "友 情 提 醒",
        "喜迎二十大\n稳进提质看平湖", "天气\n多云 26℃~35℃\n东南风3-4级", "图为活动现场。", "(下转第三版)");

    private static Gen<string> PageBlock() => Gen.Frequency(
        (6, Body()), (3, Headline()), (3, Byline()), (1, Teaser()), (1, Masthead()), (2, Noise),
        (1, Name), (1, Ideographs(1, 40)), (1, RepeatedLine()), (1, WithInvisible()), (1, WithVariants()));

    /// <summary>A line printed twice, one under the other ("平湖版" over "平湖版", a name set twice).</summary>
    private static Gen<string> RepeatedLine() =>
        from line in Gen.OneOf(Name, Ideographs(2, 12), Gen.Constant("平湖版"))
        select line + "\n" + line;

    /// <summary>Control and format characters a PDF extraction leaves inside text.</summary>
    private static readonly Gen<string> Invisible = Gen.Elements(
        "\u0007", "\u001B", "\u007F", "\u0085", "\u00AD", "\u200B", "\u200D", "\u202E", "\u2028", "\u2060", "\uFEFF");

    private static Gen<string> WithInvisible() =>
        from block in Gen.OneOf(Body(), Headline(), Byline())
        from c in Invisible
        from at in Gen.Choose(0, 200)
        select block.Insert(Math.Min(at, block.Length), c);

    /// <summary>Kangxi radicals and compatibility ideographs, as CJK fonts come back from some PDFs.</summary>
    private static Gen<string> WithVariants() =>
        from block in Gen.OneOf(Body(), Headline())
        from v in Gen.Elements("⽇", "⼒", "⾄", "⽉", "⽹", "北", "金")
        from at in Gen.Choose(0, 200)
        select block.Insert(Math.Min(at, block.Length), v);

    /// <summary>A page built from the shapes a newspaper page is made of (headlines, doubled and
    /// letter-spaced display lines, bylines, wrapped body text, teasers, mastheads, noise) in random
    /// order, separated by blank lines, form feeds or nothing, with LF, CRLF or CR line ends.</summary>
    public static Gen<TextCase> NewspaperPage() => Gen.Sized(size =>
        from n in Gen.Choose(0, Math.Max(2, size / 2))
        from blocks in Gen.ListOf(PageBlock(), n)
        from seps in Gen.ArrayOf(Gen.Elements("\n\n", "\n\n", "\n\n\n", "\n", "\f", "\n\f\n", "\n \n", "\n\u3000\n"), n)
        from eol in Gen.Elements("\n", "\n", "\r\n", "\r")
        select new TextCase($"newspaper page, {n} blocks",
            string.Concat(blocks.Select((b, i) => b + seps[i])).Replace("\n", eol)));

    /// <summary>A few lines, each printed twice over itself, between blank lines.</summary>
    public static Gen<TextCase> RepeatedLines() =>
        from n in Gen.Choose(1, 4)
        from lines in Gen.ListOf(RepeatedLine(), n)
        select new TextCase($"{lines.Count} repeated lines", string.Join("\n\n", lines));

    // ---- mutated seeds -------------------------------------------------------------------------

    /// <summary>A seed with one to six mutations of the kinds PDF extraction and hand edits produce.</summary>
    public static Gen<TextCase> MutatedSeed() =>
        from seed in Gen.Elements(Repo.Seeds.ToArray())
        from count in Gen.Choose(1, 6)
        from mutations in Gen.ListOf(Gen.Elements(Mutations.All), count)
        from seeds in Gen.ArrayOf(Gen.Choose(0, int.MaxValue), count)
        select Apply(seed, mutations, seeds);

    private static TextCase Apply(Seed seed, IReadOnlyList<Mutation> mutations, int[] randomSeeds)
    {
        var text = seed.Text;
        var applied = new List<string>();
        for (var i = 0; i < mutations.Count; i++)
        {
            var rnd = new Random(randomSeeds[i]);
            var (name, result) = mutations[i].Apply(text, rnd);
            applied.Add(name);
            text = result;
        }
        return new TextCase($"{seed.Name} mutated by {string.Join(", ", applied)}", text);
    }

    // ---- arbitrary Unicode ---------------------------------------------------------------------

    private static readonly Gen<string> AnyBmpChar = Gen.Choose(0, 0xFFFF).Select(i => ((char)i).ToString());
    private static readonly Gen<string> ControlChar =
        Gen.Elements(Enumerable.Range(0, 0x20).Concat(Enumerable.Range(0x7F, 0x21)).Select(i => ((char)i).ToString()).ToArray());
    private static readonly Gen<string> UnicodeSpace = Gen.Elements(
        "\u0085", "\u00A0", "\u1680", "\u2000", "\u2007", "\u200A", "\u2028", "\u2029", "\u202F", "\u205F", "\u3000",
        "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u180E");
    private static readonly Gen<string> LoneSurrogate =
        Gen.Choose(0xD800, 0xDFFF).Select(i => ((char)i).ToString());
    private static readonly Gen<string> SurrogatePair =
        Gen.Choose(0x10000, 0x10FFFF).Select(char.ConvertFromUtf32);
    private static readonly Gen<string> SupplementaryIdeograph =
        Gen.Choose(0x20000, 0x2A6DF).Select(char.ConvertFromUtf32);
    private static readonly Gen<string> Combining =
        Gen.Choose(0x0300, 0x036F).Select(i => ((char)i).ToString());

    /// <summary>Any UTF-16 string: control characters, every kind of space, lone surrogates, surrogate
    /// pairs (emoji, supplementary ideographs), combining marks, mixed with newspaper tokens.</summary>
    public static Gen<TextCase> UnicodeText() => Gen.Sized(size =>
        from n in Gen.Choose(0, Math.Max(1, size) * 4)
        from tokens in Gen.ListOf(Gen.Frequency(
            (10, AnyBmpChar),
            (4, ControlChar),
            (3, UnicodeSpace),
            (3, LoneSurrogate),
            (4, SurrogatePair),
            (3, SupplementaryIdeograph),
            (1, Combining),
            (8, NewspaperToken.Value)), n)
        select new TextCase("unicode", string.Concat(tokens)));

    /// <summary>Like <see cref="UnicodeText"/> but never a lone surrogate: well-formed UTF-16 only.</summary>
    public static Gen<TextCase> WellFormedUnicodeText() =>
        UnicodeText().Select(c => new TextCase("well-formed unicode", DropLoneSurrogates(c.Text)));

    public static string DropLoneSurrogates(string s)
    {
        var sb = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) sb.Append(s[i]).Append(s[++i]);
            else if (!char.IsSurrogate(s[i])) sb.Append(s[i]);
        }
        return sb.ToString();
    }
}

/// <summary>One kind of damage done to a raw issue; applies itself with the given randomness.</summary>
public sealed record Mutation(string Name, Func<string, Random, string> Transform)
{
    public (string Name, string Text) Apply(string text, Random rnd) => (Name, Transform(text, rnd));
    public override string ToString() => Name;
}

public static class Mutations
{
    public static readonly Mutation[] All =
    [
        new("delete range", DeleteRange),
        new("duplicate line", DuplicateLine),
        new("swap blocks", SwapBlocks),
        new("insert blank lines", InsertBlankLines),
        new("insert form feed", InsertFormFeed),
        new("form feed mid-line", FormFeedMidLine),
        new("join lines", JoinLines),
        new("letter-space a line", LetterSpace),
        new("CRLF", (t, _) => t.Replace("\r\n", "\n").Replace("\n", "\r\n")),
        new("CR", (t, _) => t.Replace("\r\n", "\n").Replace('\n', '\r')),
        new("truncate", Truncate),
        new("double a line", DoubleLine),
        new("drop all blank lines", (t, _) => string.Join('\n', Lines(t).Where(l => l.Trim().Length > 0))),
        new("strip trailing newline", (t, _) => t.TrimEnd('\n', '\r')),
        new("indent lines", Indent),
    ];

    private static List<string> Lines(string t) => [.. t.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n')];

    private static string DeleteRange(string t, Random r)
    {
        if (t.Length == 0) return t;
        var at = r.Next(t.Length);
        return t.Remove(at, Math.Min(t.Length - at, r.Next(1, 600)));
    }

    private static string DuplicateLine(string t, Random r)
    {
        var lines = Lines(t);
        var i = r.Next(lines.Count);
        lines.Insert(r.Next(lines.Count + 1), lines[i]);
        return string.Join('\n', lines);
    }

    private static string SwapBlocks(string t, Random r)
    {
        var blocks = t.Replace("\r\n", "\n").Split("\n\n").ToList();
        if (blocks.Count < 2) return t;
        var i = r.Next(blocks.Count);
        var j = r.Next(blocks.Count);
        (blocks[i], blocks[j]) = (blocks[j], blocks[i]);
        return string.Join("\n\n", blocks);
    }

    private static string InsertBlankLines(string t, Random r)
    {
        var lines = Lines(t);
        for (var k = r.Next(1, 6); k > 0; k--) lines.Insert(r.Next(lines.Count + 1), new string(' ', r.Next(0, 3)));
        return string.Join('\n', lines);
    }

    private static string InsertFormFeed(string t, Random r)
    {
        var lines = Lines(t);
        for (var k = r.Next(1, 4); k > 0; k--) lines.Insert(r.Next(lines.Count + 1), r.Next(2) == 0 ? "\f" : "");
        return string.Join('\n', lines).Replace("\n\f\n", "\f");
    }

    private static string FormFeedMidLine(string t, Random r) => t.Length == 0 ? "\f" : t.Insert(r.Next(t.Length + 1), "\f");

    private static string JoinLines(string t, Random r)
    {
        var lines = Lines(t);
        if (lines.Count < 2) return t;
        for (var k = r.Next(1, 10); k > 0 && lines.Count > 1; k--)
        {
            var i = r.Next(lines.Count - 1);
            lines[i] += (r.Next(3) == 0 ? " " : "") + lines[i + 1];
            lines.RemoveAt(i + 1);
        }
        return string.Join('\n', lines);
    }

    private static string LetterSpace(string t, Random r)
    {
        var lines = Lines(t);
        var i = r.Next(lines.Count);
        var gap = r.Next(3) switch { 0 => " ", 1 => "  ", _ => "\u3000" };
        lines[i] = string.Join(gap, lines[i].Trim().Select(c => c.ToString()));
        return string.Join('\n', lines);
    }

    private static string Truncate(string t, Random r) => t.Length == 0 ? t : t[..r.Next(t.Length)];

    private static string DoubleLine(string t, Random r)
    {
        var lines = Lines(t);
        var i = r.Next(lines.Count);
        lines[i] = lines[i].Trim() + lines[i].Trim();
        return string.Join('\n', lines);
    }

    private static string Indent(string t, Random r)
    {
        var pad = r.Next(2) == 0 ? "  " : "\u3000\u3000";
        return string.Join('\n', Lines(t).Select(l => r.Next(4) == 0 ? pad + l : l));
    }
}
