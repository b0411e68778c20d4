namespace Site.Parsing.Bylines;

/// <summary>Names an extractor printed with no space between them ("夏晓蕾倪春军"): cut where each
/// name starts with a common surname, preferring names of three letters, the commonest length.</summary>
internal static class GluedNames
{
    // The commonest Chinese surnames (together over four fifths of the population), compound ones first.
    private static readonly string[] Compound = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "夏侯", "长孙"];
    private const string Single =
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由";

    private static readonly HashSet<char> Surnames = [.. Single];

    /// <summary>Whether the name opens with one of the common surnames.</summary>
    public static bool StartsWithSurname(string name) => SurnameLength(name) > 0;

    /// <summary>The letters of the common surname that opens the name: 2 for a compound one, 1, or 0.</summary>
    private static int SurnameLength(string name) =>
        Compound.Any(c => name.StartsWith(c, StringComparison.Ordinal)) ? 2 : name.Length > 0 && Surnames.Contains(name[0]) ? 1 : 0;

    /// <summary>The names, cut only where each opens with a surname; null when that does not read.</summary>
    public static List<string>? SplitAtSurnames(string run) => run.Length < 4 ? null : Cut(run, 0);

    /// <summary>The names, or null when the run cannot be cut into names that each open with a surname.</summary>
    public static List<string>? Split(string run)
    {
        // Names of three letters each where no cut at surnames reads ("郑金发怀成波" with a rarer surname).
        if (run.Length < 4) return null;
        return SplitAtSurnames(run) ?? (run.Length % 3 == 0 && run.Length <= 12 ? [.. run.Chunk(3).Select(c => new string(c))] : null);
    }

    private static List<string>? Cut(string run, int at)
    {
        if (at == run.Length) return [];
        foreach (var length in (ReadOnlySpan<int>)[3, 2, 4])
        {
            if (at + length > run.Length) continue;
            var name = run.Substring(at, length);
            var surname = SurnameLength(name);
            if (surname == 0 || length == 4 && surname != 2 || length - surname < 1) continue;
            if (Cut(run, at + length) is { } rest)
            {
                rest.Insert(0, name);
                return rest;
            }
        }
        return null;
    }
}
