using System.Globalization;
using System.Text;
using Site.Parsing.Input;
using Site.Parsing.Model;

namespace Site.Parsing.Tests.Properties;

/// <summary>
/// The parser's accounting promise: every non-whitespace character of the input ends up somewhere in
/// the output (an article's kicker, headline, subheadline, paragraphs or captions, its
/// <see cref="Article.BylineSource"/>, a <see cref="NoiseBlock.Text"/>, or <see cref="ParsedIssue.Undone"/>),
/// and nothing else does. The ledger counts both sides as multisets and, when they differ, says
/// which characters went missing or appeared from nowhere, how many, and where.
/// </summary>
/// <remarks>
/// Characters are Unicode scalar values: a surrogate pair counts once, as the character it encodes, so a
/// pair the parser tore apart shows up as one missing character and two extra halves. A lone surrogate
/// counts as itself (its UTF-16 code unit). Whitespace is what <see cref="char.IsWhiteSpace(char)"/>
/// says it is, the same test the parser uses.
/// <para>With <see cref="LedgerUnit.CodeUnit"/> every UTF-16 code unit counts on its own instead. Use it for
/// input with lone surrogates: joining wrapped lines "…\uD8EB" and "\uDD3F…" into one paragraph
/// legitimately makes a valid pair out of two lone halves, which scalar counting would call one
/// invented character and two lost ones.</para>
/// </remarks>
public sealed class CharacterLedger
{
    private const int MaxListed = 12;

    private CharacterLedger(string input, IReadOnlyList<(string Where, string Text)> outputs,
        Dictionary<int, int> inputCounts, Dictionary<int, int> outputCounts)
    {
        Input = input;
        Outputs = outputs;
        InputCounts = inputCounts;
        OutputCounts = outputCounts;
        Missing = Difference(inputCounts, outputCounts);
        Extra = Difference(outputCounts, inputCounts);
    }

    public string Input { get; }

    /// <summary>Every output text that counts, with a label saying where it sits ("article 3 headline").</summary>
    public IReadOnlyList<(string Where, string Text)> Outputs { get; }

    public IReadOnlyDictionary<int, int> InputCounts { get; }
    public IReadOnlyDictionary<int, int> OutputCounts { get; }

    /// <summary>Characters the input has more of than the output: (character, how many more).</summary>
    public IReadOnlyList<(int Char, int Count)> Missing { get; }

    /// <summary>Characters the output has more of than the input.</summary>
    public IReadOnlyList<(int Char, int Count)> Extra { get; }

    public bool Balances => Missing.Count == 0 && Extra.Count == 0;

    public static CharacterLedger Of(string input, ParsedIssue issue, LedgerUnit unit = LedgerUnit.Scalar)
    {
        var outputs = OutputTexts(issue).ToList();
        var outCounts = new Dictionary<int, int>();
        foreach (var (_, text) in outputs) Count(text, outCounts, unit);
        // The parser reads the input as InputText cleans it: variant ideographs unified, control and
        // format characters left out (and reported as a warning).
        return new CharacterLedger(input, outputs, Count(InputText.Clean(input).Text, new Dictionary<int, int>(), unit), outCounts);
    }

    /// <summary>The output texts that together must hold every input character exactly once.</summary>
    public static IEnumerable<(string Where, string Text)> OutputTexts(ParsedIssue issue)
    {
        var articles = issue.Articles.IsDefault ? [] : issue.Articles;
        for (var i = 0; i < articles.Length; i++)
        {
            var a = articles[i];
            var at = $"article {i + 1} (page {a.Page}, line {a.Line})";
            if (a.Kicker is { } k) yield return ($"{at} kicker", k);
            if (a.Headline is { } h) yield return ($"{at} headline", h);
            if (a.Subheadline is { } s) yield return ($"{at} subheadline", s);
            foreach (var (b, j) in Indexed(a.BylineSource)) yield return ($"{at} byline source {j + 1}", b);
            foreach (var (p, j) in Indexed(a.Paragraphs)) yield return ($"{at} paragraph {j + 1}", p);
            foreach (var (c, j) in Indexed(a.Captions)) yield return ($"{at} caption {j + 1}", c);
        }
        foreach (var (n, j) in Indexed(issue.Noise))
            yield return ($"noise {j + 1} (page {n.Page}, line {n.Line}, {n.Reason})", n.Text);
        foreach (var (u, j) in Indexed(issue.Undone)) yield return ($"undone {j + 1}", u);
    }

    private static IEnumerable<(T, int)> Indexed<T>(System.Collections.Immutable.ImmutableArray<T> items) =>
        (items.IsDefault ? [] : items).Select((x, i) => (x, i));

