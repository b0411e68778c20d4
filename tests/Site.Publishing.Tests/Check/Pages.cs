using System.Text;
using Site.Publishing.Output;

namespace Site.Publishing.Tests.Check;

/// <summary>Small, valid pages for tests; each test adds the one defect it is about.</summary>
public static class Pages
{
    public static string Document(string body, string head = "", string title = "平湖新闻", string lang = "zh-CN") =>
        $"""
        <!DOCTYPE html>
        <html lang="{lang}">
        <head>
        <meta charset="utf-8">
        <title>{title}</title>
        {head}
        </head>
        <body>
        {body}
        </body>
        </html>

        """;

    public static OutputFile Html(string path, string body, string head = "") => new(path, Encoding.UTF8.GetBytes(Document(body, head)));

    public static OutputFile Raw(string path, string text) => new(path, Encoding.UTF8.GetBytes(text));

    public static OutputFile Binary(string path, int length = 16) => new(path, Enumerable.Range(0, length).Select(i => (byte)i).ToArray());

    /// <summary>The 1-based line of the first occurrence of <paramref name="needle"/>.</summary>
    public static int LineOf(string text, string needle)
    {
        var at = text.IndexOf(needle, StringComparison.Ordinal);
        if (at < 0) throw new ArgumentException($"\"{needle}\" is not in the text");
        return 1 + text.AsSpan(0, at).Count('\n');
    }

    public static int LineOf(OutputFile file, string needle) => LineOf(Encoding.UTF8.GetString(file.Content), needle);
}
