using System.Text;

namespace Site.Publishing.Search;

/// <summary>How search reads text, character by character: the same rules in the build (here) and in the
/// browser (themes/default/assets/search.js, function <c>fold</c> and <c>classify</c>); a test holds the
/// two together. No dictionary: Chinese is indexed as overlapping character pairs (bigrams).</summary>
/// <remarks>Full-width letters and digits fold to ASCII, ASCII letters to lower case. Letters, digits and
/// ideographs are kept; white space is skipped, so letter-spaced print ("越 擦 越") reads as one run;
/// any other character (punctuation, symbols, line breaks) ends a run, and no bigram spans it.</remarks>
public static class SearchText
{
    public enum CharClass { Kept, Skipped, Break }

    /// <summary>A kept character of a run and where it stands in the source text (UTF-16 offsets).</summary>
    public readonly record struct KeptChar(int CodePoint, int Start, int End);

    public static int Fold(int c) =>
        c is >= 0xFF01 and <= 0xFF5E ? Lower(c - 0xFEE0) : Lower(c);

    private static int Lower(int c) => c is >= 'A' and <= 'Z' ? c + 32 : c;

    /// <summary>Classifies a folded code point.</summary>
    public static CharClass Classify(int c) =>
        c is >= '0' and <= '9' or >= 'a' and <= 'z'
            or >= 0x00C0 and <= 0x024F and not 0xD7 and not 0xF7   // accented Latin letters
            or >= 0x3040 and <= 0x30FF                            // kana
            or >= 0x3400 and <= 0x4DBF or >= 0x4E00 and <= 0x9FFF or >= 0xF900 and <= 0xFAFF
            or >= 0xAC00 and <= 0xD7AF                            // hangul
            or >= 0x20000 and <= 0x3FFFF ? CharClass.Kept
        : c is ' ' or '\t' or '\r' or 0xA0 or 0x3000 ? CharClass.Skipped
        : CharClass.Break;

    /// <summary>The text as runs of kept characters.</summary>
    public static List<List<KeptChar>> Runs(string text)
    {
        var runs = new List<List<KeptChar>>();
        List<KeptChar>? run = null;
        for (var i = 0; i < text.Length;)
        {
            var rune = Rune.GetRuneAt(text, i);
            var c = Fold(rune.Value);
            switch (Classify(c))
            {
                case CharClass.Kept:
                    if (run is null) runs.Add(run = []);
                    run.Add(new KeptChar(c, i, i + rune.Utf16SequenceLength));
                    break;
                case CharClass.Break:
                    run = null;
                    break;
            }
            i += rune.Utf16SequenceLength;
        }
        return runs;
    }

    /// <summary>A query as the index reads it: its kept characters, folded, with everything else removed
    /// (the query "平湖 市！" looks for the phrase 平湖市).</summary>
    public static string Query(string query) =>
        string.Concat(Runs(query).SelectMany(r => r).Select(k => char.ConvertFromUtf32(k.CodePoint)));

    /// <summary>Every bigram of the text with its position: the index of its first character among all
    /// kept characters of the text, counted from <paramref name="start"/>. Runs of one character give none.</summary>
    public static IEnumerable<(string Bigram, int Position)> Bigrams(string text, int start = 0)
    {
        var found = new List<(long, int)>();
        BigramKeys(text, start, found);
        return found.Select(f => (KeyText(f.Item1), f.Item2));
    }

    /// <summary><see cref="Bigrams"/> without a string per bigram: each as its two code points in one
    /// number (<see cref="KeyText"/> spells it), added to <paramref name="found"/> in text order. Indexing a
    /// year reads some fifteen million characters, so this allocates nothing per character.</summary>
    public static void BigramKeys(string text, int start, List<(long Key, int Position)> found)
    {
        var position = start;
        var previous = -1;   // the kept character before, if no break came since
        for (var i = 0; i < text.Length;)
        {
            // Nearly every character is one UTF-16 unit: only a surrogate needs decoding as a rune.
            int c = text[i];
            var length = 1;
            if (char.IsSurrogate((char)c))
            {
                var rune = Rune.GetRuneAt(text, i);
                (c, length) = (rune.Value, rune.Utf16SequenceLength);
            }
            c = Fold(c);
            switch (Classify(c))
            {
                case CharClass.Kept:
                    if (previous >= 0) found.Add((((long)previous << 21) | (uint)c, position - 1));
                    previous = c;
                    position++;
                    break;
                case CharClass.Break:
                    previous = -1;
                    break;
            }
            i += length;
        }
    }

    public static string KeyText(long key) =>
        char.ConvertFromUtf32((int)(key >> 21)) + char.ConvertFromUtf32((int)(key & 0x1FFFFF));
}
