using Site.Parsing.Model;
using Site.Testing;

namespace Site.Parsing.Tests.Support;

/// <summary>Parses an excerpt of a raw issue with the sample paper's rules.</summary>
public static class Parse
{
    public static ParsedIssue Text(string raw) => IssueParser.Parse(raw, "excerpt.txt", Repo.Rules);

    public static Article Single(string raw)
    {
        var issue = Text(raw);
        Assert.True(issue.Articles.Length == 1,
            $"expected one article, got {issue.Articles.Length}: {string.Join(" / ", issue.Articles.Select(a => a.Headline))}");
        return issue.Articles[0];
    }
}
