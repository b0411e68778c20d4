using System.Text;
using System.Xml;
using Site.Publishing.Output;

namespace Site.Publishing.Discovery;

/// <summary>An XML file written with <see cref="XmlWriter"/>: UTF-8 without BOM, LF, two-space indent —
/// the same bytes on every machine.</summary>
internal static class XmlFile
{
    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Replace,
        CheckCharacters = true,
    };

    public static OutputFile Write(string path, Action<XmlWriter> body)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, Settings))
        {
            writer.WriteStartDocument();
            body(writer);
            writer.WriteEndDocument();
        }
        stream.WriteByte((byte)'\n');
        return new OutputFile(path, stream.ToArray());
    }
}
