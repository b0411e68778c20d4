using System.Globalization;
using Site.Parsing.Edition;

namespace Site.Corpus.Typesetting;

/// <summary>How a byline, a photo credit and a commentary's signature are printed, and what the gold says of them.</summary>
/// <param name="Line">A line of its own before the body (■记者 X 通讯员 Y, 本报记者 X, ■本报评论员), if any.</param>
/// <param name="BeforeHeadline">The line stands above the display lines (seed 000 prints some so) rather than under them.</param>
/// <param name="Printed">The paragraphs as printed (a dateline byline or a trailing （name） inside them).</param>
/// <param name="Gold">The paragraphs as the gold has them (a trailing （name） is the byline's, not the body's).</param>
public sealed record PrintedBody(string? Line, bool BeforeHeadline, IReadOnlyList<string> Printed, IReadOnlyList<string> Gold, Credits Credits);

/// <summary>A paper's conventions: its nameplate and folios, how it prints bylines, credits and signatures,
/// its furniture (ads, slogans, column labels) and which sources fill its pages.</summary>
public abstract class Paper
{
    public abstract string Id { get; }

    /// <summary>Sources in order of preference; the first fills most of the page.</summary>
    public abstract IReadOnlyList<string> Sources { get; }

    /// <summary>The header (nameplate and masthead, or folio) and footer, and the edition facts they print.</summary>
    public abstract (List<FurnitureBlock> Header, List<FurnitureBlock> Footer, EditionFacts Facts) Furniture(Design design, DateOnly date, int page, Rng rng);

    public abstract PrintedBody News(SourceArticle a, Rng rng);

    public abstract PrintedBody Commentary(SourceArticle a, Rng rng);

    /// <summary>A caption as printed with its credit (at its end, or as a line of its own) for these photographers.</summary>
    public abstract (string Caption, string? CreditLine) Credit(string caption, IReadOnlyList<string> photographers, Rng rng);

    public abstract IReadOnlyList<string> ColumnLabels { get; }
    public abstract IReadOnlyList<string> CommentaryLabels { get; }
    public abstract IReadOnlyList<string> TeaserLabels { get; }
    public abstract IReadOnlyList<string> TeaserKickers { get; }
    public abstract string Pointer(int page, Rng rng);
    public abstract string WeatherLabel { get; }
    public abstract IReadOnlyList<string> Slogans { get; }
    public abstract IReadOnlyList<string> Ad(Rng rng);

    public static readonly IReadOnlyList<Paper> All = [new PinghuPaper(), new NationalDaily(), new OverseasDaily()];

    public static Paper ById(string id) => All.FirstOrDefault(p => p.Id == id) ?? throw new ArgumentException($"no paper \"{id}\"");

    protected static string Date(DateOnly d) => string.Create(CultureInfo.InvariantCulture, $"{d.Year}年{d.Month}月{d.Day}日");

    protected static string Numeral(int n) => n switch
    {
        <= 10 => "〇一二三四五六七八九十"[n].ToString(),
        < 20 => "十" + (n % 10 == 0 ? "" : Numeral(n % 10)),
        _ => Numeral(n / 10) + "十" + (n % 10 == 0 ? "" : Numeral(n % 10)),
    };

    protected static string Phone(Rng rng, string area) => string.Create(CultureInfo.InvariantCulture, $"{area}-{rng.Between(5100, 8999)}{rng.Between(1000, 9999)}");

    /// <summary>"本报讯 近日，…" without its lead and the space after it.</summary>
    protected static string AfterLead(string paragraph, string lead) => paragraph[lead.Length..].TrimStart(' ', '\u3000');

    protected static string Join(IEnumerable<string> names) => string.Join(" ", names);

    /// <summary>A signature the source gives (本报评论员, a pen name), or one made for the article.</summary>
    protected static string Signature(SourceArticle a) => a.Credits.Authors.Count > 0 ? a.Credits.Authors[0] : Names.Person(a.Id + "/author");
}

/// <summary>The Pinghu edition as the seeds print it: ■记者 X 通讯员 Y under the headline, 本报讯 leads,
/// ■摄影 X under a photo, ■本报评论员 or a pen name on commentary, 嘉兴日报·平湖版 masthead with 农历 and 总第N期.</summary>
public sealed class PinghuPaper : Paper
{
    public override string Id => "pinghu";
    public override IReadOnlyList<string> Sources => ["pinghu", "xinhua"];

