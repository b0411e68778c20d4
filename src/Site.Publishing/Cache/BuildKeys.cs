using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using Site.Parsing.Rules;
using Site.Publishing.Documents;
using Site.Publishing.Hashing;

namespace Site.Publishing.Cache;

/// <summary>The keys the build cache files its work under. Each key sums up everything the work's result
/// depends on, the code's version always among them: equal keys, equal bytes.</summary>
public static class BuildKeys
{
    /// <summary>What every page depends on: the code, site.yml (as bytes, with --base-url), the theme.</summary>
    /// <param name="compiledTemplates">Whether the templates are compiled: the pages are the same bytes either
    /// way, but a build that switches renders every page again, so that <c>--interpret-templates</c> checks
    /// the whole site against the compiled build (and the build after it, the other way).</param>
    /// <param name="imaging">What the build can draw of PDF pages (<see cref="Imaging.PageImaging.Capability"/>):
    /// a page published without its image is rendered again once pdftoppm is installed.</param>
    public static string Site(ReadOnlySpan<byte> configBytes, string? baseUrlOption, string themeFingerprint, bool compiledTemplates = true,
        string imaging = "")
    {
        var f = new Fingerprint();
        f.Add("site").Add(CodeVersion.Current).Add(configBytes).Add(baseUrlOption).Add(themeFingerprint);
        if (!compiledTemplates) f.Add("interpreted");
        if (imaging.Length > 0) f.Add(imaging);
        return f.Finish();
    }

    /// <summary>What parsing depends on besides the raw files: the code and the paper's parsing rules (not
    /// the rest of site.yml, so retitling the site does not re-parse ten years). Every public property of
    /// the rules is part of the key, found by reflection: a rule added to <see cref="ParserRules"/> is keyed
    /// without a word here, and one of a kind the key cannot spell fails every build until it can.</summary>
    public static string Parser(ParserRules rules)
    {
        var f = new Fingerprint();
        f.Add("parser").Add(CodeVersion.Current);
        foreach (var property in RuleProperties)
        {
            f.Add(property.Name);
            AddRule(f, property.GetValue(rules), property.Name);
        }
        return f.Finish();
    }

    /// <summary>The rules' public properties in the order they are declared.</summary>
    private static readonly PropertyInfo[] RuleProperties =
        [.. typeof(ParserRules).GetProperties(BindingFlags.Public | BindingFlags.Instance).OrderBy(p => p.MetadataToken)];

    /// <summary>A rule's value: text as itself, a number or a flag in invariant form, a list item by item
    /// with its length, a pattern by its source (any type that spells itself with its own ToString).</summary>
    private static void AddRule(Fingerprint f, object? value, string name)
    {
        switch (value)
        {
            case null:
                f.Add((string?)null);
                break;
            case string text:
                f.Add(text);
                break;
            case IFormattable formattable when value.GetType().IsPrimitive || value.GetType().IsEnum:
                f.Add(formattable.ToString(null, CultureInfo.InvariantCulture));
                break;
            case bool flag:
                f.Add(flag ? 1 : 0);
                break;
            case IEnumerable list:
                var count = 0;
                f.Add("[");
                foreach (var item in list)
                {
                    AddRule(f, item, name);
                    count++;
                }
                f.Add(count);
                break;
            default:
                var own = value.GetType().GetMethod(nameof(ToString), Type.EmptyTypes);
                if (own is null || own.DeclaringType != value.GetType() || value.GetType().GetMethod("<Clone>$") is not null)
                    throw new NotSupportedException($"ParserRules.{name}: the build cache cannot key a {value.GetType().Name}; give it a ToString that spells its value, or key it in BuildKeys.AddRule");
                f.Add(value.ToString());
                break;
        }
    }

    /// <summary>An edition's parse: the parser key, its files' paths (as given: the parse's warnings name
    /// them) and bytes, its edition.yml.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string Parse(string parserKey, EditionSource source, SourceHashes hashes)
    {
        var f = new Fingerprint();
        f.Add("parse").Add(parserKey).Add(source.Date).Add(source.SingleFile ? 1 : 0);
        for (var i = 0; i < source.Files.Length; i++)
            f.Add(source.Files[i]).Add(source.PageNumbers.IsDefaultOrEmpty ? 0 : source.PageNumbers[i]).Add(hashes.Of(source.Files[i], source.Stamps[i]));
        f.Add(source.ManifestPath).Add(source.ManifestPath is null ? null : hashes.Of(source.ManifestPath, source.Stamps[^1]));
        return f.Finish();
    }

    /// <summary>An edition's page views, articles and edition.json: its parse and the site key.</summary>
    public static string Render(string siteKey, string parseKey)
    {
        var f = new Fingerprint();
        return f.Add("render").Add(siteKey).Add(parseKey).Finish();
    }

    /// <summary>An edition's front page (and the home page when it is the latest): its render key and where
    /// it stands among the others. Only the fronts link to other editions, so a new day re-renders the
    /// day before's front, not its pages and articles.</summary>
    public static string Front(string renderKey, EditionNeighbours n)
    {
        var f = new Fingerprint();
        f.Add("front").Add(renderKey).Add(n.Previous).Add(n.Next).Add(n.IsLatest ? 1 : 0);
        if (n.IsLatest) foreach (var d in n.Recent) f.Add(d);   // only the home page shows them
        return f.Finish();
    }

    /// <summary>A page of a listing: the site key, where it stands in its listing, and its articles (each by
    /// its place and its edition's parse key, which decides its headline, excerpt and credits); for the
    /// listing's front (page 0), also how many articles and numbered pages the listing has, which it shows.</summary>
    /// <remarks>Ten years hold 11,000 such pages of 50 articles, keyed on every build: an edition's parse
    /// key is added once per run of its articles (a page holds about eight editions), not per article.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string ListingPage(string siteKey, ListingPage page, IReadOnlyDictionary<DateOnly, string> parseKeys)
    {
        var f = new Fingerprint();
        f.Add("listing").Add(siteKey).Add(page.Folder).Add(page.Label).Add(page.Number).Add(page.Number < page.Count ? 1 : 0);
        if (page.Number == 0) f.Add(page.Total).Add(page.Count);
        DateOnly? date = null;
        foreach (var item in page.Items.AsSpan())
        {
            var entry = item.Entry;
            // -1 opens an edition's run; an article's place, (page << 32) | number, is never negative.
            if (entry.Date != date) f.Add(-1L).Add(date = entry.Date).Add(parseKeys[entry.Date]);
            f.Add(((long)entry.Page << 32) | (uint)entry.Number).Add(item.Role);
        }
        return f.Finish();
    }

    /// <summary>A year's sitemaps: the site key (the base URL among it) and each edition's date and parse
    /// (which decides its pages and articles).</summary>
    public static string YearSitemaps(string siteKey, int year, IEnumerable<(DateOnly Date, string ParseKey)> editions)
    {
        var f = new Fingerprint();
        f.Add("sitemaps").Add(siteKey).Add(year);
        foreach (var (date, parseKey) in editions) f.Add(date).Add(parseKey);
        return f.Finish();
    }

    /// <summary>A unit of the search index: the site key and the parse of every edition in the unit.</summary>
    public static string SearchUnit(string siteKey, string unit, IEnumerable<(DateOnly Date, string ParseKey)> editions)
    {
        var f = new Fingerprint();
        f.Add("search").Add(siteKey).Add(unit);
        foreach (var (date, parseKey) in editions.OrderBy(e => e.Date)) f.Add(date).Add(parseKey);
        return f.Finish();
    }
}
