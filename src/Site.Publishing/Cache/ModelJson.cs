using System.Text.Json;
using System.Text.Json.Serialization;
using Site.Publishing.Documents;

namespace Site.Publishing.Cache;

/// <summary>The parsed editions' JSON in the build cache, its readers and writers generated at compile
/// time: the reflection-based serializer spent longer setting itself up (emitting accessors, compiling
/// a converter per type) than an incremental build spends reading the dozen editions it needs.</summary>
[JsonSerializable(typeof(EditionModel))]
internal sealed partial class ModelJson : JsonSerializerContext
{
    /// <summary>Chinese text stays as UTF-8 (the default escapes it to \uXXXX, doubling the size); these
    /// files are read by this program only, never embedded in HTML.</summary>
    public static ModelJson Cache { get; } = new(new JsonSerializerOptions
    {
        IncludeFields = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new RegionsJson() },
    });
}
