using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Site.Publishing.Output;
using Site.Publishing.Urls;

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

    private static readonly byte[] Opening = Encoding.UTF8.GetBytes(Register + "(");

    /// <param name="path">The file (<see cref="SiteUrls.SearchManifest"/>, <see cref="SiteUrls.SearchUnitFile"/>); the
    /// script knows it by its name under search/, without ".js" ("2025/p12").</param>
    public static OutputFile Write(SitePath path, Action<Utf8JsonWriter> payload)
    {
        var key = SiteUrls.SearchKey(path);
        var b = ThreadBuffer.Take();
        b.Write(Opening);
        using (var json = new Utf8JsonWriter(b, Writer)) json.WriteStringValue(key);
        b.Write(","u8);
        using (var json = new Utf8JsonWriter(b, Writer)) payload(json);
        b.Write(");\n"u8);
        return new OutputFile(path, b.WrittenSpan.ToArray());
    }
}
