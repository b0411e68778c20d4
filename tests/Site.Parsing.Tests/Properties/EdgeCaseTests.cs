namespace Site.Parsing.Tests.Properties;

/// <summary>Given tiny or absurd inputs (nothing, only breaks, lone markers, numbers that overflow,
/// dates that do not exist), when they are parsed, then the parser returns and accounts for every
/// character. These are the corners random generation reaches only by luck.</summary>
public sealed class EdgeCaseTests
{
    public static TheoryData<string, string> Cases()
    {
        string[] texts =
        [
            "", " ", "\n", "\f", "\f\f\f", "\r", "\r\n\r\n", "\t\u3000 \u00A0\u2028", "\uFEFF", "\uFEFF平湖版",
            "■", "■■■", "导读", "导读\n\n详见四版", "详见四版", "»»»»详见第99999999999版", "详见九九九九九九九九九九九版",
            "详见〇版", "详见版版版", "总第99999999999期", "总第0期", "总第-1期", "2025年2月30日 星期一", "2025年13月1日",
            "99999年1月1日", "0年0月0日", "农历乙巳年闰十三月三十一", "2025年8月4日 星期八 农历乙巳年闰六月十一 总第5723期",
            "平湖版", "版", "■记者", "■记者 ", "■摄影", "记者 通讯员", "■本报评论员", "言成声", "图为", "■记者 张三\n\n本报讯 ",
            "(下转第999999999999版)", "再再", "再叙山海深情再叙山海深情", "再叙山海深情再叙山海深情再叙山海深情", "。。", "……", "·",
            "标题\n\n■记者 张三\n\f\n■记者 李四", "\f■记者 张三\f本报讯 昨天。\f", "导读\n\n导读\n\n导读",
        ];
        var data = new TheoryData<string, string>();
        foreach (var t in texts)
            foreach (var rules in new[] { "site", "default" })
                data.Add(t, rules);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_corner_case_parses_and_balances(string text, string rules) =>
        Guarded.ParseAndBalance(text, Repo.Rules(rules), $"\"{CharacterLedger.Visible(text)}\" with {rules} rules");
}
