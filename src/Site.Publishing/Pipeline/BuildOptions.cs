using System.Collections.Immutable;
using Site.Parsing.Diagnostics;

namespace Site.Publishing.Pipeline;

/// <param name="InputFolder">input/: site.yml, issues/, and an optional theme/ of overrides.</param>
/// <param name="ThemesFolder">Where themes live (themes/default/…).</param>
/// <param name="BaseUrl">Overrides site.yml's baseUrl when given.</param>
/// <param name="CacheFolder">Where the build keeps parsed editions and what it last wrote, to rebuild only
/// what changed; null for a clean build that reads and writes no cache.</param>
/// <param name="Strict">Warnings fail the build like errors (and leave the output untouched).</param>
/// <param name="CompileTemplates">Render with the theme's templates compiled (the same bytes as Scriban's
/// interpreter, faster); false interprets them, which the tests use to compare the two.</param>
public sealed record BuildOptions(string InputFolder, string OutputFolder, string ThemesFolder, string? BaseUrl = null,
    string? ConfigPath = null, string? CacheFolder = null, bool Strict = false, bool CompileTemplates = true);

/// <summary>What a build did.</summary>
/// <param name="EditionsParsed">Editions parsed from their raw text (the rest came from the cache or were
/// not re-rendered at all).</param>
/// <param name="EditionsRendered">Editions whose pages were rendered (the rest were kept from the last build).</param>
/// <param name="TemplatesInterpretedBecause">Why the theme's templates were interpreted rather than compiled
/// (a construct the compiler does not take, and where); null when they were compiled.</param>
/// <param name="TemplateFallbacks">Pages the compiled templates left to the interpreter.</param>
/// <param name="FirstTemplateFallback">What the first of those met, and in which template.</param>
public sealed record BuildReport(
    int Editions, int Pages, int Articles,
    int FilesWritten, int FilesUnchanged, int FilesDeleted,
    ImmutableArray<Diagnostic> Warnings, TimeSpan Elapsed, int EditionsParsed = 0, int EditionsRendered = 0,
    string? TemplatesInterpretedBecause = null, int TemplateFallbacks = 0, string? FirstTemplateFallback = null,
    ImmutableArray<string> Notes = default);

/// <summary>A build that cannot publish its input; nothing in the output folder was touched.</summary>
/// <param name="errors">Every problem that stopped it, in order (with --strict, warnings too).</param>
public sealed class BuildFailedException(ImmutableArray<Diagnostic> errors) : DiagnosticException(errors)
{
    public ImmutableArray<Diagnostic> Errors => Diagnostics;
}
