namespace Site.Publishing.Check;

/// <summary>The scanner's reading of a start tag's attributes, and what the checker takes from them.</summary>
internal sealed partial class HtmlScanner
{
    private readonly record struct Attribute(string Name, int NameAt, int ValueAt, int ValueLength, bool HasValue);

    /// <summary>Reads the attributes of a start tag into <see cref="attributes"/>.</summary>
    /// <returns>The index after the tag's '&gt;' (-1 when the file ends first) and whether it ended in "/&gt;".</returns>
    private (int End, bool SelfClosing) ReadAttributes(int j)
    {
        attributeCount = 0;
        var separated = true;
        while (true)
        {
            var spaceStart = j;
            while (j < html.Length && IsSpace(html[j])) j++;
            separated |= j > spaceStart;
            if (j >= html.Length) return (-1, false);
            var c = html[j];
            if (c == '>') return (j + 1, false);
            if (c == '/')
            {
                if (j + 1 < html.Length && html[j + 1] == '>') return (j + 2, true);
                Problem(j, "stray '/' inside a tag");
                j++;
                separated = true;
                continue;
            }

            if (!separated) Problem(j, "attributes need white space between them");
            separated = false;
            var nameAt = j;
            if (c == '=') j++;
            var badName = c == '=';
            while (j < html.Length && !IsSpace(html[j]) && html[j] is not ('/' or '>' or '='))
            {
                badName |= html[j] is '"' or '\'' or '<';
                j++;
            }
            var name = Name(html.AsSpan(nameAt, j - nameAt));
            if (badName) Problem(nameAt, $"attribute name '{name}' contains '=', a quote or '<'");

            int valueAt = j, valueLength = 0;
            var hasValue = false;
            var k = j;
            while (k < html.Length && IsSpace(html[k])) k++;
            if (k < html.Length && html[k] == '=')
            {
                hasValue = true;
                k++;
                while (k < html.Length && IsSpace(html[k])) k++;
                if (k >= html.Length) return (-1, false);
                var q = html[k];
                if (q is '"' or '\'')
                {
                    var closeQuote = html.IndexOf(q, k + 1);
                    if (closeQuote < 0) return (-1, false);
                    (valueAt, valueLength, j) = (k + 1, closeQuote - k - 1, closeQuote + 1);
                }
                else if (q == '>')
                {
                    Problem(k, $"attribute {name} has '=' but no value");
                    (valueAt, j) = (k, k);
                }
                else
                {
                    var badValue = false;
                    for (valueAt = k; k < html.Length && !IsSpace(html[k]) && html[k] != '>'; k++)
                        badValue |= html[k] is '"' or '\'' or '<' or '=' or '`';
                    if (badValue) Problem(valueAt, $"unquoted value of {name} contains a quote, '<', '=' or '`'");
                    (valueLength, j) = (k - valueAt, k);
                }
            }

            if (FindAttribute(name) is not null)
            {
                Problem(nameAt, $"duplicate attribute {name}");
                continue;
            }
            if (attributeCount == attributes.Length) Array.Resize(ref attributes, attributes.Length * 2);
            attributes[attributeCount++] = new Attribute(name, nameAt, valueAt, valueLength, hasValue);
        }
    }

    /// <summary>Takes from the tag's attributes what the checker needs: links, ids, the page's language.</summary>
    private void ReadAttributeValues(string tag, int tagLine)
    {
        var context = LinkContext.Relative;
        string? metaUrl = null;
        switch (tag)
        {
            case "html":
                sawHtml = true;
                if (FindAttribute("lang") is not { } lang || string.IsNullOrWhiteSpace(Value(lang)))
                    problems.Add(new PageProblem(tagLine, "<html> has no lang attribute"));
                break;
            case "base":
                problems.Add(new PageProblem(tagLine, "<base> changes how every relative link resolves; the site does not use it"));
                return;
            case "link" when FindAttribute("rel") is { } rel:
                foreach (var token in Value(rel).Split(' ', '\t', '\n', '\r', '\f'))
                    if (token.Equals("canonical", StringComparison.OrdinalIgnoreCase) || token.Equals("alternate", StringComparison.OrdinalIgnoreCase))
                        context = LinkContext.StandardAbsolute;
                break;
            case "meta":
                metaUrl = MetaUrl(out context);
                break;
        }

        for (var k = 0; k < attributeCount; k++)
        {
            var attribute = attributes[k];
            if (!attribute.HasValue && attribute.Name != "id") continue;
            switch (attribute.Name)
            {
                case "href" or "src" or "poster" or "action" or "formaction" or "xlink:href":
                case "data" when tag == "object":
                    links.Add(new FoundLink(Value(attribute), LineAt(attribute.ValueAt), context));
                    break;
                case "content" when metaUrl is not null:
                    links.Add(new FoundLink(metaUrl, LineAt(attribute.ValueAt), context));
                    break;
                case "srcset":
                    var srcsetLine = LineAt(attribute.ValueAt);
                    foreach (var url in SrcSet.Urls(Value(attribute))) links.Add(new FoundLink(url, srcsetLine, context));
                    break;
                case "style":
                    CssUrls.Extract(Value(attribute), LineAt(attribute.ValueAt), links);
                    break;
                case "id":
                    var id = Value(attribute);
                    if (id.Length == 0) Problem(attribute.NameAt, "empty id");
                    else if (!ids.Add(id)) Problem(attribute.NameAt, $"duplicate id \"{id}\"");
                    break;
                case "name" when tag == "a":
                    anchorNames.Add(Value(attribute));
                    break;
            }
        }
    }

    /// <summary>The URL a &lt;meta&gt; carries: an absolute Open Graph or Twitter card URL (allowed where the
    /// standard demands it), or the target of a refresh.</summary>
    private string? MetaUrl(out LinkContext context)
    {
        context = LinkContext.Relative;
        if (FindAttribute("content") is not { } contentAttribute) return null;
        var content = Value(contentAttribute).Trim();
        if (FindAttribute("http-equiv") is { } equiv && Value(equiv).Equals("refresh", StringComparison.OrdinalIgnoreCase))
        {
            var url = content.IndexOf("url=", StringComparison.OrdinalIgnoreCase);
            return url < 0 ? null : content[(url + 4)..].Trim().Trim('"', '\'');
        }

        var isCard = FindAttribute("property") is { } property && Value(property).StartsWith("og:", StringComparison.OrdinalIgnoreCase)
            || FindAttribute("name") is { } name && Value(name).StartsWith("twitter:", StringComparison.OrdinalIgnoreCase);
        // Card fields are mostly text (og:title); only those written as absolute URLs are links.
        var looksAbsolute = content.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || content.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || content.StartsWith("//", StringComparison.Ordinal);
        if (!looksAbsolute) return null;
        context = isCard ? LinkContext.StandardAbsolute : LinkContext.Relative;
        return content;
    }

    private Attribute? FindAttribute(string name)
    {
        for (var k = 0; k < attributeCount; k++)
            if (ReferenceEquals(attributes[k].Name, name) || attributes[k].Name == name) return attributes[k];
        return null;
    }

    private string Value(Attribute attribute) =>
        attribute.HasValue ? CharacterReferences.Decode(html.AsSpan(attribute.ValueAt, attribute.ValueLength)) : "";
}
