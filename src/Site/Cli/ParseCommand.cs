using Site.CommandLine;
using Site.Parsing.Model;
using Site.Parsing.Output;
using Site.Parsing;

namespace Site.Cli;

/// <summary>`parse FILE [--json | --text] [--config site.yml]`: the parse of one raw issue, or the text the
/// parser reads (for a PDF, its lines in the reading order found by position).</summary>
public static class ParseCommand
{
    public static int Run(ParsedArguments args, TextWriter stdout, TextWriter stderr)
    {
        var config = ConfigLocator.Load(args, args.Get("input", "input"), stderr);
        if (args.Has("text"))
        {
            stdout.Write(IssueFile.ReadText(args.Positional[0]));
            return 0;
        }
        var issue = IssueFile.Parse(args.Positional[0], config.Parser);
        if (args.Has("json"))
        {
            stdout.Write(ContractJson.Write(issue));
            foreach (var w in issue.Warnings) stderr.WriteLine(Summary.Warning(args.Positional[0], w));
        }
        else Summary.WriteIssue(issue, args.Positional[0], stdout);
        return 0;
    }
}
