namespace Site.CommandLine;

/// <summary>A command line that cannot be understood (exit code 2).</summary>
/// <param name="command">The verb it was for, whose usage is shown with the message; null for the program's.</param>
public sealed class UsageException(string message, CommandSpec? command = null) : Exception(message)
{
    public CommandSpec? Command { get; } = command;
}
