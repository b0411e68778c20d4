using System.Runtime.ExceptionServices;
using Site.Parsing.Model;
using Site.Parsing.Rules;

namespace Site.Parsing.Tests.Properties;

/// <summary>Runs the parser so that a hang fails a test instead of blocking the run, and states the
/// accounting promise as an assertion with a readable message.</summary>
internal static class Guarded
{
    /// <summary>Generous for the few-kilobyte inputs the properties generate: a parse of a seed takes
    /// milliseconds, so only a hang or a runaway algorithm comes near it.</summary>
    public static readonly TimeSpan SmallInputTimeout = TimeSpan.FromSeconds(10);

    public static ParsedIssue Parse(string text, ParserRules rules, TimeSpan? timeout = null, string source = "property.txt")
    {
        var limit = timeout ?? SmallInputTimeout;
        var task = Task.Run(() => IssueParser.Parse(text, source, rules));
        try
        {
            if (!task.Wait(limit))
                throw new TimeoutException(
                    $"IssueParser.Parse did not return within {limit.TotalSeconds:0.#} s on a {text.Length}-char input " +
                    $"(starts {CharacterLedger.Snippet(text, 0)})");
        }
        catch (AggregateException e) when (e.InnerExceptions.Count == 1)
        {
            ExceptionDispatchInfo.Capture(e.InnerException!).Throw();
        }
        return task.Result;
    }

    /// <summary>Parses and checks the ledger; throws with the ledger's report when it does not balance.</summary>
    public static ParsedIssue ParseAndBalance(string text, ParserRules rules, string what, TimeSpan? timeout = null,
        LedgerUnit unit = LedgerUnit.Scalar)
    {
        var issue = Parse(text, rules, timeout);
        AssertBalances(text, issue, what, unit);
        return issue;
    }

    public static void AssertBalances(string text, ParsedIssue issue, string what, LedgerUnit unit = LedgerUnit.Scalar)
    {
        var ledger = CharacterLedger.Of(text, issue, unit);
        if (!ledger.Balances)
            throw new LedgerException($"{what}: {ledger}");
    }
}

public sealed class LedgerException(string message) : Exception(message);