    /// <summary>Adds the non-whitespace characters of <paramref name="text"/> to <paramref name="counts"/>.</summary>
    public static Dictionary<int, int> Count(string? text, Dictionary<int, int> counts, LedgerUnit unit = LedgerUnit.Scalar)
    {
        if (text is null) return counts;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c)) continue;
            int key = c;
            if (unit == LedgerUnit.Scalar && char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                key = char.ConvertToUtf32(c, text[++i]);
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
        return counts;
    }

    private static List<(int, int)> Difference(Dictionary<int, int> a, Dictionary<int, int> b) =>
        [.. a.Select(kv => (kv.Key, kv.Value - b.GetValueOrDefault(kv.Key)))
            .Where(x => x.Item2 > 0)
            .OrderByDescending(x => x.Item2).ThenBy(x => x.Key)];

    /// <summary>A report a person can act on: which characters are missing or extra, how many, and
    /// where they sit in the input (lines whose text does not appear verbatim in any output are the
    /// likely culprits) or in the output.</summary>
    public override string ToString()
    {
        if (Balances)
            return $"ledger balances: {InputCounts.Values.Sum()} non-whitespace characters in, the same out";

        var sb = new StringBuilder();
        sb.Append($"ledger does not balance: {Missing.Sum(m => m.Count)} character(s) missing from the output " +
                  $"({Missing.Count} distinct), {Extra.Sum(e => e.Count)} extra ({Extra.Count} distinct); " +
                  $"{InputCounts.Values.Sum()} in, {OutputCounts.Values.Sum()} out.\n");

        if (Missing.Count > 0)
        {
            sb.Append("MISSING (in input, not in output):\n");
            foreach (var (ch, n) in Missing.Take(MaxListed * 2))
                sb.Append($"  {Describe(ch)} x{n} (input has {InputCounts.GetValueOrDefault(ch)}, output {OutputCounts.GetValueOrDefault(ch)})\n");
            if (Missing.Count > MaxListed * 2) sb.Append($"  … and {Missing.Count - MaxListed * 2} more distinct characters\n");

            var outputCompact = string.Concat(Outputs.Select(o => Compact(o.Text)));
            var suspects = SuspectLines(Missing.Select(m => m.Char).ToHashSet(), outputCompact).Take(6).ToList();
            if (suspects.Count > 0)
            {
                sb.Append("  input lines holding them whose text appears in no output (likely where they were lost):\n");
                foreach (var line in suspects) sb.Append("      ").Append(line).Append('\n');
            }
            else
            {
                sb.Append("  every input line holding them appears verbatim in the output (lost from a repeated line?); first occurrences:\n");
                foreach (var (ch, _) in Missing.Take(3))
                    sb.Append($"      {Describe(ch)}: {Snippet(Input, IndexOf(Input, ch))}\n");
            }
        }
        if (Extra.Count > 0)
        {
            sb.Append("EXTRA (in output, not in input):\n");
            foreach (var (ch, n) in Extra.Take(MaxListed))
            {
                sb.Append($"  {Describe(ch)} x{n} (input has {InputCounts.GetValueOrDefault(ch)}, output {OutputCounts.GetValueOrDefault(ch)})\n");
                foreach (var (where, text) in Outputs.Where(o => Contains(o.Text, ch)).Take(3))
                    sb.Append($"      {where}: {Snippet(text, IndexOf(text, ch))}\n");
            }
            if (Extra.Count > MaxListed) sb.Append($"  … and {Extra.Count - MaxListed} more distinct characters\n");
        }
        return sb.ToString();
    }

    /// <summary>Input lines holding any of the characters whose (whitespace-free) text is found in no output.</summary>
    private IEnumerable<string> SuspectLines(HashSet<int> chars, string outputCompact)
    {
        var lines = Input.Split(["\r\n", "\n", "\r", "\f"], StringSplitOptions.None);
        for (var i = 0; i < lines.Length; i++)
        {
            var at = chars.Select(c => IndexOf(lines[i], c)).Where(x => x >= 0).DefaultIfEmpty(-1).Min();
            if (at < 0 || outputCompact.Contains(Compact(lines[i]), StringComparison.Ordinal)) continue;
            yield return $"input line {i + 1}: {Snippet(lines[i], at, radius: 40)}";
        }
    }

    private static string Compact(string s) => new([.. s.Where(c => !char.IsWhiteSpace(c))]);

    private static bool Contains(string text, int ch) => IndexOf(text, ch) >= 0;

    private static int IndexOf(string text, int ch)
    {
        for (var i = 0; i < text.Length; i++)
        {
            int key = text[i];
            var width = 1;
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                key = char.ConvertToUtf32(text[i], text[i + 1]);
                width = 2;
            }
            if (key == ch) return i;
            i += width - 1;
        }
        return -1;
    }

    /// <summary>About 30 characters either side of <paramref name="at"/>, control characters made visible.</summary>
    public static string Snippet(string text, int at, int radius = 30)
    {
        if (at < 0) at = 0;
        var start = Math.Max(0, at - radius);
        var end = Math.Min(text.Length, at + radius);
        return (start > 0 ? "…" : "") + "\"" + Visible(text[start..end]) + "\"" + (end < text.Length ? "…" : "");
    }

    /// <summary>The text with control characters, unusual spaces and lone surrogates escaped.</summary>
    public static string Visible(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[++i]);
                continue;
            }
            switch (c)
            {
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\f': sb.Append("\\f"); break;
                case '\\': sb.Append("\\\\"); break;
                case '"': sb.Append("\\\""); break;
                default:
                    if (char.IsSurrogate(c) || char.IsControl(c) || (char.IsWhiteSpace(c) && c != ' ') ||
                        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.OtherNotAssigned)
                        sb.Append($"\\u{(int)c:X4}");
                    else sb.Append(c);
                    break;
            }
        }
        return sb.ToString();
    }

    public static string Describe(int ch)
    {
        var code = ch > 0xFFFF ? $"U+{ch:X5}" : $"U+{ch:X4}";
        if (ch is >= 0xD800 and <= 0xDFFF) return $"{code} (lone surrogate)";
        var s = char.ConvertFromUtf32(ch);
        var cat = CharUnicodeInfo.GetUnicodeCategory(s, 0);
        return cat is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.OtherNotAssigned
            or UnicodeCategory.PrivateUse
            ? $"{code} ({cat})"
            : $"'{s}' {code}";
    }
}

/// <summary>What the ledger counts as one character.</summary>
public enum LedgerUnit
{
    /// <summary>Unicode scalar values; a lone surrogate counts as its code unit.</summary>
    Scalar,
    /// <summary>UTF-16 code units, surrogate halves separately.</summary>
    CodeUnit,
}
