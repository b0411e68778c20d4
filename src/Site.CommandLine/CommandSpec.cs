using System.Collections.Immutable;

namespace Site.CommandLine;

/// <summary>One verb of a program: what it takes and what it does, from which its usage line, its help and
/// the parsing of its command line all come.</summary>
/// <param name="Verb">"build".</param>
/// <param name="Positional">The file arguments as usage shows them ("FILE...", "DIR"); null for none.</param>
/// <param name="MinPositional">How many file arguments it needs at least.</param>
/// <param name="MaxPositional">At most (int.MaxValue for any number).</param>
/// <param name="Summary">A few lines under its usage line in the program's usage.</param>
/// <param name="Details">More, for its own help (`site help build`); may be empty.</param>
public sealed record CommandSpec(
    string Verb, string? Positional, int MinPositional, int MaxPositional, string Summary, string Details,
    ImmutableArray<OptionSpec> Options)
{
    public OptionSpec? Option(string name) => Options.FirstOrDefault(o => o.Name == name);

    /// <summary>"build [--input input] … [--cache .site-cache | --no-cache] …", wrapped at <paramref name="width"/>
    /// with continuation lines under the first option.</summary>
    public IEnumerable<string> UsageLines(string program, int width = 100)
    {
        var head = Positional is null ? $"{program} {Verb}" : $"{program} {Verb} {Positional}";
        var parts = new List<string>();
        foreach (var option in Options)
        {
            if (option.Excludes is { } other && Options.Any(o => o.Name == other && Options.IndexOf(o) < Options.IndexOf(option))) continue;
            parts.Add(option.Excludes is { } pair && Option(pair) is { } partner ? $"[{option.Usage} | {partner.Usage}]"
                : option.Required ? option.Usage : $"[{option.Usage}]");
        }
        var line = head;
        var indent = new string(' ', head.Length + 1);
        foreach (var part in parts)
        {
            if (line.Length + 1 + part.Length > width && line.Trim().Length > 0 && line != head)
            {
                yield return line;
                line = indent + part;
            }
            else line += " " + part;
        }
        yield return line;
    }
}
