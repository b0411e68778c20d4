using Site.Parsing.Diagnostics;

namespace Site.Publishing.Documents;

/// <summary>Input that cannot be published: each problem names the file (and line, when there is one).</summary>
public sealed class InputException : DiagnosticException
{
    public InputException(string file, int line, string code, string message, string? hint = null)
        : base(Diagnostic.Error(file, line, code, message, hint))
    {
    }

    public InputException(IEnumerable<Diagnostic> diagnostics) : base(diagnostics)
    {
    }
}

/// <summary>The failures a maintainer can fix in the input, the configuration or the theme: reported by
/// their diagnostics (which name the file and line), never as a crash.</summary>
public static class InputErrors
{
    public static bool Are(Exception e) => e is DiagnosticException;
}

/// <summary>The codes of the input's diagnostics (the configuration's are in Site.Config.ConfigCodes).</summary>
public static class InputCodes
{
    /// <summary>A file or folder under input/issues that is not where or what it should be.</summary>
    public const string Layout = "input-layout";
    /// <summary>A masthead or edition.yml date that disagrees with the folder.</summary>
    public const string WrongDate = "wrong-date";
    /// <summary>A page name without a section slug in site.yml.</summary>
    public const string NoSlug = "no-slug";
    /// <summary>Two people's names that make one page id.</summary>
    public const string PersonClash = "person-clash";
    /// <summary>A PDF page that cannot be drawn.</summary>
    public const string PageImage = "page-image";
    /// <summary>A page edition.yml does not name: published in no section.</summary>
    public const string UnnamedPage = "unnamed-page";
    /// <summary>A name edition.yml gives a page the edition does not have.</summary>
    public const string NoSuchPage = "no-such-page";
    /// <summary>The same raw page, byte for byte, filed twice.</summary>
    public const string PageFiledTwice = "page-filed-twice";
    /// <summary>An edition.yml correction that no longer finds its article.</summary>
    public const string StaleOverride = "stale-override";
    /// <summary>An edition.yml correction of an article another correction dropped or merged away.</summary>
    public const string MootOverride = "moot-override";
    /// <summary>An article URL the last build published that would now hold another article, or nothing.</summary>
    public const string UrlChanged = "url-changed";
    /// <summary>A doubt of the parser's about a page (a masthead it could not read, a blank page).</summary>
    public const string Parse = "parse";
    /// <summary>A link or id in the built site that does not resolve, or a page that is not well-formed.</summary>
    public const string Link = "site-check";
    /// <summary>The filing of new pages (add) that cannot go ahead.</summary>
    public const string Filing = "filing";
}
