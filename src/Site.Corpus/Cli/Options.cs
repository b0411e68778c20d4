using System.Globalization;

namespace Site.Corpus.Cli;

/// <summary>A command line that cannot be understood (exit code 2).</summary>
public sealed class UsageException(string message) : Exception(message);

/// <summary>The --options of one verb. Every option takes a value except the declared flags.</summary>
public sealed class Options
{
    private readonly Dictionary<string, string?> values = new(StringComparer.Ordinal);

    public static Options Parse(IEnumerable<string> args, IReadOnlySet<string> valued, IReadOnlySet<string> flags)
    {
        var options = new Options();
        using var e = args.GetEnumerator();
        while (e.MoveNext())
        {
            var arg = e.Current;
            if (!arg.StartsWith("--", StringComparison.Ordinal)) throw new UsageException($"unexpected argument \"{arg}\"");
            var (name, value) = arg.IndexOf('=') is var eq and > 0 ? (arg[2..eq], arg[(eq + 1)..]) : (arg[2..], null);
            if (flags.Contains(name) && value is null) options.values[name] = null;
            else if (valued.Contains(name))
            {
                if (value is null && !e.MoveNext()) throw new UsageException($"--{name} needs a value");
                options.values[name] = value ?? e.Current;
            }
            else throw new UsageException($"unknown option --{name}");
        }
        return options;
    }

    public bool Has(string name) => values.ContainsKey(name);

    public string? String(string name) => values.GetValueOrDefault(name);

    public string Required(string name) => String(name) ?? throw new UsageException($"--{name} is required");

    public int Int(string name, int fallback, int min = int.MinValue, int max = int.MaxValue)
    {
        if (String(name) is not { } text) return fallback;
        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) || n < min || n > max)
            throw new UsageException($"--{name} must be a whole number from {min} to {max}, not \"{text}\"");
        return n;
    }

    public DateOnly Date(string name, DateOnly fallback)
    {
        if (String(name) is not { } text) return fallback;
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : throw new UsageException($"--{name} must be a date written YYYY-MM-DD, not \"{text}\"");
    }

    /// <summary>"1,3,10": a comma-separated list of positive whole numbers.</summary>
    public IReadOnlyList<int> Ints(string name, IReadOnlyList<int> fallback, int max)
    {
        if (String(name) is not { } text) return fallback;
        var list = new List<int>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1 || n > max)
                throw new UsageException($"--{name} takes whole numbers from 1 to {max} separated by commas, not \"{text}\"");
            list.Add(n);
        }
        return list.Count > 0 ? list : throw new UsageException($"--{name} needs at least one number");
    }
}
