namespace Site.Publishing.Check;

/// <summary>The URLs of a srcset attribute ("a.jpg 1x, b.jpg 2x"), parsed as the HTML standard does: a URL
/// runs to the next white space, and a trailing comma ends the candidate without descriptors.</summary>
internal static class SrcSet
{
    public static IEnumerable<string> Urls(string srcset)
    {
        var i = 0;
        while (true)
        {
            while (i < srcset.Length && (char.IsWhiteSpace(srcset[i]) || srcset[i] == ',')) i++;
            if (i >= srcset.Length) yield break;
            var start = i;
            while (i < srcset.Length && !char.IsWhiteSpace(srcset[i])) i++;
            var url = srcset[start..i];
            if (url.EndsWith(','))
            {
                yield return url.TrimEnd(',');
                continue;
            }
            yield return url;
            for (var depth = 0; i < srcset.Length; i++)
            {
                var c = srcset[i];
                if (c == '(') depth++;
                else if (c == ')' && depth > 0) depth--;
                else if (c == ',' && depth == 0) break;
            }
        }
    }
}
