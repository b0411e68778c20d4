using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Site.Publishing.Output;

namespace Site.Publishing.Discovery;

/// <summary>A JSON file written with <see cref="Utf8JsonWriter"/>: UTF-8 without BOM, LF, two-space
/// indent, Chinese left readable (these files are served as JSON, never inside HTML).</summary>
internal static class JsonFile
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static OutputFile Write(string path, Action<Utf8JsonWriter> body)
    {
        var buffer = ThreadBuffer.Take();
        using (var writer = new Utf8JsonWriter(buffer, Options)) body(writer);
        buffer.Write("\n"u8);
        return new OutputFile(path, buffer.WrittenSpan.ToArray());
    }

    public static void WriteStrings(this Utf8JsonWriter w, string name, IEnumerable<string> items)
    {
        w.WriteStartArray(name);
        foreach (var item in items) w.WriteStringValue(item);
        w.WriteEndArray();
    }
}