    public override (List<FurnitureBlock>, List<FurnitureBlock>, EditionFacts) Furniture(Design design, DateOnly date, int page, Rng rng)
    {
        var header = new List<FurnitureBlock>();
        var footer = new List<FurnitureBlock>();
        if (design.Front)
        {
            var issue = Composition.Masthead.FirstIssue(date);
            header.Add(new(design.Columns, "apps", [Composition.Masthead.Apps]));
            header.Add(new(design.Columns, "nameplate", rng.Chance(0.5) ? ["嘉兴日报", "JIAXING DAILY"] : ["嘉兴日报"]));
            header.Add(new(design.Columns, "edition", [Composition.Masthead.EditionName]));
            header.Add(new(design.Columns, "dateline", [.. Composition.Masthead.Block(date, issue).Split('\n')]));
            return (header, footer, new EditionFacts(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ChineseDate.Weekday(date),
                ChineseDate.LunarDate(date), issue, Composition.Masthead.EditionName));
        }
        var section = rng.Pick(["平湖新闻", "综合", "民生", "文化", "经济"]);
        header.Add(new(design.Columns, "folio", [$"{Date(date)} {ChineseDate.Weekday(date)}", $"{Numeral(page)}版 {section}", "平湖版"]));
        footer.Add(new(design.Columns, "folio-foot", [$"责任编辑：{Names.Person($"{design.Seed}/editor")}  版面设计：{Names.Person($"{design.Seed}/layout")}"]));
        return (header, footer, new EditionFacts(null, null, null, null, "平湖版"));
    }

    public override PrintedBody News(SourceArticle a, Rng rng)
    {
        if (a.Dateline is not null) return new(null, false, a.Paragraphs, a.Paragraphs, a.Credits);
        var parts = new List<string>();
        if (a.Credits.Reporters.Count > 0) parts.Add("记者 " + Join(a.Credits.Reporters));
        if (a.Credits.Correspondents.Count > 0) parts.Add("通讯员 " + Join(a.Credits.Correspondents));
        if (a.Credits.Authors.Count > 0) parts.Add(Join(a.Credits.Authors));
        var line = parts.Count == 0 ? null : (rng.Chance(0.75) ? "■" : "") + string.Join(" ", parts);
        return new(line, line is not null && rng.Chance(0.15), a.Paragraphs, a.Paragraphs, a.Credits);
    }

    public override PrintedBody Commentary(SourceArticle a, Rng rng)
    {
        var who = Signature(a);
        return new((who == "本报评论员" || rng.Chance(0.6) ? "■" : "") + who, false, a.Paragraphs, a.Paragraphs, new([], [], [], [who]));
    }

    public override (string, string?) Credit(string caption, IReadOnlyList<string> photographers, Rng rng) =>
        (caption, "■摄影 " + Join(photographers));

    public override IReadOnlyList<string> ColumnLabels => ["喜迎二十大 稳进提质看平湖", "民生优享 幸福平湖", "深1度", "共富路上 勇当典范", "本栏目被评为嘉兴市十大精品栏目"];
    public override IReadOnlyList<string> CommentaryLabels => ["东湖时评", "评论", "本报评论"];
    public override IReadOnlyList<string> TeaserLabels => ["导读"];
    public override IReadOnlyList<string> TeaserKickers => ["深1度·民生优享", "经济创新", "平湖新闻", "文化视窗", "社会民生"];
    public override string Pointer(int page, Rng rng) => (rng.Chance(0.5) ? "»»»»» " : "") + $"详见{Numeral(page)}版";
    public override string WeatherLabel => "平湖天气";
    public override IReadOnlyList<string> Slogans => ["文明健康 绿色环保", "平湖发布 平湖客户端", "创建全国文明城市 共建美好幸福家园", "扫一扫 看视频"];

    public override IReadOnlyList<string> Ad(Rng rng) => rng.Between(0, 2) switch
    {
        0 => ["公益广告", rng.Pick(["环保之心·汇聚点滴", "文明餐桌 光盘行动", "垃圾分类 从我做起"]), "平湖市文明办 平湖市传媒中心 宣"],
        1 => [rng.Pick(["当湖家居广场", "东湖眼镜", "平湖华联超市", "金色年华摄影"]), rng.Pick(["年中大促 全场5折起", "会员日 满300减50", "新店开业 特价99元"]),
            "详询电话：" + Phone(rng, "0573"), $"地址：平湖市当湖街道新华中路{rng.Between(10, 399)}号"],
        _ => ["招聘", $"本公司因业务发展需要，招聘{rng.Pick(["会计", "销售", "司机", "文员"])}{rng.Between(2, 9)}名", "详询：" + Phone(rng, "0573") + " 王先生"],
    };
}

