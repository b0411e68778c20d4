using System.Buffers;
using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Site.Publishing.Check;

/// <summary>
/// A single forward pass over a page that finds its links, its ids and what is wrong with its markup.
/// </summary>
/// <remarks>
/// Why not AngleSharp here: measured on a realistic 6 KB article page (ThroughputBenchmark in the tests), a
/// full AngleSharp parse runs at 60–90 MB/s on one core and barely faster on two (~85 MB/s: it allocates
/// ~90 KB of DOM per page), so the ~1.3 GB of a ten-year archive would take ~16 s on two cores for the parse
/// alone, over the whole build's budget. This scanner extracts the same links (a test holds it to AngleSharp's
/// answers) at 230–300 MB/s per core, allocating ~7 KB per page, so every build checks every page; the
/// <c>check</c> verb adds the full AngleSharp parse on top (<see cref="PageValidation.Full"/>).
/// <para>Its markup rules are deliberately stricter than HTML5's, because our pages come from templates and
/// should say what they mean: every element opened is closed explicitly and in order (no implied end tags),
/// no block element inside a &lt;p&gt;, no &lt;a&gt; inside an &lt;a&gt;, no duplicate attributes or ids,
/// no unescaped '&lt;' in text, a &lt;!DOCTYPE html&gt; first, &lt;html lang&gt; and a non-empty &lt;title&gt;.</para>
/// </remarks>
internal sealed partial class HtmlScanner
{
    private static readonly FrozenSet<string> VoidElements = FrozenSet.Create(StringComparer.Ordinal,
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
        "param", "keygen", "frame");

    /// <summary>Elements whose content is not markup: the scanner skips to their end tag.</summary>
    private static readonly FrozenSet<string> RawTextElements = FrozenSet.Create(StringComparer.Ordinal,
        "script", "style", "title", "textarea", "xmp", "iframe", "noembed", "noframes");

    /// <summary>Start tags before which an HTML parser closes an open &lt;p&gt; (HTML standard, "in body").</summary>
    private static readonly FrozenSet<string> ClosesParagraph = FrozenSet.Create(StringComparer.Ordinal,
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "dd", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup",
        "hr", "li", "listing", "main", "menu", "nav", "ol", "p", "plaintext", "pre", "search", "section", "summary",
        "table", "ul", "xmp");

    /// <summary>Elements that end the search for an open &lt;p&gt; or &lt;a&gt; (a rough "button scope").</summary>
    private static readonly FrozenSet<string> ScopeBoundaries = FrozenSet.Create(StringComparer.Ordinal,
        "html", "table", "td", "th", "caption", "template", "button", "object", "marquee", "applet", "svg", "math");

    [Flags]
    private enum Kind : byte { None = 0, Void = 1, RawText = 2, ClosesParagraph = 4, ScopeBoundary = 8 }

    /// <summary>What the four sets above say of an element, found with one lookup per tag (and kept with each
    /// open element), where asking each set in turn, and the scope's set for every open element, took
    /// several lookups a tag.</summary>
    private static readonly FrozenDictionary<string, Kind> Kinds = VoidElements
        .Concat(RawTextElements).Concat(ClosesParagraph).Concat(ScopeBoundaries).Distinct(StringComparer.Ordinal)
        .ToFrozenDictionary(name => name, name =>
            (VoidElements.Contains(name) ? Kind.Void : Kind.None) | (RawTextElements.Contains(name) ? Kind.RawText : Kind.None)
            | (ClosesParagraph.Contains(name) ? Kind.ClosesParagraph : Kind.None)
            | (ScopeBoundaries.Contains(name) ? Kind.ScopeBoundary : Kind.None), StringComparer.Ordinal);

