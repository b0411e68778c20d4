using static Site.CommandLine.OptionSpec;

namespace Site.CommandLine.Tests;

/// <summary>A small program declared as site and site-corpus declare theirs: a verb with file arguments, a
/// required option, a flag, options that exclude each other, and a verb that takes none.</summary>
internal static class ToyProgram
{
    public static readonly CommandSpec Copy = new("copy", "FILE...", 1, int.MaxValue, "copies FILEs into DIR", "Existing files are kept.",
    [
        Needed("to", "DIR", "where the copies go"),
        Valued("times", "1", "how many copies of each"),
        Valued("since", "YYYY-MM-DD", "only files changed since"),
        Valued("sizes", "1,2", "the sizes to make"),
        Valued("cache", ".cache", "where to keep what was copied", excludes: "no-cache"),
        Flag("no-cache", "keep nothing", excludes: "cache"),
        Flag("verbose", "say what is copied"),
    ]);

    public static readonly CommandSpec Status = new("status", null, 0, 0, "says what would be copied", "", []);

    public static readonly ProgramSpec Program = new("toy", [Copy, Status], "exit codes: 0 success, 2 bad usage\n");

    public static ParsedArguments Parse(params string[] args) => Program.Parse(args).Arguments;
}
