namespace Site.CommandLine;

/// <summary>One --option of a command.</summary>
/// <param name="Name">Without the dashes ("base-url").</param>
/// <param name="Value">What the value is, as usage shows it (its default where it has one: "input", "5080",
/// "YYYY-MM-DD"); null for a flag, which takes none.</param>
/// <param name="Help">One line: what it does.</param>
/// <param name="Excludes">The option it cannot be given with, shown together as "[--a | --b]".</param>
/// <param name="Required">The command cannot run without it (shown without brackets).</param>
public sealed record OptionSpec(string Name, string? Value, string Help, string? Excludes = null, bool Required = false)
{
    public static OptionSpec Needed(string name, string value, string help) => new(name, value, help, Required: true);

    public static OptionSpec Flag(string name, string help, string? excludes = null) => new(name, null, help, excludes);

    public static OptionSpec Valued(string name, string value, string help, string? excludes = null) => new(name, value, help, excludes);

    /// <summary>"--input input" or "--strict".</summary>
    public string Usage => Value is null ? $"--{Name}" : $"--{Name} {Value}";
}
