using System.Text.RegularExpressions;
using Site.Parsing.Bylines;
using Site.Parsing.Layout;
using Site.Parsing.Model;
using Site.Parsing.Rules;
using Site.Parsing.Text;

namespace Site.Parsing.Classify;

/// <summary>Judges each block on its own: the first pass of the parse.</summary>
public static partial class BlockClassifier
{
    /// <summary>Display lines are short: longer text is running text even when cut mid-sentence.</summary>
    internal const int MaxDisplayLength = 40;

    public static ClassifiedBlock Classify(Block block, ParserRules rules)
    {
        var compact = TextShape.Compact(block.Text);

        if (IsMasthead(compact, block.Lines.Length)) return new(block, BlockKind.Masthead, Reason: NoiseReason.Masthead);
        // A pointer ("详见五版") also has the edition name's shape: it is asked first.
        if (IsTeaserLabel(compact, rules)) return new(block, BlockKind.TeaserLabel, Reason: NoiseReason.TeaserLabel);
        if (compact.Length <= 24 && TeaserPointer().IsMatch(compact))
            return new(block, BlockKind.TeaserPointer, Reason: NoiseReason.TeaserPointer);
        if (block.Lines.Length == 1 && rules.EditionName.IsMatch(compact))
            return new(block, BlockKind.EditionName, Reason: NoiseReason.EditionName);
        if (rules.IsNoise(compact)) return new(block, BlockKind.Noise, Reason: NoiseReason.SiteRule);
        if (Furniture.Reason(block.Text, compact) is { } furniture) return new(block, BlockKind.Noise, Reason: furniture);

        if (TextShape.IsSectionNumber(compact)) return new(block, BlockKind.SectionMarker);
        if (block.Lines.Length <= 2 && CreditParser.ParsePhoto(block.Text) is { } credit)
            return new(block, BlockKind.PhotoCredit, credit);
        if (block.Shape == BlockShape.Caption) return new(block, BlockKind.Caption);
        if (BylineParser.ParseMarked(block.Lines, rules) is { } byline)
            return new(block, byline.IsPhotoCredit ? BlockKind.PhotoCredit : BlockKind.Byline, byline);
        if (BylineParser.ParseBare(block.Lines, rules) is { } names
            && (block.Shape is not (BlockShape.Display or BlockShape.DisplayType) || names.IsCommentary || NamesByShape(block.Text, names)
                || NameInBodyType(block, names)))
            return new(block, BlockKind.Names, names);

        if (IsWeather(compact)) return new(block, BlockKind.Weather);
        if (IsCaption(compact, block)) return new(block, BlockKind.Caption);
        if (block.Shape is BlockShape.Display or BlockShape.DisplayType) return new(block, BlockKind.Display);
        return new(block, IsBody(compact, block) ? BlockKind.Body : BlockKind.Display);
    }

    /// <summary>A line that is a thing of its own wherever it stands: the masthead, the edition's name,
    /// furniture, a noise rule's match, a 导读 label or pointer.</summary>
    internal static bool StandsAlone(string text, string compact, ParserRules rules) =>
        compact.Length <= 100 && (IsMasthead(compact, 1) || rules.EditionName.IsMatch(compact)
                                  || IsTeaserPart(compact, rules)
                                  || rules.IsNoise(compact) || Furniture.Reason(text, compact) is not null);

    /// <summary>Bare names on a line cut out of running text are names only by their shape: set apart
    /// by spaces, each opening with a common surname (a headline's wrapped tail "和部队" is not).</summary>
    private static bool NamesByShape(string text, ParsedByline names) =>
        Tokens.Split(text).Length > 1 && names.Byline.Authors.All(GluedNames.StartsWithSurname);

    /// <summary>One name on a line of its own in body type, where the PDF shows the type ("言成声" under a
    /// headline): a signature, not a three-letter subheadline, which would be set larger.</summary>
    private static bool NameInBodyType(Block block, ParsedByline names) =>
        block.BelowDisplayType && names.Byline.Authors is [var name] && name.Length is 2 or 3 && GluedNames.StartsWithSurname(name);

    /// <summary>A line of the masthead: the date with another fact, or the edition's name.</summary>
    internal static bool IsMastheadLine(string compact, ParserRules rules) =>
        compact.Length <= 100 && (IsMasthead(compact, 1) || rules.EditionName.IsMatch(compact) && !TeaserPointer().IsMatch(compact));

