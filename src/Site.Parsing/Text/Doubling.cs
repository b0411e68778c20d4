namespace Site.Parsing.Text;

/// <summary>Decorative headlines set in outline and fill come out of the PDF twice
/// ("再叙山海深情再叙山海深情"). This undoes that, and says what it removed.</summary>
public static class Doubling
{
    /// <summary>Each space-separated phrase that is an exact repetition of its first half is reduced to
    /// that half. Returns the text and the removed halves (so no character goes unaccounted).</summary>
    public static (string Text, IReadOnlyList<string> Removed) Undo(string line)
    {
        var removed = new List<string>();
        var parts = line.Split(' ');
        for (var i = 0; i < parts.Length; i++)
        {
            var p = parts[i];
            if (p.Length >= 4 && p.Length % 2 == 0 && IsIdeographic(p)
                && string.CompareOrdinal(p, 0, p, p.Length / 2, p.Length / 2) == 0)
            {
                parts[i] = p[..(p.Length / 2)];
                removed.Add(parts[i]);
            }
        }
        return (removed.Count == 0 ? line : string.Join(' ', parts), removed);
    }

    // Only ideograph phrases: "2222" or "哈哈" style text is left alone.
    private static bool IsIdeographic(string p)
    {
        var ideographs = 0;
        foreach (var c in p) if (Chars.IsIdeograph(c)) ideographs++;
        return ideographs * 2 > p.Length;
    }
}
