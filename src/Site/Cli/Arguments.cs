namespace Site.Cli;

/// <summary>A command line that cannot be understood (exit code 2).</summary>
public sealed class UsageException(string message) : Exception(message);

/// <summary>The verb's positional arguments and its --options.</summary>
public sealed record Arguments(IReadOnlyList<string> Positional, IReadOnlyDictionary<string, string?> Options)
{
    /// <param name="flags">Options that take no value.</param>
    /// <param name="valued">Options that take a value.</param>
    public static Arguments Parse(IEnumerable<string> args, ISet<string> flags, ISet<string> valued)
    {
        var positional = new List<string>();
        var options = new Dictionary<string, string?>(StringComparer.Ordinal);
        using var e = args.GetEnumerator();
        while (e.MoveNext())
        {
            var arg = e.Current;
            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg == "--") { positional.Add(arg); continue; }
            var (name, value) = arg.IndexOf('=') is var eq and > 0 ? (arg[2..eq], arg[(eq + 1)..]) : (arg[2..], null);
            if (flags.Contains(name) && value is null) options[name] = null;
            else if (valued.Contains(name))
            {
                if (value is null && !e.MoveNext()) throw new UsageException($"--{name} needs a value");
                options[name] = value ?? e.Current;
            }
            else throw new UsageException($"unknown option --{name}");
        }
        return new(positional, options);
    }

    public bool Has(string option) => Options.ContainsKey(option);

    public string Get(string option, string fallback) => Options.TryGetValue(option, out var v) && v is not null ? v : fallback;
}
