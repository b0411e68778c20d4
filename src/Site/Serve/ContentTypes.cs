using Microsoft.AspNetCore.StaticFiles;

namespace Site.Serve;

/// <summary>Content types for the files a site holds; every text type says it is UTF-8, as the build
/// writes it.</summary>
public static class ContentTypes
{
    public const string Html = "text/html; charset=utf-8";

    public static FileExtensionContentTypeProvider Provider()
    {
        var provider = new FileExtensionContentTypeProvider();
        provider.Mappings[".html"] = Html;
        provider.Mappings[".htm"] = Html;
        provider.Mappings[".css"] = "text/css; charset=utf-8";
        provider.Mappings[".js"] = "text/javascript; charset=utf-8";
        provider.Mappings[".mjs"] = "text/javascript; charset=utf-8";
        provider.Mappings[".json"] = "application/json; charset=utf-8";
        provider.Mappings[".xml"] = "application/xml; charset=utf-8";
        provider.Mappings[".txt"] = "text/plain; charset=utf-8";
        provider.Mappings[".svg"] = "image/svg+xml; charset=utf-8";
        return provider;
    }
}
