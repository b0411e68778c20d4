using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Site.Scoring;

namespace Site.Corpus.Typesetting;

/// <summary>A page's gold in the parse contract's shape (shared/contracts/parse-output.md): source, edition,
/// articles in reading order, noise. UTF-8 without BOM, LF, two-space indent.</summary>
public static class GoldJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <param name="boxes">Each article's line boxes, by its index (<see cref="GoldBoxes.Read"/>), written as its
    /// <c>boxes</c>; null writes none (a page printed without marks).</param>
    public static byte[] Write(PagePlan plan, string source, IReadOnlyDictionary<int, IReadOnlyList<LineBox>>? boxes = null)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Options))
        {
            w.WriteStartObject();
            w.WriteString("source", source);
            w.WriteStartObject("edition");
            w.WriteString("date", plan.Edition.Date);
            w.WriteString("weekday", plan.Edition.Weekday);
            w.WriteString("lunarDate", plan.Edition.LunarDate);
            if (plan.Edition.IssueNumber is { } issue) w.WriteNumber("issueNumber", issue);
            else w.WriteNull("issueNumber");
            w.WriteString("editionName", plan.Edition.EditionName);
            w.WriteEndObject();
            w.WriteStartArray("articles");
            foreach (var (a, index) in plan.Articles.Select((a, i) => (a, i)))
            {
                w.WriteStartObject();
                w.WriteString("kind", a.Kind);
                w.WriteString("kicker", a.Kicker);
                w.WriteString("headline", a.Headline);
                w.WriteString("subheadline", a.Subheadline);
                w.WriteStartObject("byline");
                Strings(w, "reporters", a.Byline.Reporters);
                Strings(w, "correspondents", a.Byline.Correspondents);
                Strings(w, "photographers", a.Byline.Photographers);
                Strings(w, "authors", a.Byline.Authors);
                w.WriteEndObject();
                Strings(w, "paragraphs", a.Paragraphs);
                Strings(w, "captions", a.Captions);
                w.WriteBoolean("truncated", false);
                if (boxes is not null) Boxes(w, boxes.GetValueOrDefault(index) ?? []);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            Strings(w, "noise", plan.Noise);
            w.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    /// <summary>Line boxes in PDF points from the page's top-left corner, in the order chromium printed them.</summary>
    private static void Boxes(Utf8JsonWriter w, IReadOnlyList<LineBox> lines)
    {
        w.WriteStartArray("boxes");
        foreach (var (part, b) in lines)
        {
            w.WriteStartObject();
            w.WriteString("part", part);
            w.WriteNumber("x", b.X);
            w.WriteNumber("y", b.Y);
            w.WriteNumber("width", b.Width);
            w.WriteNumber("height", b.Height);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }

    public static readonly Encoding Utf8 = new UTF8Encoding(false);
}
