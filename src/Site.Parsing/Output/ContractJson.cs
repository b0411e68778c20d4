using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Site.Parsing.Model;

namespace Site.Parsing.Output;

/// <summary>
/// Writes a <see cref="ParsedIssue"/> as the JSON of shared/contracts/parse-output.md.
/// The text is byte-for-byte what Python's <c>json.dumps(doc, ensure_ascii=False, indent=2)</c>
/// prints (plus a final newline), the format of the gold files, so outputs diff cleanly against them.
/// </summary>
public static class ContractJson
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Write(ParsedIssue issue)
    {
        var sb = new StringBuilder();
        Render(sb, Issue(issue), depth: 0);
        return sb.Append('\n').ToString();
    }

    public static byte[] WriteUtf8(ParsedIssue issue) => Utf8NoBom.GetBytes(Write(issue));

    // A tiny JSON tree: Member[] is an object (keys in contract order), object?[] an array,
    // and string, int, bool or null a scalar.
    private readonly record struct Member(string Name, object? Value);

    private static Member[] Issue(ParsedIssue issue) =>
    [
        new("source", issue.Source),
        new("edition", Edition(issue.Edition)),
        new("articles", OrEmpty(issue.Articles).Select(a => (object?)Article(a)).ToArray()),
        new("noise", OrEmpty(issue.Noise).Select(n => (object?)n.Text).ToArray()),
    ];

    private static Member[] Edition(EditionInfo e) =>
    [
        new("date", e.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        new("weekday", e.Weekday),
        new("lunarDate", e.LunarDate),
        new("issueNumber", e.IssueNumber),
        new("editionName", e.EditionName),
    ];

    private static Member[] Article(Article a) =>
    [
        new("kind", KindName(a.Kind)),
        new("kicker", a.Kicker),
        new("headline", a.Headline),
        new("subheadline", a.Subheadline),
        new("byline", Byline(a.Byline)),
        new("paragraphs", Strings(a.Paragraphs)),
        new("captions", Strings(a.Captions)),
        new("truncated", a.Truncated),
    ];

    private static Member[] Byline(Byline b) =>
    [
        new("reporters", Strings(b.Reporters)),
        new("correspondents", Strings(b.Correspondents)),
        new("photographers", Strings(b.Photographers)),
        new("authors", Strings(b.Authors)),
    ];

    private static string KindName(ArticleKind kind) => kind switch
    {
        ArticleKind.News => "news",
        ArticleKind.Commentary => "commentary",
        ArticleKind.Photo => "photo",
        ArticleKind.Weather => "weather",
        ArticleKind.Teaser => "teaser",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "no contract name for this kind"),
    };

    private static object?[] Strings(ImmutableArray<string> items) => OrEmpty(items).Select(s => (object?)s).ToArray();

    // The contract says arrays are never null, so an uninitialised array is written as [].
    private static ImmutableArray<T> OrEmpty<T>(ImmutableArray<T> items) => items.IsDefault ? [] : items;

    private static void Render(StringBuilder sb, object? value, int depth)
    {
        switch (value)
        {
            case null: sb.Append("null"); break;
            case string s: AppendString(sb, s); break;
            case bool b: sb.Append(b ? "true" : "false"); break;
            case int n: sb.Append(n.ToString(CultureInfo.InvariantCulture)); break;
            case Member[] members:
                RenderContainer(sb, '{', '}', members.Length, depth, i =>
                {
                    AppendString(sb, members[i].Name);
                    sb.Append(": ");
                    Render(sb, members[i].Value, depth + 1);
                });
                break;
            case object?[] items:
                RenderContainer(sb, '[', ']', items.Length, depth, i => Render(sb, items[i], depth + 1));
                break;
            default: throw new InvalidOperationException($"cannot write a {value.GetType()} as contract JSON");
        }
    }

    // Python's indent=2 layout: one item per line, and "[]" / "{}" when empty.
    private static void RenderContainer(StringBuilder sb, char open, char close, int count, int depth, Action<int> item)
    {
        sb.Append(open);
        if (count > 0)
        {
            for (var i = 0; i < count; i++)
            {
                sb.Append(i == 0 ? "\n" : ",\n").Append(' ', 2 * (depth + 1));
                item(i);
            }
            sb.Append('\n').Append(' ', 2 * depth);
        }
        sb.Append(close);
    }

    // Escapes exactly what Python's json module escapes with ensure_ascii=False (quote, backslash,
    // control characters), so every CJK character, astral ones included, stays readable.
    // A lone surrogate has no UTF-8 form, so it is kept as a \u escape rather than lost.
    private static void AppendString(StringBuilder sb, string s)
    {
        sb.Append('"');
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                case < ' ': AppendUnicodeEscape(sb, c); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                        sb.Append(c).Append(s[++i]);
                    else if (char.IsSurrogate(c))
                        AppendUnicodeEscape(sb, c);
                    else
                        sb.Append(c);
                    break;
            }
        }
        sb.Append('"');
    }

    private static void AppendUnicodeEscape(StringBuilder sb, char c) =>
        sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
}
