using System.Collections.Immutable;
using System.Globalization;
using Site.Parsing.Diagnostics;
using Site.Parsing.Model;
using YamlDotNet.RepresentationModel;

namespace Site.Config;

/// <summary>Reads edition.yml's <c>overrides:</c> list. Every mistake names the file and line.</summary>
internal static class OverridesReader
{
    private const string FieldKeys = "kicker, headline, subheadline, byline, kind";

    /// <summary>The overrides that can be read; the mistakes of the others go to <paramref name="errors"/>,
    /// so one run reports them all.</summary>
    public static ImmutableArray<ArticleOverride> Read(string file, YamlNode node, List<Diagnostic> errors)
    {
        if (node is YamlScalarNode { Value: null or "" }) return [];
        if (node is not YamlSequenceNode list)
            throw new ConfigException(file, Line(node), "overrides must be a list (each entry starts with \"- page:\")");
        var read = ImmutableArray.CreateBuilder<ArticleOverride>();
        foreach (var entry in list.Children)
        {
            try
            {
                read.Add(Entry(file, entry));
            }
            catch (ConfigException e)
            {
                errors.AddRange(e.Diagnostics);
            }
        }
        return read.ToImmutable();
    }

    private static ArticleOverride Entry(string file, YamlNode node)
    {
        if (node is not YamlMappingNode map)
            throw new ConfigException(file, Line(node), "an override is a mapping: page:, headline: or number:, and set:, split:, merge:, drop: or publishedAs:");
        int? page = null, number = null;
        string? headline = null;
        var set = ArticleFields.None;
        ArticleSplit? split = null;
        var merge = false;
        var drop = false;
        int? publishedAs = null;
        foreach (var (k, v) in map.Children)
        {
            switch (Key(file, k))
            {
                case "page": page = Number(file, v, "page"); break;
                case "number": number = Number(file, v, "number"); break;
                case "headline": headline = Text(file, v, "headline"); break;
                case "set": set = Fields(file, v, "set", allowBefore: false).Fields; break;
                case "split": split = Split(file, v); break;
                case "merge":
                    merge = v is YamlScalarNode { Value: "next" }
                        ? true
                        : throw new ConfigException(file, Line(v), "merge takes one value: next (join the article with the next one)");
                    break;
                case "drop":
                    drop = v is YamlScalarNode { Value: "true" }
                        ? true
                        : throw new ConfigException(file, Line(v), "drop takes one value: true (publish the article as no article at all)");
                    break;
                case "publishedAs": publishedAs = Number(file, v, "publishedAs"); break;
                default:
                    throw new ConfigException(file, Line(k), $"unknown override setting \"{Key(file, k)}\" (known: page, headline, number, set, split, merge, drop, publishedAs)", ConfigCodes.UnknownKey);
            }
        }
        if (page is not { } p) throw new ConfigException(file, Line(node), "an override needs page: (the page the article is on)");
        if (headline is null && number is null)
            throw new ConfigException(file, Line(node), "an override needs headline: (the article's headline as parsed) or number: (its number on the page)");
        if (headline is { Length: 0 }) throw new ConfigException(file, Line(node), "headline: names the article by its headline as parsed; it cannot be empty");
        if (set == ArticleFields.None && split is null && !merge && !drop && publishedAs is null)
            throw new ConfigException(file, Line(node), "an override needs set:, split:, merge:, drop: or publishedAs: (what to correct)");
        if (split is not null && merge)
            throw new ConfigException(file, Line(node), "split: and merge: cannot be in one override; write two");
        if (drop && (set != ArticleFields.None || split is not null || merge || publishedAs is not null))
            throw new ConfigException(file, Line(node), "drop: removes the article; it cannot be with set:, split:, merge: or publishedAs:");
        return new ArticleOverride(Line(node), p, headline, number, set, split, merge, drop, publishedAs);
    }

    private static ArticleSplit Split(string file, YamlNode node)
    {
        var (fields, before) = Fields(file, node, "split", allowBefore: true);
        var publishedAs = ((YamlMappingNode)node).Children.Where(c => c.Key is YamlScalarNode { Value: "publishedAs" })
            .Select(c => (int?)Number(file, c.Value, "publishedAs")).FirstOrDefault();
        if (before is not { Length: > 0 })
            throw new ConfigException(file, Line(node), "split needs before: (the opening text of the paragraph that starts the new article)");
        if (fields.Headline is not { Length: > 0 })
            throw new ConfigException(file, Line(node), "split needs headline: (the new article's headline)");
        return new ArticleSplit(before, fields, Line(node), publishedAs);
    }

    private static (ArticleFields Fields, string? Before) Fields(string file, YamlNode node, string key, bool allowBefore)
    {
        if (node is not YamlMappingNode map)
            throw new ConfigException(file, Line(node), $"{key} must be a mapping of fields ({FieldKeys}{(allowBefore ? ", before, publishedAs" : "")})");
        var fields = ArticleFields.None;
        string? before = null;
        foreach (var (k, v) in map.Children)
        {
            var name = Key(file, k);
            fields = name switch
            {
                "kicker" => fields with { Kicker = Text(file, v, name) },
                "headline" => fields with { Headline = Text(file, v, name) },
                "subheadline" => fields with { Subheadline = Text(file, v, name) },
                "byline" => fields with { Byline = new OverrideText(Text(file, v, name), Line(v)) },
                "kind" => fields with { Kind = Kind(file, v) },
                "before" or "publishedAs" when allowBefore => fields,
                _ => throw new ConfigException(file, Line(k), $"unknown field \"{name}\" in {key} (known: {FieldKeys}{(allowBefore ? ", before, publishedAs" : "")})", ConfigCodes.UnknownKey),
            };
            if (name == "before") before = Text(file, v, name);
        }
        if (fields == ArticleFields.None && !allowBefore)
            throw new ConfigException(file, Line(node), $"{key} names no field to change ({FieldKeys})");
        return (fields, before);
    }

    private static ArticleKind Kind(string file, YamlNode node) =>
        Text(file, node, "kind") switch
        {
            "news" => ArticleKind.News,
            "commentary" => ArticleKind.Commentary,
            "photo" => ArticleKind.Photo,
            var other => throw new ConfigException(file, Line(node), $"kind must be news, commentary or photo, not \"{other}\""),
        };

    private static string Key(string file, YamlNode node) => node is YamlScalarNode { Value: { } v } ? v
        : throw new ConfigException(file, Line(node), "a key must be plain text");

    private static string Text(string file, YamlNode node, string key) => node is YamlScalarNode s ? (s.Value ?? "").Trim()
        : throw new ConfigException(file, Line(node), $"{key} must be a single text");

    private static int Number(string file, YamlNode node, string key) =>
        node is YamlScalarNode { Value: { } v } && int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : throw new ConfigException(file, Line(node), $"{key} must be a positive whole number");

    private static int Line(YamlNode node) => YamlSettings.Line(node);
}
