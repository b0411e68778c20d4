namespace Site.Config;

/// <summary>A configuration file that cannot be used; the message names the file and line.</summary>
public sealed class ConfigException(string file, int line, string problem)
    : Exception($"{file}:{line}: {problem}")
{
    public string File { get; } = file;
    public int Line { get; } = line;
    public string Problem { get; } = problem;
}
