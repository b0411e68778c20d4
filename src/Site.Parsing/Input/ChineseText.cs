using System.Text;

namespace Site.Parsing.Input;

/// <summary>How much a text reads as Chinese: the share of its characters beyond ASCII that are common Chinese
/// characters or punctuation. Bytes read in the wrong encoding still decode (GB18030 takes nearly any pair
/// of high bytes, and so does Big5), but into rare characters, symbols and private-use code points; a page
/// read in its own encoding is nearly all common characters.</summary>
public static class ChineseText
{
    /// <summary>At least this share: the text reads as Chinese. Real pages score above 0.97, the sample's
    /// seeds above 0.99; Big5 read as GB18030, GB18030 read as Big5 and Shift-JIS read as either, below 0.6.</summary>
    public const double Plausible = 0.85;

    /// <summary>Common characters among <paramref name="text"/>'s non-ASCII, non-space characters (1 when it
    /// has none). U+FFFD, the mark of an undecodable byte, counts as not common.</summary>
    public static double CommonShare(string text)
    {
        int all = 0, common = 0;
        foreach (var c in text)
        {
            if (c < '\u0080' || char.IsWhiteSpace(c) && c != '\u3000') continue;
            all++;
            if (IsCommon(c)) common++;
        }
        return all == 0 ? 1 : (double)common / all;
    }

    /// <summary>The first level of GB2312 (the 3,755 most used simplified characters) or of Big5 (the 5,401
    /// most used traditional ones), the punctuation Chinese text is set with, fullwidth forms, and the
    /// marks a newspaper prints (■, ●, ①).</summary>
    public static bool IsCommon(char c) => c switch
    {
        >= '\u4E00' and <= '\u9FFF' => Ideographs.Common[c - '\u4E00'],
        >= '\u3000' and <= '\u3011' or >= '\uFF01' and <= '\uFF5E' => true,   // 、。「」《》【】 and fullwidth forms
        '\u00B7' or '\u2014' or '\u2015' or '\u2018' or '\u2019' or '\u201C' or '\u201D' or '\u2026' or '\u2027' => true,
        >= '\u2460' and <= '\u2473' or >= '\u25A0' and <= '\u25CF' or '\u2605' or '\u2606' or '\uFE30' or '\uFE31' => true,
        _ => false,
    };

    /// <summary>Built from the code pages themselves, once, when the first text that is not UTF-8 or UTF-16 is
    /// read.</summary>
    private static class Ideographs
    {
        public static readonly bool[] Common = Build();

        private static bool[] Build()
        {
            var common = new bool[0xA000 - 0x4E00];
            Mark(common, 936, 0xB0, 0xD7, [(0xA1, 0xFE)]);                 // GB2312 level 1
            Mark(common, 950, 0xA4, 0xC6, [(0x40, 0x7E), (0xA1, 0xFE)]);   // Big5 常用字
            return common;
        }

        private static void Mark(bool[] common, int codePage, int firstLead, int lastLead, (int From, int To)[] trails)
        {
            var encoding = CodePagesEncodingProvider.Instance.GetEncoding(codePage)!;
            Span<byte> pair = stackalloc byte[2];
            Span<char> decoded = stackalloc char[2];
            for (var lead = firstLead; lead <= lastLead; lead++)
                foreach (var (from, to) in trails)
                    for (var trail = from; trail <= to; trail++)
                    {
                        (pair[0], pair[1]) = ((byte)lead, (byte)trail);
                        if (encoding.GetChars(pair, decoded) == 1 && decoded[0] is >= '\u4E00' and <= '\u9FFF')
                            common[decoded[0] - '\u4E00'] = true;
                    }
        }
    }
}
