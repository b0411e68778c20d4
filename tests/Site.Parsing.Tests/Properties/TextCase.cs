using FsCheck;
using FsCheck.Fluent;

namespace Site.Parsing.Tests.Properties;

/// <summary>One generated input: its text and a note of how it was made. Prints as an escaped,
/// copy-pasteable C# string so a failing case can become a regression test.</summary>
public sealed class TextCase(string origin, string text)
{
    public string Origin { get; } = origin;
    public string Text { get; } = text;

    private const int Shown = 4000;

    public override string ToString()
    {
        var body = Text.Length <= Shown ? Text : Text[..Shown];
        var more = Text.Length <= Shown ? "" : $" /* … {Text.Length - Shown} more chars */";
        return $"[{Origin}; {Text.Length} chars] \"{CharacterLedger.Visible(body)}\"{more}";
    }

    /// <summary>An arbitrary over <paramref name="gen"/> whose failing cases shrink by deleting ranges of
    /// text (halves, quarters, … single characters), so a failure is reported on a short input.</summary>
    public static Arbitrary<TextCase> Arbitrary(Gen<TextCase> gen) => Arb.From(gen, Shrink);

    public static IEnumerable<TextCase> Shrink(TextCase c)
    {
        var origin = c.Origin.StartsWith("shrunk", StringComparison.Ordinal) ? c.Origin : $"shrunk from {c.Origin}";
        foreach (var t in ShrinkText(c.Text)) yield return new TextCase(origin, t);
    }

    /// <summary>Shorter variants: drop a chunk of length n/2, n/4, … 1 at each aligned offset (at most
    /// 64 offsets a chunk size, so shrinking a 15 KB seed stays quick), then simpler line breaks.</summary>
    public static IEnumerable<string> ShrinkText(string s)
    {
        if (s.Length == 0) yield break;
        for (var chunk = Math.Max(1, s.Length / 2); ; chunk /= 2)
        {
            var step = Math.Max(chunk, s.Length / 64);
            for (var at = 0; at < s.Length; at += step)
                yield return s.Remove(at, Math.Min(chunk, s.Length - at));
            if (chunk == 1) break;
        }
        if (s.Contains('\r')) yield return s.Replace("\r\n", "\n").Replace('\r', '\n');
        if (s.Contains('\f')) yield return s.Replace('\f', '\n');
        if (s.Contains('\t') || s.Contains('\u3000')) yield return s.Replace('\t', ' ').Replace('\u3000', ' ');
    }
}
