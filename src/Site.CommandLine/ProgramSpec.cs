using System.Collections.Immutable;
using System.Reflection;

namespace Site.CommandLine;

/// <summary>A program of verbs: its usage, each verb's help, its version, and the parsing of a command line
/// against them. Every text a person reads about the command line is made here from the specs, so there is
/// one place to change it.</summary>
/// <param name="Name">As the person types it ("site").</param>
/// <param name="Footer">Under the verbs in the usage (exit codes).</param>
public sealed record ProgramSpec(string Name, ImmutableArray<CommandSpec> Commands, string Footer)
{
    public CommandSpec? Find(string verb) => Commands.FirstOrDefault(c => c.Verb == verb);

    /// <summary>Every verb with its usage lines and summary.</summary>
    public string Usage()
    {
        var o = new StringWriter { NewLine = "\n" };
        o.WriteLine("usage:");
        foreach (var command in Commands)
        {
            foreach (var line in command.UsageLines(Name, 96)) o.WriteLine("  " + line);
            foreach (var line in command.Summary.Split('\n')) o.WriteLine("      " + line);
        }
        o.WriteLine();
        o.WriteLine($"  {Name} help COMMAND    what COMMAND does and each of its options (also {Name} COMMAND --help)");
        o.WriteLine($"  {Name} --version       the version of {Name}");
        o.WriteLine();
        o.Write(Footer);
        return o.ToString().TrimEnd() + "\n";
    }

    /// <summary>One verb's usage, what it does, and each option on a line of its own.</summary>
    public string Help(CommandSpec command)
    {
        var o = new StringWriter { NewLine = "\n" };
        var lines = command.UsageLines(Name, 96).ToList();
        o.WriteLine("usage: " + lines[0]);
        foreach (var line in lines.Skip(1)) o.WriteLine("       " + line);
        o.WriteLine();
        foreach (var line in command.Summary.Split('\n')) o.WriteLine("  " + line);
        if (command.Details.Length > 0)
        {
            o.WriteLine();
            foreach (var line in command.Details.Split('\n')) o.WriteLine("  " + line);
        }
        if (!command.Options.IsEmpty)
        {
            o.WriteLine();
            o.WriteLine("options:");
            var width = command.Options.Max(x => x.Usage.Length) + 4;
            foreach (var option in command.Options) o.WriteLine($"  {option.Usage.PadRight(width)}{option.Help}");
        }
        o.WriteLine();
        o.Write(Footer);
        return o.ToString().TrimEnd() + "\n";
    }

    /// <summary>What follows a usage error: the verb's usage lines and where its help is.</summary>
    public string ShortUsage(CommandSpec command)
    {
        var lines = command.UsageLines(Name, 96).ToList();
        return string.Join("\n", ["usage: " + lines[0], .. lines.Skip(1).Select(l => "       " + l)])
               + $"\n(more: {Name} help {command.Verb})\n";
    }

    /// <summary>"site 1.0.0+6a656f4…": the assembly's informational version, which the SDK ends with the commit
    /// it was built from.</summary>
    public string Version(Assembly assembly) =>
        $"{Name} {assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? assembly.GetName().Version?.ToString() ?? "unknown"}";

    /// <summary>The verb and its arguments.</summary>
    /// <exception cref="UsageException">An unknown verb (with the nearest one), or its arguments are not understood.</exception>
    public (CommandSpec Command, ParsedArguments Arguments) Parse(IReadOnlyList<string> args)
    {
        if (args.Count == 0) throw new UsageException($"{Name} needs a command");
        var command = Find(args[0]) ?? throw new UsageException(
            $"unknown command \"{args[0]}\"{Suggest.DidYouMean(args[0], Commands.Select(c => c.Verb))}");
        return (command, ParsedArguments.Parse(command, args.Skip(1)));
    }

    /// <summary>Runs a command line: answers what every tool answers alike (no verb, --version, help, a verb's
    /// --help) and bad usage (exit 2, with the verb's usage line), and hands the rest to <paramref name="run"/>.</summary>
    /// <param name="assembly">The tool's, whose version --version prints.</param>
    public int Run(string[] args, TextWriter stdout, TextWriter stderr, Assembly assembly, Func<CommandSpec, ParsedArguments, int> run)
    {
        try
        {
            switch (args)
            {
                case []:
                    stderr.Write(Usage());
                    return 2;
                case ["--version"]:
                    stdout.WriteLine(Version(assembly));
                    return 0;
                case ["help" or "--help" or "-h"]:
                    stdout.Write(Usage());
                    return 0;
                case ["help", var verb]:
                    stdout.Write(Help(Find(verb) ?? throw new UsageException(
                        $"unknown command \"{verb}\"{Suggest.DidYouMean(verb, Commands.Select(c => c.Verb))}")));
                    return 0;
            }
            var (command, parsed) = Parse(args);
            if (parsed.HelpRequested)
            {
                stdout.Write(Help(command));
                return 0;
            }
            return run(command, parsed);
        }
        catch (UsageException e)
        {
            stderr.WriteLine($"error: {e.Message}");
            stderr.Write(e.Command is { } command ? ShortUsage(command) : Usage());
            return 2;
        }
    }
}
