namespace Site.Parsing.Text;

/// <summary>Reads the small Chinese numbers papers use for page numbers ("四版", "十二版").</summary>
public static class ChineseNumber
{
    private const string Digits = "零一二三四五六七八九";

    /// <summary>Parses 1–99 written as 一 … 九十九 (or 两), or Arabic digits; null when it is neither.</summary>
    public static int? Parse(string text)
    {
        text = text.Trim();
        if (text.Length == 0) return null;
        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var arabic))
            return arabic;
        text = text.Replace('两', '二');
        var ten = text.IndexOf('十');
        if (ten < 0) return text.Length == 1 && Digits.IndexOf(text[0]) > 0 ? Digits.IndexOf(text[0]) : null;
        if (ten > 1 || text.Length > 3) return null;
        var tens = ten == 0 ? 1 : Digits.IndexOf(text[0]);
        var ones = ten == text.Length - 1 ? 0 : Digits.IndexOf(text[ten + 1]);
        return tens <= 0 || ones < 0 ? null : tens * 10 + ones;
    }
}
