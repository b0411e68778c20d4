using System.Globalization;
using System.Numerics;
using System.Text.Json.Nodes;

namespace Site.Scoring;

/// <summary>
/// The bits of Python semantics score_parse.py relies on, reproduced exactly: Python strings are
/// sequences of code points (not UTF-16 units), str.split() splits on Python's own whitespace set,
/// round() rounds the exact binary value half-to-even, and str() prints JSON values Python's way.
/// </summary>
internal static class Py
{
    /// <summary>str.isspace(), the set str.split() splits on (Python 3.11, Unicode 14).</summary>
    public static bool IsSpace(int c) => c switch
    {
        >= 0x09 and <= 0x0D or >= 0x1C and <= 0x20 or 0x85 or 0xA0 or 0x1680 => true,
        >= 0x2000 and <= 0x200A or 0x2028 or 0x2029 or 0x202F or 0x205F or 0x3000 => true,
        _ => false,
    };

    /// <summary>The code points of <paramref name="s"/>; a lone surrogate stays one element, as in Python.</summary>
    public static int[] CodePoints(string s)
    {
        var result = new List<int>(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                result.Add(char.ConvertToUtf32(s[i], s[i + 1]));
                i++;
            }
            else
            {
                result.Add(s[i]);
            }
        }
        return [.. result];
    }

    /// <summary>str.count: non-overlapping occurrences of a non-empty <paramref name="needle"/>.</summary>
    public static int Count(int[] haystack, ReadOnlySpan<int> needle)
    {
        var count = 0;
        var span = haystack.AsSpan();
        for (var start = 0; ;)
        {
            var at = span[start..].IndexOf(needle);
            if (at < 0)
                return count;
            count++;
            start += at + needle.Length;
        }
    }

    /// <summary>round(x, 3): correctly rounded from the exact binary value, ties to even.</summary>
    public static double Round3(double x)
    {
        if (!double.IsFinite(x))
            return x;
        // "F40" prints the exact expansion far enough to tell a true tie from a near one.
        var text = Math.Abs(x).ToString("F40", CultureInfo.InvariantCulture);
        var point = text.IndexOf('.');
        var kept = BigInteger.Parse(text[..point] + text.Substring(point + 1, 3), CultureInfo.InvariantCulture);
        var rest = text[(point + 4)..];
        var roundUp = rest[0] > '5' || (rest[0] == '5' && (rest.AsSpan(1).ContainsAnyExcept('0') || !kept.IsEven));
        if (roundUp)
            kept++;
        var digits = kept.ToString(CultureInfo.InvariantCulture).PadLeft(4, '0');
        var rounded = double.Parse(digits[..^3] + "." + digits[^3..], CultureInfo.InvariantCulture);
        return double.IsNegative(x) ? -rounded : rounded;
    }

    /// <summary>str(v) of the value json.load gives for <paramref name="node"/>.</summary>
    public static string Str(JsonNode? node)
    {
        if (node is null)
            return "None";
        if (node is JsonValue value)
        {
            if (value.TryGetValue<string>(out var s))
                return s;
            if (value.TryGetValue<bool>(out var b))
                return b ? "True" : "False";
            var raw = value.ToJsonString();
            // json.load makes an int of a literal without fraction or exponent, a float otherwise.
            return raw.AsSpan().ContainsAny('.', 'e', 'E')
                ? FloatRepr(double.Parse(raw, CultureInfo.InvariantCulture))
                : BigInteger.Parse(raw, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
        }
        // Lists and dicts never occur in edition fields; their Python repr is not reproduced.
        return node.ToJsonString();
    }

    /// <summary>repr(float): shortest round-trip digits, exponent form below 1e-4 or from 1e16.</summary>
    public static string FloatRepr(double x)
    {
        if (double.IsNaN(x))
            return "nan";
        if (double.IsInfinity(x))
            return x > 0 ? "inf" : "-inf";
        var sign = double.IsNegative(x) ? "-" : "";
        var r = Math.Abs(x).ToString("R", CultureInfo.InvariantCulture);
        var e = r.IndexOf('E');
        var mantissa = e < 0 ? r : r[..e];
        var exponent = e < 0 ? 0 : int.Parse(r[(e + 1)..], CultureInfo.InvariantCulture);
        var point = mantissa.IndexOf('.');
        var digits = mantissa.Replace(".", "");
        // decpt: the value is 0.<digits> × 10^decpt once leading zeros are gone.
        var decpt = (point < 0 ? mantissa.Length : point) + exponent;
        var trimmed = digits.TrimStart('0');
        decpt -= digits.Length - trimmed.Length;
        digits = trimmed.TrimEnd('0');
        if (digits.Length == 0)
            return sign + "0.0";
        if (decpt <= -4 || decpt > 16)
        {
            var m = digits.Length == 1 ? digits : digits[..1] + "." + digits[1..];
            var exp = decpt - 1;
            return sign + m + "e" + (exp < 0 ? "-" : "+") + Math.Abs(exp).ToString("00", CultureInfo.InvariantCulture);
        }
        if (decpt <= 0)
            return sign + "0." + new string('0', -decpt) + digits;
        if (decpt >= digits.Length)
            return sign + digits + new string('0', decpt - digits.Length) + ".0";
        return sign + digits[..decpt] + "." + digits[decpt..];
    }
}
