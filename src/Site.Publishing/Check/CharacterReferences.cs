using System.Globalization;
using System.Text;
using AngleSharp.Html;

namespace Site.Publishing.Check;

/// <summary>Decodes character references in attribute values ("a.html?x=1&amp;amp;y=2"), so that a URL is
/// checked as the browser reads it. References without ';' stay literal, as the standard says they do in
/// attributes when followed by a letter, digit or '='.</summary>
internal static class CharacterReferences
{
    public static string Decode(ReadOnlySpan<char> value)
    {
        var amp = value.IndexOf('&');
        if (amp < 0) return value.ToString();

        var text = new StringBuilder(value.Length);
        while (amp >= 0)
        {
            text.Append(value[..amp]);
            value = value[amp..];
            var semicolon = value.IndexOf(';');
            if (semicolon > 1 && Resolve(value[1..semicolon]) is { } decoded)
            {
                text.Append(decoded);
                value = value[(semicolon + 1)..];
            }
            else
            {
                text.Append('&');
                value = value[1..];
            }
            amp = value.IndexOf('&');
        }
        return text.Append(value).ToString();
    }

    private static string? Resolve(ReadOnlySpan<char> name)
    {
        if (name[0] == '#')
        {
            var hex = name.Length > 1 && name[1] is 'x' or 'X';
            var digits = name[(hex ? 2 : 1)..];
            var ok = int.TryParse(digits, hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture, out var code);
            return ok && code is > 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF) ? char.ConvertFromUtf32(code) : null;
        }
        foreach (var c in name)
            if (!char.IsAsciiLetterOrDigit(c)) return null;
        var symbol = HtmlEntityProvider.Resolver.GetSymbol(string.Concat(name, ";"));
        return string.IsNullOrEmpty(symbol) ? null : symbol;
    }
}
