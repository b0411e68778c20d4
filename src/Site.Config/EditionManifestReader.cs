using System.Collections.Immutable;
using System.Globalization;
using Site.Parsing.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Site.Config;

/// <summary>Reads edition.yml; every mistake names the file and line, and all of a file's mistakes are
/// reported at once.</summary>
public static class EditionManifestReader
{
    public static EditionManifest Load(string path) =>
        File.Exists(path) ? Parse(File.ReadAllText(path), path) : EditionManifest.Empty;

    /// <exception cref="ConfigException">Every mistake in the file.</exception>
    public static EditionManifest Parse(string yaml, string file)
    {
        if (YamlSettings.Root(yaml, file) is not { } root) return EditionManifest.Empty;

        var manifest = EditionManifest.Empty;
        var errors = new List<Diagnostic>();
        foreach (var (k, v) in root.Children)
        {
            var key = (k as YamlScalarNode)?.Value;
            try
            {
                manifest = key switch
                {
                    "date" => manifest with { Date = Date(file, v), DateLine = Line(v) },
                    "issueNumber" => manifest with { IssueNumber = Number(file, v, "issueNumber") },
                    "pages" => Pages(file, v, errors) is var (names, lines) ? manifest with { PageNames = names, PageLines = lines, PagesLine = Line(k) } : manifest,
                    "overrides" => manifest with { Overrides = OverridesReader.Read(file, v, errors) },
                    _ => throw new ConfigException(file, Line(k), $"unknown setting \"{key}\" (known: date, issueNumber, pages, overrides)", ConfigCodes.UnknownKey),
                };
            }
            catch (ConfigException e)
            {
                errors.AddRange(e.Diagnostics);
            }
        }
        return errors.Count > 0 ? throw new ConfigException(errors) : manifest;
    }

    private static DateOnly Date(string file, YamlNode node) =>
        node is YamlScalarNode { Value: { } v } && DateOnly.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw new ConfigException(file, Line(node), "date must be written YYYY-MM-DD");

    private static int Number(string file, YamlNode node, string key) =>
        node is YamlScalarNode { Value: { } v } && int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : throw new ConfigException(file, Line(node), $"{key} must be a positive whole number");

    private static (ImmutableSortedDictionary<int, string> Names, ImmutableSortedDictionary<int, int> Lines) Pages(
        string file, YamlNode node, List<Diagnostic> errors)
    {
        if (node is YamlScalarNode { Value: null or "" }) return (ImmutableSortedDictionary<int, string>.Empty, ImmutableSortedDictionary<int, int>.Empty);
        if (node is not YamlMappingNode map)
            throw new ConfigException(file, Line(node), "pages must map page numbers to names (1: 要闻)");
        var pages = ImmutableSortedDictionary.CreateBuilder<int, string>();
        var lines = ImmutableSortedDictionary.CreateBuilder<int, int>();
        foreach (var (k, v) in map.Children)
        {
            try
            {
                var number = Number(file, k, "a page number");
                if (v is not YamlScalarNode { Value: { Length: > 0 } name })
                    throw new ConfigException(file, Line(v), $"page {number} needs a name");
                if (!pages.TryAdd(number, name.Trim()))
                    throw new ConfigException(file, Line(k), $"page {number} is named twice");
                lines[number] = Line(k);
            }
            catch (ConfigException e)
            {
                errors.AddRange(e.Diagnostics);
            }
        }
        return (pages.ToImmutable(), lines.ToImmutable());
    }

    private static int Line(YamlNode node) => YamlSettings.Line(node);
}
