using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Site.Parsing.Diagnostics;
using Site.Parsing.Rules;
using YamlDotNet.RepresentationModel;

namespace Site.Config;

/// <summary>Reads site.yml. Every mistake — bad YAML, an unknown key, a wrong type, a broken pattern —
/// is reported with the file and line, so a maintainer can fix it without guessing.</summary>
public static partial class SiteConfigReader
{
    public static SiteConfig Load(string path) => Read(path).Config;

    /// <summary>The configuration and the bytes it was parsed from, read once (a build keys its cache on
    /// the very bytes it parsed).</summary>
    public static (SiteConfig Config, byte[] Bytes) Read(string path)
    {
        if (!File.Exists(path)) throw new ConfigException(path, 0, "the file does not exist", ConfigCodes.MissingFile);
        var bytes = File.ReadAllBytes(path);
        using var text = new StreamReader(new MemoryStream(bytes), System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return (Parse(text.ReadToEnd(), path), bytes);
    }

    public static SiteConfig Parse(string yaml, string file)
    {
        if (YamlSettings.Root(yaml, file) is not { } root) return SiteConfig.Default;

        var config = SiteConfig.Default;
        var reader = new NodeReader(file);
        foreach (var (keyNode, value) in root.Children)
        {
            // Each setting on its own: one run reports every mistake in the file.
            reader.Try(() =>
            {
                var key = reader.Key(keyNode);
                config = key switch
                {
                    "title" => config with { Title = reader.Scalar(value, key) },
                    "baseUrl" => config with { BaseUrl = BaseUrl(reader, value) },
                    "language" => config with { Language = reader.Scalar(value, key) },
                    "theme" => config with { Theme = Slug(reader, value, key), ThemeLine = Line(value) },
                    "sections" => config with { Sections = Sections(reader, value) },
                    "parser" => config with { Parser = Parser(reader, value) },
                    _ => throw new ConfigException(file, Line(keyNode), $"unknown setting \"{key}\" (known: title, baseUrl, language, theme, sections, parser)", ConfigCodes.UnknownKey),
                };
            });
        }
        return reader.Errors.Count > 0 ? throw new ConfigException(reader.Errors) : config;
    }

    private static string? BaseUrl(NodeReader reader, YamlNode node)
    {
        var url = Config.BaseUrl.Parse(reader.Scalar(node, "baseUrl"), out var problem);
        return problem is null ? url : throw new ConfigException(reader.File, Line(node), $"baseUrl {problem}");
    }

    private static ImmutableSortedDictionary<string, string> Sections(NodeReader reader, YamlNode node)
    {
        var sections = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var (k, v) in reader.Mapping(node, "sections"))
            reader.Try(() => sections[reader.Key(k)] = Slug(reader, v, "sections." + reader.Key(k)));
        return sections.ToImmutable();
    }

    private static ParserRules Parser(NodeReader reader, YamlNode node)
    {
        var d = ParserRules.Default;
        IEnumerable<string> noiseLines = d.NoiseLines, columnists = d.Columnists, teaserLabels = d.TeaserLabels;
        var patterns = new List<(string Pattern, YamlNode? Node)>();
        var editionName = (Pattern: d.EditionName.ToString(), Node: (YamlNode?)null);
        foreach (var (k, v) in reader.Mapping(node, "parser"))
            reader.Try(() =>
        {
            switch (reader.Key(k))
            {
                case "noiseLines": noiseLines = reader.Strings(v, "parser.noiseLines").Select(x => x.Value); break;
                case "noisePatterns": patterns.AddRange(reader.Strings(v, "parser.noisePatterns").Select(x => (x.Value, (YamlNode?)x.Node))); break;
                case "columnists": columnists = reader.Strings(v, "parser.columnists").Select(x => x.Value); break;
                case "teaserLabels": teaserLabels = reader.Strings(v, "parser.teaserLabels").Select(x => x.Value); break;
                case "editionName": editionName = (reader.Scalar(v, "parser.editionName"), v); break;
                default:
                    throw new ConfigException(reader.File, Line(k),
                        $"unknown parser setting \"{reader.Key(k)}\" (known: noiseLines, noisePatterns, columnists, teaserLabels, editionName)",
                        ConfigCodes.UnknownKey);
            }
        });
        foreach (var (pattern, at) in patterns.Append(editionName))
        {
            if (at is null) continue;
            reader.Try(() =>
            {
                try { ParserRules.Compile(pattern); }
                catch (ArgumentException e) { throw new ConfigException(reader.File, Line(at), e.Message); }
            });
        }
        // The file is refused anyway; its rules are not made of what could not be read.
        if (reader.Errors.Count > 0) return d;
        return ParserRules.Create(noiseLines, patterns.Select(p => p.Pattern), columnists, editionName.Pattern, teaserLabels);
    }

    private static string Slug(NodeReader reader, YamlNode node, string key)
    {
        var value = reader.Scalar(node, key);
        if (!SlugPattern().IsMatch(value))
            throw new ConfigException(reader.File, Line(node), $"{key} must be lower-case ASCII letters, digits and hyphens (it becomes part of a URL), not \"{value}\"");
        return value;
    }

    internal static int Line(YamlNode node) => YamlSettings.Line(node);

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex SlugPattern();

    /// <summary>Typed access to YAML nodes that fails with the file and line.</summary>
    private sealed class NodeReader(string file)
    {
        public string File { get; } = file;

        /// <summary>Every mistake found so far.</summary>
        public List<Diagnostic> Errors { get; } = [];

        /// <summary>Reads one part of the file; a mistake in it is kept and the reading goes on.</summary>
        public void Try(Action read)
        {
            try
            {
                read();
            }
            catch (ConfigException e)
            {
                Errors.AddRange(e.Diagnostics);
            }
        }

        public string Key(YamlNode node) => node is YamlScalarNode { Value: { } v } ? v
            : throw new ConfigException(File, Line(node), "a key must be plain text");

        public string Scalar(YamlNode node, string key) => node is YamlScalarNode s ? s.Value ?? ""
            : throw new ConfigException(File, Line(node), $"{key} must be a single value");

        public IEnumerable<KeyValuePair<YamlNode, YamlNode>> Mapping(YamlNode node, string key) =>
            node switch
            {
                YamlMappingNode m => m.Children,
                YamlScalarNode { Value: null or "" } => [],
                _ => throw new ConfigException(File, Line(node), $"{key} must be a mapping (key: value lines)"),
            };

        public List<(string Value, YamlNode Node)> Strings(YamlNode node, string key) =>
            node switch
            {
                YamlSequenceNode seq => [.. seq.Children.Select(c => (Scalar(c, key), c))],
                YamlScalarNode { Value: null or "" } => [],
                _ => throw new ConfigException(File, Line(node), $"{key} must be a list (lines starting with \"- \")"),
            };
    }
}