/// <summary>A national daily: datelines with （记者 X）, 新华社 copy, 本报评论员 without ■, credits at a
/// caption's end (新华社记者 X 摄), folios 第05版 要闻 with 本版责编 and 版式, issue numbers as 第N号.</summary>
public sealed class NationalDaily : Paper
{
    public override string Id => "national";
    public override IReadOnlyList<string> Sources => ["xinhua", "pinghu"];

    private static readonly DateOnly Epoch = new(2023, 1, 1);

    public override (List<FurnitureBlock>, List<FurnitureBlock>, EditionFacts) Furniture(Design design, DateOnly date, int page, Rng rng)
    {
        var header = new List<FurnitureBlock>();
        var footer = new List<FurnitureBlock>();
        var weekday = ChineseDate.Weekday(date);
        if (design.Front)
        {
            var issue = 26000 + date.DayNumber - Epoch.DayNumber;
            header.Add(new(design.Columns, "nameplate", ["华夏日报", "HUAXIA RIBAO"]));
            header.Add(new(design.Columns, "dateline", [$"{Date(date)} {weekday}", ChineseDate.LunarDate(date), $"第{issue}号 今日{rng.Pick([8, 12, 16, 20])}版"]));
            header.Add(new(design.Columns, "edition-note", ["国内统一连续出版物号 CN11-0099 代号1-9"]));
            return (header, footer, new EditionFacts(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), weekday, ChineseDate.LunarDate(date), issue, null));
        }
        var section = rng.Pick(["要闻", "教科新闻", "经济", "国际", "社会", "地方"]);
        header.Add(new(design.Columns, "folio", [$"第{page:00}版 {section}", $"华夏日报 {Date(date)} {weekday}"]));
        header.Add(new(design.Columns, "folio-editors", [$"本版责编：{Names.Person($"{design.Seed}/editor")} 版式：{Names.Person($"{design.Seed}/layout")}"]));
        return (header, footer, EditionFacts.Unknown);
    }

    public override PrintedBody News(SourceArticle a, Rng rng)
    {
        if (a.Dateline is not null) return new(null, false, a.Paragraphs, a.Paragraphs, a.Credits);
        var names = new List<string>();
        if (a.Credits.Reporters.Count > 0) names.Add("记者 " + Join(a.Credits.Reporters));
        if (a.Credits.Correspondents.Count > 0) names.Add("通讯员 " + Join(a.Credits.Correspondents));
        if (names.Count == 0) return new(null, false, a.Paragraphs, a.Paragraphs, Credits.None);
        if (a.Lead is null || rng.Chance(0.35))
        {
            // 本报记者 X 通讯员 Y on a line under the headline; the lead keeps 本报讯.
            var line = "本报" + string.Join(" ", names);
            return new(line, false, a.Paragraphs, a.Paragraphs, a.Credits);
        }
        // 本报讯（记者 X 通讯员 Y）: the byline inside the lead, as the dateline form puts it.
        var first = $"{a.Lead}（{string.Join(" ", names)}）{AfterLead(a.Paragraphs[0], a.Lead)}";
        IReadOnlyList<string> printed = [first, .. a.Paragraphs.Skip(1)];
        return new(null, false, printed, printed, a.Credits);
    }

    public override PrintedBody Commentary(SourceArticle a, Rng rng)
    {
        var who = Signature(a);
        return new(who, false, a.Paragraphs, a.Paragraphs, new([], [], [], [who]));
    }

    public override (string, string?) Credit(string caption, IReadOnlyList<string> photographers, Rng rng) =>
        ($"{caption}（{rng.Pick(["新华社记者", "本报记者"])} {string.Join("、", photographers)} 摄）", null);

    public override IReadOnlyList<string> ColumnLabels => ["今日谈", "新时代新征程新伟业", "经济新方位", "国际视点", "关注"];
    public override IReadOnlyList<string> CommentaryLabels => ["本报评论员文章", "人民论坛", "评论"];
    public override IReadOnlyList<string> TeaserLabels => ["导读", "今日导读"];
    public override IReadOnlyList<string> TeaserKickers => ["要闻", "经济", "国际", "社会", "文化"];
    public override string Pointer(int page, Rng rng) => $"（详见第{page}版）";
    public override string WeatherLabel => "北京天气";
    public override IReadOnlyList<string> Slogans => ["学习贯彻党的二十大精神", "高质量发展调研行", "欢迎订阅2026年度华夏日报"];

    public override IReadOnlyList<string> Ad(Rng rng) => rng.Between(0, 1) switch
    {
        0 => ["华夏日报 欢迎订阅", $"全年定价 {rng.Between(400, 600)}元 邮发代号1-9", "订阅热线 11185"],
        _ => ["声明", $"{rng.Pick(["北京", "天津", "河北"])}{rng.Pick(["宏达", "远航", "兴业"])}贸易有限公司遗失公章一枚，声明作废。", "联系电话：" + Phone(rng, "010")],
    };
}

