using System.Globalization;
using System.Security;
using System.Text;
using Site.Config;
using Site.Publishing.Output;
using Site.Publishing.Urls;

namespace Site.Publishing.Discovery;

/// <summary>The site's icon, made from the paper's name: its first character, white on the paper's red,
/// as SVG (any size, one small file, nothing fetched).</summary>
public static class Favicon
{
    public static OutputFile Write(SiteConfig config)
    {
        var title = config.Title.Trim();
        var first = title.Length == 0 ? "报" : char.ConvertFromUtf32(char.ConvertToUtf32(title, 0));
        var svg = string.Create(CultureInfo.InvariantCulture, $"""
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">
            <title>{SecurityElement.Escape(title)}</title>
            <rect width="64" height="64" rx="10" fill="#a4161a"/>
            <text x="32" y="46" font-size="42" text-anchor="middle" fill="#fff" font-family="Songti SC, STSong, SimSun, Noto Serif CJK SC, serif" font-weight="700">{SecurityElement.Escape(first)}</text>
            </svg>

            """);
        return new OutputFile(SiteUrls.Favicon, Encoding.UTF8.GetBytes(svg.ReplaceLineEndings("\n")));
    }
}
