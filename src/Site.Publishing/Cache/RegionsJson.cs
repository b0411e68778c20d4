using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using Site.Parsing.Model;

namespace Site.Publishing.Cache;

/// <summary>An article's regions and pictures in the cache's JSON, each rectangle as four numbers [x, y, width,
/// height] rather than an object with four names (a page's articles have dozens). A text page's are null and
/// never reach this converter; a default array, should one come, is written as [].</summary>
internal sealed class RegionsJson : JsonConverter<ImmutableArray<PageRegion>>
{
    public override ImmutableArray<PageRegion> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null) return [];
        if (reader.TokenType != JsonTokenType.StartArray) throw new JsonException("regions: an array was expected");
        var regions = ImmutableArray.CreateBuilder<PageRegion>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartArray) throw new JsonException("a region: [x, y, width, height] was expected");
            var v = new double[4];
            for (var i = 0; i < 4; i++)
            {
                reader.Read();
                v[i] = reader.GetDouble();
            }
            reader.Read();
            if (reader.TokenType != JsonTokenType.EndArray) throw new JsonException("a region has four numbers");
            regions.Add(new PageRegion(v[0], v[1], v[2], v[3]));
        }
        return regions.ToImmutable();
    }

    public override void Write(Utf8JsonWriter writer, ImmutableArray<PageRegion> value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var r in value.IsDefault ? [] : value)
        {
            writer.WriteStartArray();
            writer.WriteNumberValue(r.X);
            writer.WriteNumberValue(r.Y);
            writer.WriteNumberValue(r.Width);
            writer.WriteNumberValue(r.Height);
            writer.WriteEndArray();
        }
        writer.WriteEndArray();
    }
}