    /// <summary>Names that appear on every page, so scanning them allocates nothing.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> KnownNames = FrozenSet.Create(
        StringComparer.Ordinal,
        [
            .. VoidElements, .. RawTextElements, .. ClosesParagraph, .. ScopeBoundaries,
            "a", "abbr", "audio", "b", "body", "button", "cite", "code", "data", "del", "em", "figure", "head", "i",
            "ins", "kbd", "label", "mark", "noscript", "object", "option", "picture", "q", "s", "select", "small",
            "span", "strong", "sub", "sup", "tbody", "thead", "tfoot", "time", "tr", "u", "var", "video",
            "path", "g", "use", "symbol", "circle", "rect", "line", "polyline", "polygon", "defs",
            "id", "class", "href", "src", "srcset", "sizes", "alt", "width", "height", "rel", "type", "name",
            "content", "property", "charset", "lang", "dir", "style", "poster", "action", "formaction", "method",
            "hidden", "loading", "decoding", "datetime", "title", "role", "aria-label", "aria-hidden",
            "aria-current", "viewbox", "xmlns", "xlink:href", "fill", "stroke", "d", "media", "http-equiv",
            "placeholder", "value", "for", "autocomplete", "defer", "async", "colspan", "rowspan", "scope",
        ]).GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly string html;
    private readonly ImmutableArray<FoundLink>.Builder links = ImmutableArray.CreateBuilder<FoundLink>();
    private readonly HashSet<string> ids = new(StringComparer.Ordinal);
    private readonly HashSet<string> anchorNames = new(StringComparer.Ordinal);
    private readonly ImmutableArray<PageProblem>.Builder problems = ImmutableArray.CreateBuilder<PageProblem>();
    private readonly List<(string Name, int Line, Kind Kind)> open = [];
    private Attribute[] attributes = new Attribute[16];
    private int attributeCount;
    private int foreignStart = -1;
    private int lineCountedTo;
    private int line = 1;
    private bool sawDoctype, sawContent, sawHtml, sawTitle;

    private HtmlScanner(string html) => this.html = html;

    public static ScannedPage Scan(string html) => new HtmlScanner(html).Run();

    private ScannedPage Run()
    {
        var i = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            var textEnd = lt < 0 ? html.Length : lt;
            if (!sawContent && !html.AsSpan(i, textEnd - i).IsWhiteSpace()) sawContent = true;
            if (lt < 0) break;
            i = lt;
            var next = i + 1 < html.Length ? html[i + 1] : '\0';
            if (next == '!') i = Markup(i);
            else if (next == '/') i = EndTag(i);
            else if (char.IsAsciiLetter(next)) i = StartTag(i);
            else
            {
                Problem(i, "unescaped '<' in text (write &lt;)");
                i++;
            }
        }

        foreach (var (name, openLine, _) in open) problems.Add(new PageProblem(openLine, $"<{name}> is never closed"));
        if (!sawDoctype) problems.Add(new PageProblem(1, "missing <!DOCTYPE html>"));
        if (!sawHtml) problems.Add(new PageProblem(1, "missing <html lang=\"…\"> element"));
        if (!sawTitle) problems.Add(new PageProblem(0, "missing <title>"));

        ids.UnionWith(anchorNames);
        var sortedIds = ids.ToImmutableArray().Sort(StringComparer.Ordinal);
        return new ScannedPage(links.DrainToImmutable(), sortedIds, problems.DrainToImmutable());
    }

    /// <summary>&lt;!-- comments --&gt;, the doctype, CDATA in SVG, and anything else that starts with "&lt;!".</summary>
    private int Markup(int i)
    {
        if (At(i, "<!--"))
        {
            if (At(i + 4, ">") || At(i + 4, "->"))
            {
                Problem(i, "comment closed abruptly by '<!-->' or '<!--->'");
                return html.IndexOf('>', i + 4) + 1;
            }
            var end = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
            if (end >= 0) return end + 3;
            Problem(i, "comment is never closed (no '-->')");
            return html.Length;
        }

        var gt = html.IndexOf('>', i);
        if (At(i, "<!doctype", StringComparison.OrdinalIgnoreCase))
        {
            if (gt < 0) { Problem(i, "doctype is never closed"); return html.Length; }
            var doctype = html.AsSpan(i + 9, gt - i - 9).Trim();
            if (!doctype.Equals("html", StringComparison.OrdinalIgnoreCase))
                Problem(i, $"the doctype is <!DOCTYPE {doctype}>, not <!DOCTYPE html>");
            if (sawDoctype) Problem(i, "a second doctype");
            else if (sawContent) Problem(i, "<!DOCTYPE html> must come first in the page");
            sawDoctype = true;
            return gt + 1;
        }

        if (foreignStart >= 0 && At(i, "<![CDATA["))
        {
            var end = html.IndexOf("]]>", i, StringComparison.Ordinal);
            return end < 0 ? html.Length : end + 3;
        }

        Problem(i, "'<!' starts neither a comment nor the doctype");
        return gt < 0 ? html.Length : gt + 1;
    }

    private int StartTag(int i)
    {
        var nameEnd = i + 1;
        while (nameEnd < html.Length && !IsTagNameEnd(html[nameEnd])) nameEnd++;
        var name = Name(html.AsSpan(i + 1, nameEnd - i - 1));
        var kind = Kinds.GetValueOrDefault(name);
        var tagLine = LineAt(i);
        sawContent = true;

        var (end, selfClosing) = ReadAttributes(nameEnd);
        if (end < 0)
        {
            Problem(i, $"<{name}> is not closed with '>' before the end of the file");
            return html.Length;
        }

        var foreign = foreignStart >= 0 || name is "svg" or "math";
        if (!foreign) CheckNesting(name, kind, tagLine);
        ReadAttributeValues(name, tagLine);

        if (!foreign && (kind & Kind.RawText) != 0) return SkipRawText(name, end, tagLine);
        if (foreign ? selfClosing : (kind & Kind.Void) != 0) return end;
        // HTML ignores the slash, so the element stays open, as it does here.
        if (selfClosing) Problem(i, $"<{name}/> does not close the element in HTML; write <{name}></{name}>");

        if (foreignStart < 0 && foreign) foreignStart = open.Count;
        open.Add((name, tagLine, kind));
        return end;
    }

    private int EndTag(int i)
    {
        var nameEnd = i + 2;
        while (nameEnd < html.Length && !IsTagNameEnd(html[nameEnd])) nameEnd++;
        var gt = html.IndexOf('>', nameEnd);
        if (nameEnd == i + 2 || gt < 0)
        {
            Problem(i, gt < 0 ? "end tag is not closed with '>' before the end of the file" : "'</' starts no end tag");
            return gt < 0 ? html.Length : gt + 1;
        }

        var name = Name(html.AsSpan(i + 2, nameEnd - i - 2));
        var tagLine = LineAt(i);
        if (!html.AsSpan(nameEnd, gt - nameEnd).IsWhiteSpace()) Problem(i, $"</{name}> has something after its name");
        Close(name, tagLine);
        return gt + 1;
    }

    private void Close(string name, int tagLine)
    {
        if (foreignStart < 0 && (Kinds.GetValueOrDefault(name) & Kind.Void) != 0)
        {
            problems.Add(new PageProblem(tagLine, $"</{name}>: <{name}> is a void element and has no end tag"));
            return;
        }

        var k = open.Count - 1;
        while (k >= 0 && open[k].Name != name) k--;
        if (k < 0)
        {
            problems.Add(new PageProblem(tagLine, $"</{name}> has no open <{name}> to close"));
            return;
        }

        for (var m = open.Count - 1; m > k; m--)
            problems.Add(new PageProblem(open[m].Line, $"<{open[m].Name}> is not closed before </{name}> on line {tagLine}"));
        open.RemoveRange(k, open.Count - k);
        if (foreignStart >= open.Count) foreignStart = -1;
    }

    /// <summary>Reports a start tag that makes browsers close an open &lt;p&gt; or &lt;a&gt;, and closes it here
    /// too, so that one mistake is one problem rather than a cascade.</summary>
    private void CheckNesting(string name, Kind kind, int tagLine)
    {
        if ((kind & Kind.ClosesParagraph) != 0 && OpenInScope("p") is var p and >= 0)
        {
            problems.Add(new PageProblem(tagLine, $"<{name}> inside <p> (line {open[p].Line}): browsers close the <p> before it"));
            open.RemoveRange(p, open.Count - p);
        }
        if (name == "a" && OpenInScope("a") is var a and >= 0)
        {
            problems.Add(new PageProblem(tagLine, $"<a> inside another <a> (line {open[a].Line})"));
            open.RemoveRange(a, open.Count - a);
        }
    }

    /// <returns>The index in <see cref="open"/> of the innermost open <paramref name="name"/> in scope, or -1.</returns>
    private int OpenInScope(string name)
    {
        for (var k = open.Count - 1; k >= 0; k--)
        {
            if (open[k].Name == name) return k;
            if ((open[k].Kind & Kind.ScopeBoundary) != 0) return -1;
        }
        return -1;
    }

    /// <summary>Skips the text of &lt;script&gt;, &lt;style&gt;, &lt;title&gt;… to its end tag, looking into
    /// stylesheets for url(…) and titles for text.</summary>
    private int SkipRawText(string name, int start, int tagLine)
    {
        var close = start;
        while (true)
        {
            close = html.IndexOf("</", close, StringComparison.Ordinal);
            if (close < 0)
            {
                problems.Add(new PageProblem(tagLine, $"<{name}> is never closed"));
                return html.Length;
            }
            var after = close + 2 + name.Length;
            if (At(close + 2, name, StringComparison.OrdinalIgnoreCase) && (after >= html.Length || IsTagNameEnd(html[after])))
                break;
            close += 2;
        }

        var text = html.AsSpan(start, close - start);
        if (name == "style") CssUrls.Extract(text, LineAt(start), links);
        if (name == "title")
        {
            if (sawTitle) problems.Add(new PageProblem(tagLine, "a second <title>"));
            else if (text.IsWhiteSpace()) problems.Add(new PageProblem(tagLine, "<title> is empty"));
            sawTitle = true;
        }

        var gt = html.IndexOf('>', close);
        return gt < 0 ? html.Length : gt + 1;
    }

    /// <summary>The 1-based line of a position. Positions mostly move forward, so counting resumes where it
    /// stopped (a vectorised count of '\n').</summary>
    private int LineAt(int position)
    {
        if (position >= lineCountedTo) line += html.AsSpan(lineCountedTo, position - lineCountedTo).Count('\n');
        else line -= html.AsSpan(position, lineCountedTo - position).Count('\n');
        lineCountedTo = position;
        return line;
    }

    private void Problem(int position, string message) => problems.Add(new PageProblem(LineAt(position), message));

    private bool At(int i, string text, StringComparison comparison = StringComparison.Ordinal) =>
        i <= html.Length && html.AsSpan(i).StartsWith(text, comparison);

    // A search of its own rather than ContainsAnyInRange('A', 'Z'), whose generic code, until the JIT has
    // optimised it, boxes both bounds on every call (a quarter of a gigabyte in a year's build).
    private static readonly SearchValues<char> UpperCaseAscii = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ");

    /// <summary>Tag and attribute names, lower-cased; the common ones without allocating.</summary>
    private static string Name(ReadOnlySpan<char> raw)
    {
        // Our templates write names in lower case: those are looked up as they stand.
        if (System.Text.Ascii.IsValid(raw) && !raw.ContainsAny(UpperCaseAscii))
            return KnownNames.TryGetValue(raw, out var known) ? known : raw.ToString();
        Span<char> lower = raw.Length <= 64 ? stackalloc char[raw.Length] : new char[raw.Length];
        raw.ToLowerInvariant(lower);
        return KnownNames.TryGetValue(lower, out var lowered) ? lowered : lower.ToString();
    }

    private static bool IsSpace(char c) => c is ' ' or '\n' or '\t' or '\r' or '\f';

    private static bool IsTagNameEnd(char c) => IsSpace(c) || c is '/' or '>';
}