    /// <summary>A 导读 box's label or one of its pointers.</summary>
    internal static bool IsTeaserPart(string compact, ParserRules rules) =>
        IsTeaserLabel(compact, rules) || compact.Length <= 24 && compact.Contains("详见", StringComparison.Ordinal) && TeaserPointer().IsMatch(compact);

    /// <summary>The paper's own labels, or the ones every paper uses: 导读, 今日导读, 本期导读, INSIDE.</summary>
    internal static bool IsTeaserLabel(string compact, ParserRules rules) =>
        rules.TeaserLabels.Contains(compact) || compact is "今日导读" or "本期导读" or "要闻导读" or "导读" or "INSIDE" or "Inside";

    /// <summary>Column lines are at least this many characters; a logo's or an ad box's lines are shorter.</summary>
    internal const int MinColumnLine = 9;

    /// <summary>Running text: a dateline, a finished sentence, a long line, or a wrapped column.</summary>
    private static bool IsBody(string compact, Block block)
    {
        if (block.Shape == BlockShape.Column || compact.StartsWith("本报讯", StringComparison.Ordinal)) return true;
        // A paragraph's indent, where the text marks indents and the lines under it show the column's edge: a
        // display line is never set so ("由 法 国 基 因 研 究 中 心", spread over a line too short for "GENOSCOPE").
        if (!block.Indents.IsDefault && block.Indents[0]) return true;
        if (TextShape.EndsSentence(compact)) return true;
        if (compact.Length > MaxDisplayLength) return true;
        // Narrow columns wrap every line at the same width; a logo's lines are short and uneven.
        if (block.Lines.Length >= 3)
        {
            var lengths = block.Lines.Select(TextShape.VisibleLength).Order().ToArray();
            return lengths[lengths.Length / 2] >= MinColumnLine;
        }
        return false;
    }

    /// <summary>Needs a Gregorian date and one more masthead fact, so a dated sentence is not taken.</summary>
    private static bool IsMasthead(string compact, int lines)
    {
        if (compact.Length > 100 || compact.Length < 6) return false;
        // Two facts at least: without two of their letters there are not two.
        var letters = (compact.Contains('年') ? 1 : 0) + (compact.Contains("星期", StringComparison.Ordinal) ? 1 : 0)
                      + (compact.Contains("农历", StringComparison.Ordinal) ? 1 : 0) + (compact.Contains('期') ? 1 : 0);
        if (letters < 2) return false;
        var facts = 0;
        if (MastheadDate().IsMatch(compact)) facts++;
        if (compact.Contains("星期", StringComparison.Ordinal)) facts++;
        if (compact.Contains("农历", StringComparison.Ordinal)) facts++;
        if (IssueNumber().IsMatch(compact)) facts++;
        return facts >= 2 && !TextShape.EndsSentence(compact) && lines <= 4;
    }

    /// <summary>A forecast: several weather words and a temperature.</summary>
    private static bool IsWeather(string compact)
    {
        if (compact.Length > 200 || !(compact.Contains('℃') || compact.Contains("气温", StringComparison.Ordinal))) return false;
        var words = WeatherWord().Matches(compact).Select(m => m.Value).Distinct().Count();
        return words >= 3;
    }

    private static bool IsCaption(string compact, Block block) =>
        compact.Length <= 80 && block.Lines.Length <= 3 && !TextShape.EndsSentence(compact)
        && (compact.EndsWith("供图", StringComparison.Ordinal) || compact.EndsWith("摄", StringComparison.Ordinal)
            || compact.EndsWith("资料图片", StringComparison.Ordinal) || compact.EndsWith("（资料图）", StringComparison.Ordinal));

    [GeneratedRegex(@"\d{4}年\d{1,2}月\d{1,2}日")]
    internal static partial Regex MastheadDate();

    [GeneratedRegex(@"总第\d+期")]
    private static partial Regex IssueNumber();

    /// <summary>"详见四版", "详见第12版": group 1 is the page it points at.</summary>
    [GeneratedRegex(@"详见第?(\S{1,3})版")]
    internal static partial Regex TeaserPointer();

    [GeneratedRegex("多云|晴|阴|阵雨|雷雨|雷阵雨|小雨|中雨|大雨|暴雨|雨夹雪|小雪|中雪|大雪|雾|霾|最高气温|最低气温|[东南西北]+风|\\d+到\\d+级|\\d+～\\d+级")]
    private static partial Regex WeatherWord();
}
