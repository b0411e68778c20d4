using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Site.Publishing.Output;

namespace Site.Publishing.Search;

/// <summary>Index files are scripts that hand their data to a global function,
/// <c>searchRegister("key", data);</c>: a page can load them with a script element, which works from
/// file:// and from a mirror where fetching JSON would not.</summary>
public static class ScriptFile
{
    public const string Register = "searchRegister";

    /// <summary>Chinese stays as UTF-8 (a third the size of \u escapes); characters HTML and JavaScript
    /// treat specially are still escaped.</summary>
    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        WriteIndented = false,
    };

    private static readonly JsonWriterOptions Writer = new() { Encoder = Json.Encoder, Indented = false };

    /// <param name="key">The file's name under search/, without ".js" ("2025/p12").</param>
    public static OutputFile Write(string key, Action<Utf8JsonWriter> payload)
    {
        using var stream = new MemoryStream();
        stream.Write(Encoding.UTF8.GetBytes(Register + "("));
        stream.Write(JsonSerializer.SerializeToUtf8Bytes(key, Json));
        stream.WriteByte((byte)',');
        using (var json = new Utf8JsonWriter(stream, Writer)) payload(json);
        stream.Write(");\n"u8);
        return new OutputFile($"{SearchIndex.Folder}/{key}.js", stream.ToArray());
    }
}
