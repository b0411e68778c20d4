using System.Collections.Immutable;

namespace Site.Parsing.Rules;

/// <summary>What the parser knows about one newspaper beyond the conventions all Chinese papers share:
/// its app and account names, its slogans' shapes, its columnists. A maintainer edits these in
/// input/site.yml; nothing particular to one paper is written in C#.</summary>
/// <param name="NoiseLines">Blocks that are noise when their text (whitespace removed) equals one of these.</param>
/// <param name="NoisePatterns">Blocks that are noise when their text (whitespace removed) matches one of these.</param>
/// <param name="Columnists">Pen names whose pieces are commentary (评论), with or without a ■ before them.</param>
/// <param name="EditionName">Matches the edition-name line of the masthead ("平湖版").</param>
/// <param name="TeaserLabels">Labels that open a 导读 box.</param>
public sealed record ParserRules(
    ImmutableArray<string> NoiseLines,
    ImmutableArray<Pattern> NoisePatterns,
    ImmutableArray<string> Columnists,
    Pattern EditionName,
    ImmutableArray<string> TeaserLabels)
{
    /// <summary>Only the conventions every paper shares: no paper's own names or slogans.</summary>
    public static readonly ParserRules Default = Create([], [], [], @"^\S{1,6}版$", ["导读"]);

    /// <summary>Builds rules from the strings a configuration file holds. Patterns are .NET regular
    /// expressions run without backtracking, so no pattern can make parsing slow.</summary>
    /// <exception cref="ArgumentException">A pattern is not a valid regular expression; the message names it.</exception>
    public static ParserRules Create(
        IEnumerable<string> noiseLines,
        IEnumerable<string> noisePatterns,
        IEnumerable<string> columnists,
        string editionName,
        IEnumerable<string> teaserLabels) =>
        new([.. noiseLines.Select(Text.TextShape.Compact).Where(s => s.Length > 0)],
            [.. noisePatterns.Select(Compile)],
            [.. columnists.Select(Text.TextShape.Compact).Where(s => s.Length > 0)],
            Compile(editionName),
            [.. teaserLabels.Select(Text.TextShape.Compact).Where(s => s.Length > 0)]);

    /// <exception cref="ArgumentException">Not a valid regular expression; the message names it.</exception>
    public static Pattern Compile(string pattern) => Pattern.Compile(pattern);

    /// <summary>True when a block's text (whitespace removed) is noise by this paper's rules.</summary>
    public bool IsNoise(string compactText)
    {
        foreach (var line in NoiseLines) if (compactText == line) return true;
        foreach (var pattern in NoisePatterns) if (pattern.IsMatch(compactText)) return true;
        return false;
    }

    public bool IsColumnist(string compactText) => Columnists.Contains(compactText);
}
