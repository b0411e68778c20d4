using System.Collections.Immutable;
using System.Globalization;
using Site.Config;
using Site.Parsing.Diagnostics;
using Site.Publishing.Documents;

namespace Site.Publishing.Pipeline;

/// <summary>Checks edition.yml's page names against the pages there are: a page without a name is
/// published in no section (no section listing, no section on its articles), and a name for a page the
/// edition does not have names nothing. Neither stops a build; both fail it under --strict.</summary>
public static class PageNames
{
    public static IEnumerable<Diagnostic> Check(EditionSource source, IEnumerable<int> pages, EditionManifest manifest)
    {
        var present = pages.ToImmutableSortedSet();
        var unnamed = present.Where(p => !manifest.PageNames.ContainsKey(p)).ToList();
        if (unnamed.Count > 0)
        {
            var list = string.Join(", ", unnamed.Select(p => p.ToString(CultureInfo.InvariantCulture)));
            var example = string.Create(CultureInfo.InvariantCulture, $"{unnamed[0]}: 要闻");
            yield return source.ManifestPath is { } manifest1
                ? Diagnostic.Warning(manifest1, Math.Max(manifest.PagesLine, 1), InputCodes.UnnamedPage,
                    $"{Pages(unnamed.Count)} {list} {(unnamed.Count == 1 ? "has" : "have")} no name here, so {(unnamed.Count == 1 ? "it is" : "they are")} published in no section",
                    $"name each page under pages: ({example}), as its masthead prints it")
                : Diagnostic.Warning(PageFile(source, unnamed[0]), 0, InputCodes.UnnamedPage,
                    $"the edition has no edition.yml, so {Pages(unnamed.Count)} {list} {(unnamed.Count == 1 ? "has" : "have")} no name and {(unnamed.Count == 1 ? "is" : "are")} published in no section",
                    $"write {ManifestFor(source)} with pages: ({example})");
        }
        if (source.ManifestPath is not { } path) yield break;
        foreach (var (page, name) in manifest.PageNames.Where(p => !present.Contains(p.Key)))
            yield return Diagnostic.Warning(path, manifest.PageLines.GetValueOrDefault(page, manifest.PagesLine), InputCodes.NoSuchPage,
                string.Create(CultureInfo.InvariantCulture, $"page {page} is named \"{name}\", but the edition has no page {page}"),
                source.SingleFile ? "the file's pages are counted by its form feeds" : $"its file would be {Path.Combine(Folder(source), string.Create(CultureInfo.InvariantCulture, $"{page:00}.txt"))}");
    }

    private static string Pages(int count) => count == 1 ? "page" : "pages";

    /// <summary>Where the edition's edition.yml goes: beside its pages, or beside its one file, named like it.</summary>
    private static string ManifestFor(EditionSource source) =>
        source.SingleFile ? Path.ChangeExtension(source.Files[0], ".yml") : Path.Combine(Folder(source), "edition.yml");

    private static string Folder(EditionSource source) => Path.GetDirectoryName(source.Files[0]) ?? "";

    /// <summary>The file of a page: its own, or the edition's one file.</summary>
    private static string PageFile(EditionSource source, int page) =>
        source.SingleFile ? source.Files[0] : source.Files[source.PageNumbers.IndexOf(page)];
}
