using System.Text;

namespace Site.Corpus.Typesetting;

/// <summary>
/// A small seeded generator (SplitMix64) of our own, so that the same seed gives the same pages on every
/// .NET version and machine; and stable string hashes (FNV-1a over UTF-8) to derive seeds from names.
/// </summary>
public sealed class Rng(ulong seed)
{
    private ulong state = seed;

    public static Rng For(params object[] parts) => new(Hash(string.Join("\u001f", parts.Select(p => Convert.ToString(p, System.Globalization.CultureInfo.InvariantCulture)))));

    public static ulong Hash(string text)
    {
        var h = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            h ^= b;
            h *= 1099511628211UL;
        }
        return h;
    }

    public ulong Next()
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>, both included.</summary>
    public int Between(int min, int max) => min + (int)(Next() % (ulong)(max - min + 1));

    public bool Chance(double p) => (Next() >> 11) * (1.0 / (1UL << 53)) < p;

    public T Pick<T>(IReadOnlyList<T> items) => items[Between(0, items.Count - 1)];

    /// <summary>A Fisher–Yates shuffle into a new list.</summary>
    public List<T> Shuffle<T>(IEnumerable<T> items)
    {
        var list = items.ToList();
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = Between(0, i);
            (list[i], list[j]) = (list[j], list[i]);
        }
        return list;
    }
}

/// <summary>Plausible Chinese names, made deterministically from a key (an article id and a role), for
/// bylines, credits and folio lines a source does not give.</summary>
public static class Names
{
    private const string Surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    private const string Given = "晓伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华玉兰萍红海燕鹏辉建文斌宇浩凯慧颖倩婷雪琳晨昊佳欣怡然博思远志鸿瑞祥嘉俊峰雨露蕾丹荔春梅冰清云帆";

    public static string Person(string key)
    {
        var rng = new Rng(Rng.Hash("name\u001f" + key));
        var name = Surnames[rng.Between(0, Surnames.Length - 1)].ToString() + Given[rng.Between(0, Given.Length - 1)];
        return rng.Chance(0.75) ? name + Given[rng.Between(0, Given.Length - 1)] : name;
    }
}
