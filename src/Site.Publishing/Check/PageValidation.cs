namespace Site.Publishing.Check;

/// <summary>How deeply <see cref="SiteChecker"/> validates each HTML page.</summary>
public enum PageValidation
{
    /// <summary>The hand-written <see cref="HtmlScanner"/>: links, ids, doctype, lang, title and strict nesting
    /// (every element opened is closed, in order). Fast enough to run on every build.</summary>
    Scan,

    /// <summary><see cref="Scan"/> plus a full AngleSharp parse reporting every HTML5 parse error (text in a
    /// table, misnested formatting…). Three to four times slower; the <c>check</c> verb uses it.</summary>
    Full,
}
