using System.Collections.Immutable;

namespace Site.Publishing.Pipeline;

/// <param name="InputFolder">input/: site.yml, issues/, and an optional theme/ of overrides.</param>
/// <param name="ThemesFolder">Where themes live (themes/default/…).</param>
/// <param name="BaseUrl">Overrides site.yml's baseUrl when given.</param>
/// <param name="Strict">Warnings fail the build like errors (and leave the output untouched).</param>
public sealed record BuildOptions(string InputFolder, string OutputFolder, string ThemesFolder, string? BaseUrl = null, string? ConfigPath = null,
    bool Strict = false);

/// <summary>What a build did.</summary>
public sealed record BuildReport(
    int Editions, int Pages, int Articles,
    int FilesWritten, int FilesUnchanged, int FilesDeleted,
    ImmutableArray<string> Warnings, TimeSpan Elapsed);

/// <summary>A build that cannot publish its input; nothing in the output folder was touched.</summary>
public sealed class BuildFailedException(IReadOnlyList<string> errors)
    : Exception(string.Join(Environment.NewLine, errors))
{
    public IReadOnlyList<string> Errors { get; } = errors;
}
