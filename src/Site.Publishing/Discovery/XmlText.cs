using System.Text;
using System.Xml;

namespace Site.Publishing.Discovery;

/// <summary>Text as XML 1.0 can carry it. The decoder lets the odd stray control code of PDF extraction
/// through, but XML forbids it and XmlWriter would refuse the whole feed, so feeds and sitemaps drop such
/// characters (and lone surrogates) from what they say.</summary>
public static class XmlText
{
    public static string Clean(string text)
    {
        StringBuilder? sb = null;
        for (var i = 0; i < text.Length; i++)
        {
            var pair = i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]);
            if (pair || XmlConvert.IsXmlChar(text[i]))
            {
                sb?.Append(text[i]);
                if (pair) sb?.Append(text[++i]);
                continue;
            }
            sb ??= new StringBuilder(text.Length).Append(text, 0, i);
        }
        return sb?.ToString() ?? text;
    }
}