/// <summary>An overseas Chinese daily with a Latin nameplate: AFP copy with a trailing （name） at the body's
/// end, 本报评论员 without ■, credits at a caption's end (…（本报记者 X摄）, …摄影报道), issues 第N期.</summary>
public sealed class OverseasDaily : Paper
{
    public override string Id => "overseas";
    public override IReadOnlyList<string> Sources => ["afp", "xinhua", "pinghu"];

    private static readonly DateOnly Epoch = new(2023, 1, 1);

    public override (List<FurnitureBlock>, List<FurnitureBlock>, EditionFacts) Furniture(Design design, DateOnly date, int page, Rng rng)
    {
        var header = new List<FurnitureBlock>();
        var footer = new List<FurnitureBlock>();
        var weekday = ChineseDate.Weekday(date);
        if (design.Front)
        {
            var issue = 8000 + date.DayNumber - Epoch.DayNumber;
            header.Add(new(design.Columns, "nameplate", ["STRAITS CHINESE DAILY", "海峡华文日报"]));
            header.Add(new(design.Columns, "dateline", [$"{Date(date)} {weekday}", $"第{issue}期", $"零售价 {rng.Pick(["1.20", "1.50", "2.00"])}元"]));
            return (header, footer, new EditionFacts(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), weekday, null, issue, null));
        }
        var section = rng.Pick(["国际新闻", "中国新闻", "财经", "综合"]);
        header.Add(new(design.Columns, "folio", [$"A{page} {section}", $"{Date(date)} {weekday}", "STRAITS CHINESE DAILY"]));
        footer.Add(new(design.Columns, "folio-foot", [$"责任编辑 {Names.Person($"{design.Seed}/editor")} 美编 {Names.Person($"{design.Seed}/layout")}"]));
        return (header, footer, EditionFacts.Unknown);
    }

    public override PrintedBody News(SourceArticle a, Rng rng)
    {
        if (a.Source == "xinhua") return new(null, false, a.Paragraphs, a.Paragraphs, a.Credits);
        // A trailing （name） at the body's end: the source's names, or an editor's for wire copy that has none.
        var names = a.Credits.IsEmpty ? [Names.Person(a.Id + "/editor")] : a.Credits.Everyone.ToList();
        var printed = a.Paragraphs.ToList();
        printed[^1] += $"（{Join(names)}）";
        return new(null, false, printed, a.Paragraphs, new([], [], [], names));
    }

    public override PrintedBody Commentary(SourceArticle a, Rng rng)
    {
        var who = Signature(a);
        if (who == "本报评论员") return new(who, false, a.Paragraphs, a.Paragraphs, new([], [], [], [who]));
        var printed = a.Paragraphs.ToList();
        printed[^1] += $"（{who}）";
        return new(null, false, printed, a.Paragraphs, new([], [], [], [who]));
    }

    public override (string, string?) Credit(string caption, IReadOnlyList<string> photographers, Rng rng) => rng.Chance(0.6)
        ? ($"{caption}（本报记者 {string.Join("、", photographers)}摄）", null)
        : ($"{caption} 本报记者 {string.Join("、", photographers)} 摄影报道", null);

    public override IReadOnlyList<string> ColumnLabels => ["WORLD 国际", "焦点", "CHINA 中国", "BUSINESS 财经"];
    public override IReadOnlyList<string> CommentaryLabels => ["社论", "言论", "OPINION"];
    public override IReadOnlyList<string> TeaserLabels => ["导读", "INSIDE"];
    public override IReadOnlyList<string> TeaserKickers => ["国际", "中国", "财经", "本地"];
    public override string Pointer(int page, Rng rng) => $"详见A{page}版";
    public override string WeatherLabel => "本地天气";
    public override IReadOnlyList<string> Slogans => ["海峡华文日报 您的每日新闻", "WWW.STRAITSCHINESE.EXAMPLE", "订阅专线 6388 1234"];

    public override IReadOnlyList<string> Ad(Rng rng) => rng.Between(0, 1) switch
    {
        0 => [rng.Pick(["金龙酒家", "华侨银行", "南洋旅行社"]), rng.Pick(["春节团圆饭 每席888元", "定期存款 年息3.2%", "欧洲十日游 特价2999元"]), "详询 +65 " + rng.Between(6100, 6999) + " " + rng.Between(1000, 9999)],
        _ => ["分类广告", $"{rng.Pick(["房屋出租", "诚聘厨师", "二手车出售"])} 价格面议", "电话 " + rng.Between(8100, 9899) + " " + rng.Between(1000, 9999)],
    };
}
