using System.Text;
using System.Text.Json;
using Site.Publishing.Output;
using Site.Publishing.Search;

namespace Site.Publishing.Tests.Search;

/// <summary>Reads the index's script files back: the key a file registers and its data.</summary>
internal static class IndexFiles
{
    public static (string Key, JsonElement Data) Read(OutputFile file)
    {
        var text = Encoding.UTF8.GetString(file.Content);
        Assert.StartsWith(ScriptFile.Register + "(\"", text, StringComparison.Ordinal);
        Assert.EndsWith(");\n", text, StringComparison.Ordinal);
        var comma = text.IndexOf("\",", StringComparison.Ordinal);
        var key = text[(ScriptFile.Register.Length + 2)..comma];
        Assert.Equal($"search/{key}.js", file.Path);
        return (key, JsonDocument.Parse(text[(comma + 2)..^3]).RootElement.Clone());
    }

    /// <summary>Every posting of a year's index, document lists and positions put together:
    /// bigram → document → positions.</summary>
    public static Dictionary<string, Dictionary<int, List<int>>> Postings(UnitIndex index)
    {
        var files = index.Files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        var all = new Dictionary<string, Dictionary<int, List<int>>>(StringComparer.Ordinal);
        foreach (var file in files.Values.Where(f => f.Path.Contains("/p", StringComparison.Ordinal)))
        {
            var (key, data) = Read(file);
            var (_, positionData) = Read(files[file.Path.Replace("/p", "/q", StringComparison.Ordinal)]);
            var shard = int.Parse(key[(key.IndexOf('p') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(data.EnumerateObject().Select(e => e.Name), positionData.EnumerateObject().Select(e => e.Name));
            foreach (var entry in data.EnumerateObject())
            {
                Assert.Equal(shard, ShardHash.Shard(entry.Name, index.Info.Shards));
                var numbers = PostingCode.Decode(entry.Value.GetString()!);
                var positionNumbers = PostingCode.Decode(positionData.GetProperty(entry.Name).GetString()!);
                var docs = new Dictionary<int, List<int>>();
                var doc = 0;
                var at = 0;
                for (var i = 0; i < numbers.Count; i += 2)
                {
                    doc += numbers[i];
                    var count = numbers[i + 1] >> 1;
                    var positions = new List<int>();
                    var p = 0;
                    for (var j = 0; j < count; j++) positions.Add(p += positionNumbers[at++]);
                    Assert.Equal((numbers[i + 1] & 1) == 1, positions[0] < SearchIndex.TitleSpan);   // the headline flag
                    docs.Add(doc, positions);
                }
                Assert.Equal(positionNumbers.Count, at);
                all.Add(entry.Name, docs);
            }
        }
        return all;
    }
}
