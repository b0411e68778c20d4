using System.Globalization;

namespace Site.CommandLine;

/// <summary>A verb's file arguments and --options, checked against its spec: every option known, every value
/// given, no two options that exclude each other, as many files as it takes.</summary>
public sealed class ParsedArguments
{
    private readonly Dictionary<string, string?> options;

    private ParsedArguments(CommandSpec command, IReadOnlyList<string> given, IReadOnlyList<string> positional, Dictionary<string, string?> options, bool help)
    {
        (Command, Given, Positional, this.options, HelpRequested) = (command, given, positional, options, help);
    }

    public CommandSpec Command { get; }

    /// <summary>The arguments after the verb, as given.</summary>
    public IReadOnlyList<string> Given { get; }

    public IReadOnlyList<string> Positional { get; }

    /// <summary>--help (or -h) was given: the verb's help is wanted, nothing else.</summary>
    public bool HelpRequested { get; }

    /// <exception cref="UsageException">An unknown option (with the nearest known one), a missing value, two
    /// options that exclude each other, too few or too many file arguments.</exception>
    public static ParsedArguments Parse(CommandSpec command, IEnumerable<string> args)
    {
        var given = args.ToList();
        var positional = new List<string>();
        var options = new Dictionary<string, string?>(StringComparer.Ordinal);
        var help = false;
        using var e = given.GetEnumerator();
        while (e.MoveNext())
        {
            var arg = e.Current;
            if (arg is "--help" or "-h") { help = true; continue; }
            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg == "--") { positional.Add(arg); continue; }
            var (name, value) = arg.IndexOf('=') is var eq and > 0 ? (arg[2..eq], arg[(eq + 1)..]) : (arg[2..], null);
            var spec = command.Option(name) ?? throw new UsageException(
                $"{command.Verb} has no option --{name}{Suggest.DidYouMean(name, command.Options.Select(o => o.Name), "--")}", command);
            if (spec.Value is null)
            {
                if (value is not null) throw new UsageException($"--{name} takes no value (got \"{value}\")", command);
                options[name] = null;
            }
            else
            {
                if (value is null && !e.MoveNext()) throw new UsageException($"--{name} needs a value ({spec.Usage})", command);
                options[name] = value ?? e.Current;
            }
        }
        if (help) return new ParsedArguments(command, given, positional, options, help: true);
        foreach (var spec in command.Options)
            if (spec.Excludes is { } other && options.ContainsKey(spec.Name) && options.ContainsKey(other))
                throw new UsageException($"--{spec.Name} and --{other} contradict each other", command);
        foreach (var spec in command.Options)
            if (spec.Required && !options.ContainsKey(spec.Name)) throw new UsageException($"{command.Verb} needs --{spec.Name} {spec.Value}", command);
        if (positional.Count > command.MaxPositional)
            throw new UsageException(command.MaxPositional == 0
                ? $"{command.Verb} takes no file arguments (got \"{positional[0]}\")"
                : $"{command.Verb} takes {Counted(command.MaxPositional, command.Positional ?? "argument")} (got {positional.Count})", command);
        if (positional.Count < command.MinPositional)
            throw new UsageException($"{command.Verb} needs {command.Positional}", command);
        return new ParsedArguments(command, given, positional, options, help: false);
    }

    public bool Has(string option) => options.ContainsKey(option);

    /// <summary>The option's value, or null when it was not given.</summary>
    public string? String(string option) => options.GetValueOrDefault(option);

    public string Get(string option, string fallback) => String(option) ?? fallback;

    /// <exception cref="UsageException">The option was not given.</exception>
    public string Required(string option) => String(option) ?? throw new UsageException($"--{option} is required", Command);

    /// <exception cref="UsageException">Not a whole number from <paramref name="min"/> to <paramref name="max"/>.</exception>
    public int Int(string option, int fallback, int min = int.MinValue, int max = int.MaxValue)
    {
        if (String(option) is not { } text) return fallback;
        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) || n < min || n > max)
            throw new UsageException($"--{option} must be a whole number from {min} to {max}, not \"{text}\"", Command);
        return n;
    }

    /// <exception cref="UsageException">Not a date written YYYY-MM-DD.</exception>
    public DateOnly? Date(string option)
    {
        if (String(option) is not { } text) return null;
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : throw new UsageException($"--{option} must be a date written YYYY-MM-DD, not \"{text}\"", Command);
    }

    /// <summary>"1,3,10": a comma-separated list of whole numbers from 1 to <paramref name="max"/>.</summary>
    public IReadOnlyList<int> Ints(string option, IReadOnlyList<int> fallback, int max)
    {
        if (String(option) is not { } text) return fallback;
        var list = new List<int>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1 || n > max)
                throw new UsageException($"--{option} takes whole numbers from 1 to {max} separated by commas, not \"{text}\"", Command);
            list.Add(n);
        }
        return list.Count > 0 ? list : throw new UsageException($"--{option} needs at least one number", Command);
    }

    private static string Counted(int n, string what) => n == 1 ? $"one {what}" : $"{n} {what}";
}
