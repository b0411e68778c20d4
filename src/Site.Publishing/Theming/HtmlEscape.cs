using System.Text;

namespace Site.Publishing.Theming;

public static class HtmlEscape
{
    private const string Special = "&<>\"'";

    /// <summary>Escapes the five characters that matter in text and in quoted attribute values.</summary>
    public static string Text(string value)
    {
        if (value.AsSpan().IndexOfAny(Special) < 0) return value;
        var sb = new StringBuilder(value.Length + 16);
        AppendTo(sb, value);
        return sb.ToString();
    }

    /// <summary>What <see cref="Text"/> returns, appended: no string made for a value written into a page.</summary>
    public static void AppendTo(StringBuilder sb, string value)
    {
        var rest = value.AsSpan();
        for (var i = rest.IndexOfAny(Special); i >= 0; i = rest.IndexOfAny(Special))
        {
            sb.Append(rest[..i]).Append(rest[i] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                _ => "&#39;",
            });
            rest = rest[(i + 1)..];
        }
        sb.Append(rest);
    }
}
