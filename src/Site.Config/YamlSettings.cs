using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Site.Config;

/// <summary>The top level of a settings file: a mapping of keys to values, or nothing at all.</summary>
internal static class YamlSettings
{
    /// <summary>The root mapping; null for an empty file.</summary>
    /// <exception cref="ConfigException">Not YAML, or not a mapping (names file and line).</exception>
    public static YamlMappingNode? Root(string yaml, string file)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            throw new ConfigException(file, (int)e.Start.Line, e.Message);
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" }) return null;
        return stream.Documents[0].RootNode as YamlMappingNode
            ?? throw new ConfigException(file, Line(stream.Documents[0].RootNode), "expected a mapping of settings (key: value)");
    }

    public static int Line(YamlNode node) => (int)node.Start.Line;
}
