using System.Diagnostics;
using System.Text;
using Xunit.Abstractions;

namespace Site.Parsing.Tests.Properties;

/// <summary>Given inputs far larger than any real page (one 2 MB line; 200,000 short lines, in blocks or in one block), when they are
/// parsed, then the parse ends within a generous limit and still accounts for every character. A
/// quadratic step shows up here as a timeout instead of a CI job that never finishes.</summary>
[Trait("Speed", "Slow")]
public sealed class PathologicalSizeTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);
    private const int TwoMegabytes = 2 * 1024 * 1024;

    /// <summary>The seeds' visible text, whitespace removed, concatenated and repeated until the UTF-8
    /// form reaches 2 MB: one line with no break at all.</summary>
    private static string OneLongLine()
    {
        var visible = string.Concat(Repo.Seeds.Select(s => new string([.. s.Text.Where(c => !char.IsWhiteSpace(c))])));
        var sb = new StringBuilder();
        while (Encoding.UTF8.GetByteCount(sb.ToString()) < TwoMegabytes) sb.Append(visible);
        return sb.ToString();
    }

    /// <summary>200,000 lines of 13 characters, the width of seed 001's narrow columns, cut from the seeds'
    /// visible text; with a blank line after every eighth line (many blocks), or none (one block).</summary>
    private static string ManyShortLines(bool blankLines)
    {
        var visible = string.Concat(Repo.Seeds.Select(s => new string([.. s.Text.Where(c => !char.IsWhiteSpace(c))])));
        var sb = new StringBuilder();
        var at = 0;
        for (var i = 0; i < 200_000; i++)
        {
            if (at + 13 > visible.Length) at = 0;
            sb.Append(visible, at, 13).Append('\n');
            at += 13;
            if (blankLines && i % 8 == 7) sb.Append('\n');
        }
        return sb.ToString();
    }

    private void ParsesInTime(string text, string what)
    {
        var watch = Stopwatch.StartNew();
        var issue = Guarded.Parse(text, Repo.SiteRules, Limit);
        var parsed = watch.Elapsed;
        Guarded.AssertBalances(text, issue, what);
        output.WriteLine($"{what}: {text.Length:N0} chars, {Encoding.UTF8.GetByteCount(text):N0} UTF-8 bytes, " +
                         $"parsed in {parsed.TotalMilliseconds:N0} ms into {issue.Articles.Length} articles, {issue.Noise.Length} noise blocks");
    }

    [Fact]
    public void A_2_MB_single_line_parses_in_time() => ParsesInTime(OneLongLine(), "one 2 MB line");

    [Fact]
    public void Two_hundred_thousand_short_lines_parse_in_time() => ParsesInTime(ManyShortLines(blankLines: true), "200,000 short lines");

    /// <summary>The same lines with every blank line dropped: one page of one enormous block.</summary>
    [Fact]
    public void Two_hundred_thousand_lines_in_one_block_parse_in_time() =>
        ParsesInTime(ManyShortLines(blankLines: false), "200,000 short lines, one block");
}
