using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Site.Corpus.Typesetting;

/// <summary>
/// Reads the real articles under <c>src/Site.Corpus/Typesetting/Material/</c> (see the README beside each
/// source): the Pinghu edition's gold articles, Xinhua wire copy and AFP's Chinese service. The only
/// changes made to their text: half-width , ; : ( ) ! ? become full-width as print has them (not between
/// digits), and a wire category tag before a headline ("(国际)") is dropped.
/// </summary>
public static partial class MaterialLibrary
{
    public static string DefaultFolder(string repoRoot) =>
        Path.Combine(repoRoot, "src", "Site.Corpus", "Typesetting", "Material");

    /// <summary>Every article of every source, in a fixed order (source, then file order).</summary>
    public static IReadOnlyList<SourceArticle> Load(string folder)
    {
        var articles = new List<SourceArticle>();
        articles.AddRange(LoadPinghu(Path.Combine(folder, "pinghu", "gold-articles.json")));
        foreach (var (source, file) in new[] { ("xinhua", "mt03-xin.txt"), ("afp", "mt03-afc.txt") })
            articles.AddRange(LoadWire(source, Path.Combine(folder, source, file)));
        return articles;
    }

    private static IEnumerable<SourceArticle> LoadPinghu(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        foreach (var a in doc.RootElement.EnumerateArray())
        {
            var kind = a.GetProperty("kind").GetString()!;
            if (kind is not ("news" or "commentary" or "photo")) continue; // teasers are made per page
            var paragraphs = a.GetProperty("paragraphs").EnumerateArray().Select(p => Print(p.GetString()!)).ToList();
            var byline = a.GetProperty("byline");
            List<string> Names(string role) => [.. byline.GetProperty(role).EnumerateArray().Select(x => x.GetString()!)];
            var credits = new Credits(Names("reporters"), Names("correspondents"), Names("photographers"), Names("authors"));
            var lead = paragraphs.Count > 0 && paragraphs[0].StartsWith("本报讯", StringComparison.Ordinal) ? "本报讯" : null;
            yield return new SourceArticle(
                "pinghu/" + a.GetProperty("id").GetString(), "pinghu", kind,
                Optional(a, "kicker"), Print(a.GetProperty("headline").GetString()!), Optional(a, "subheadline"),
                credits, paragraphs, null, lead);
        }
    }

    private static string? Optional(JsonElement a, string name) =>
        a.GetProperty(name).ValueKind == JsonValueKind.String ? Print(a.GetProperty(name).GetString()!) : null;

    /// <summary>"## ID", the headline, then one paragraph a line.</summary>
    private static IEnumerable<SourceArticle> LoadWire(string source, string path)
    {
        var lines = File.ReadAllLines(path, Encoding.UTF8);
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith("## ", StringComparison.Ordinal)) continue;
            var id = lines[i][3..].Trim();
            var headline = CategoryTag().Replace(Print(lines[++i].Trim()), "");
            var paragraphs = new List<string>();
            while (i + 1 < lines.Length && !lines[i + 1].StartsWith("## ", StringComparison.Ordinal))
                if (lines[++i].Trim() is { Length: > 0 } text) paragraphs.Add(Print(text));
            var (dateline, credits) = ReadDateline(paragraphs[0]);
            yield return new SourceArticle($"{source}/{id}", source, "news", null, headline, null, credits, paragraphs, dateline, null);
        }
    }

    /// <summary>新华社哈尔滨1月21日电（记者 吴晓东 杨海滨） → reporters; （李南玲 李向志） → authors (bare names);
    /// （法新社巴黎二日电） → no names.</summary>
    internal static (string? Dateline, Credits Credits) ReadDateline(string first)
    {
        if (AfpDateline().Match(first) is { Success: true } afp) return (afp.Value, Credits.None);
        if (XinhuaDateline().Match(first) is not { Success: true } m) return (null, Credits.None);
        if (!m.Groups["names"].Success) return (m.Value, Credits.None);
        var names = m.Groups["names"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        return names is ["记者", .. var reporters]
            ? (m.Value, new Credits(reporters, [], [], []))
            : (m.Value, new Credits([], [], [], names));
    }

    /// <summary>Half-width , ; : ( ) ! ? as print has them: full-width, except between two digits.</summary>
    public static string Print(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var betweenDigits = i > 0 && i + 1 < text.Length && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1]);
            sb.Append(c switch
            {
                ',' when !betweenDigits => '，',
                ':' when !betweenDigits => '：',
                ';' => '；',
                '(' => '（',
                ')' => '）',
                '!' => '！',
                '?' => '？',
                _ => c,
            });
        }
        return sb.ToString();
    }

    [GeneratedRegex(@"^（[^）]{1,6}）")]
    private static partial Regex CategoryTag();

    [GeneratedRegex(@"^新华社\S{1,8}?\d{1,2}月\d{1,2}日?电(（(?<names>[^）]{1,30})）)?")]
    private static partial Regex XinhuaDateline();

    [GeneratedRegex(@"^（法新社[^）]{1,12}电）")]
    private static partial Regex AfpDateline();
}
