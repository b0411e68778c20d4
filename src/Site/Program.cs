using Site.Cli;
using Site.Config;
using Site.Input;
using Site.Parsing.Input;

// The command line is thin: it reads arguments, calls the library, and maps failures to exit codes
// (0 success, 1 the input or site has errors, 2 bad usage).
var stdout = Console.Out;
var stderr = Console.Error;
Console.OutputEncoding = new System.Text.UTF8Encoding(false);
try
{
    return args switch
    {
        ["parse", .. var rest] => ParseCommand.Run(rest, stdout, stderr),
        ["build", .. var rest] => BuildCommand.Run(rest, stdout, stderr),
        ["help" or "--help" or "-h"] => Usage.Print(stdout, 0),
        _ => Usage.Print(stderr, 2),
    };
}
catch (UsageException e)
{
    stderr.WriteLine($"error: {e.Message}");
    Usage.Print(stderr, 2);
    return 2;
}
catch (Exception e) when (e is IssueFileException or ConfigException or InputException)
{
    stderr.WriteLine($"error: {e.Message}");
    return 1;
}
