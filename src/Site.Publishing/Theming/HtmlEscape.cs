using System.Text;

namespace Site.Publishing.Theming;

public static class HtmlEscape
{
    /// <summary>Escapes the five characters that matter in text and in quoted attribute values.</summary>
    public static string Text(string value)
    {
        var i = value.AsSpan().IndexOfAny("&<>\"'");
        if (i < 0) return value;
        var sb = new StringBuilder(value.Length + 16).Append(value, 0, i);
        for (; i < value.Length; i++)
        {
            var c = value[i];
            var escaped = c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            };
            if (escaped is null) sb.Append(c);   // not a string per character
            else sb.Append(escaped);
        }
        return sb.ToString();
    }
}
