using System.Buffers;
using System.Runtime.InteropServices;
using System.Collections.Immutable;
using Site.Parsing.Bylines;
using Site.Parsing.Classify;
using Site.Parsing.Layout;
using Site.Parsing.Rules;
using Site.Parsing.Text;

namespace Site.Parsing.Segmentation;

/// <summary>Cuts a page's blocks where a reader sees a new part begin, whether or not the extractor left
/// a blank line there: before and after a byline, before a lead's dateline, around display lines (short
/// lines without closing punctuation, set apart from the full lines of a column), and around furniture.
/// Blank lines are the extractor's habit; these cues are the page's.</summary>
internal static partial class PageSplitter
{
    private enum Role { Running, Byline, Lead, Display, Alone, Masthead, Teaser, Credit, Caption, Signature }

    private const int Indent = TextShape.ParagraphIndent;

    public static ImmutableArray<Block> Split(ImmutableArray<Block> page, ParserRules rules) => Split(page, rules, []);

    /// <param name="sideBySide">Gets the lines that held several columns' text side by side.</param>
    public static ImmutableArray<Block> Split(ImmutableArray<Block> page, ParserRules rules, List<int> sideBySide)
    {
        // Every line of the page, cut where a line holds two things, with the block it came from.
        var lineCount = 0;
        foreach (var block in page) lineCount += block.Lines.Length;
        var pieces = new List<Piece>(lineCount + 8);
        var owner = new List<int>(lineCount + 8);
        var whole = new bool[page.Length];
        for (var b = 0; b < page.Length; b++)
        {
            // A block that is furniture as a whole (a masthead over three lines) stays one.
            // (Not a 导读 box's pointers set one under another: each is one teaser's; nor a short page's one
            // run of lines where a credit or a byline shows an article under the folio.)
            if (page[b].Lines.Length > 1 && page[b].VisibleLength <= 100)
            {
                var text = page[b].Text;
                var compact = TextShape.Compact(text);
                whole[b] = BlockClassifier.StandsAlone(text, compact, rules) && !BlockClassifier.IsTeaserPart(compact, rules)
                           && !page[b].Lines.Any(l => RoleOf(l, rules) is Role.Credit or Role.Byline);
            }
            for (var l = 0; l < page[b].Lines.Length; l++)
            {
                var line = page[b].Lines[l];
                if (whole[b])
                {
                    pieces.Add(new Piece(page[b].Line + l, line));
                    owner.Add(b);
                    continue;
                }
                var parts = SideBySide.Parts(line);
                if (parts is not null) sideBySide.Add(page[b].Line + l);
                foreach (var part in parts ?? [line])
                {
                    if (!LineSplitter.MayCut(part))
                    {
                        pieces.Add(new Piece(page[b].Line + l, part));
                        owner.Add(b);
                        continue;
                    }
                    foreach (var text in LineSplitter.Split(part, rules))
                    {
                        pieces.Add(new Piece(page[b].Line + l, text));
                        owner.Add(b);
                    }
                }
            }
        }

        var (column, widths) = JoinFragments(pieces, owner, ColumnWidth.Estimate(Widths(pieces), CollectionsMarshal.AsSpan(owner), page.Length).Widths);
        var roles = new Role[pieces.Count];
        for (var i = 0; i < pieces.Count; i++)
            roles[i] = RoleOf(pieces[i].Text, rules);
        // In a block set as one (a PDF's), a line between two lines of running text, after one that ends no
        // sentence, is the sentence's: furniture is never set in a column's run ("…在浙" / "江省文化和旅游厅主办"
        // / "的2023…", not a publisher's line).
        for (var i = 1; i + 1 < pieces.Count; i++)
            if (roles[i] == Role.Alone && page[owner[i]].OneSetting && owner[i - 1] == owner[i] && owner[i + 1] == owner[i]
                && roles[i - 1] is Role.Running or Role.Lead && roles[i + 1] == Role.Running && !TextShape.EndsSentence(pieces[i - 1].Text))
                roles[i] = Role.Running;
        // A dateline the column wrapped ("新华社上海2月20" over "日电（记者…）"); not a line over a dateline
        // that starts its own line ("低点" over "新华社上海2月20日电…", which a place-name prefix would take in).
        for (var i = 0; i + 1 < pieces.Count; i++)
            if (roles[i] == Role.Running && roles[i + 1] != Role.Lead && owner[i + 1] == owner[i] && TextShape.VisibleLength(pieces[i].Text) <= 24
                && MayJoinDateline(pieces[i].Text, pieces[i + 1].Text)
                && !Cues.StartsWithDateline(TextShape.Compact(pieces[i].Text))
                && Cues.DatelineLength(TextShape.Compact(pieces[i].Text + pieces[i + 1].Text)) > TextShape.VisibleLength(pieces[i].Text))
                roles[i] = Role.Lead;
        for (var i = 1; i < pieces.Count; i++)
        {
            // The end of a name the column wrapped: "■记者 林旭东 通讯员 吴慧" over "婷".
            if (roles[i] == Role.Running && roles[i - 1] == Role.Byline && owner[i] == owner[i - 1]
                && TextShape.VisibleLength(pieces[i].Text) <= 2 && TextShape.IsPlain(pieces[i].Text))
                roles[i] = Role.Byline;
        }
        for (var i = 0; i < pieces.Count; i++)
        {
            if (roles[i] != Role.Running) continue;
            // Set in display type, as the PDF reader saw: a display line, whatever its punctuation or width.
            if (page[owner[i]].Shape == BlockShape.DisplayType)
            {
                roles[i] = Role.Display;
                continue;
            }
            var first = i == 0 || owner[i - 1] != owner[i];
            // A line the text marks as a paragraph's indented first line is running text, however short
            // ("由法国基因研究中心" over "GENOSCOPE领导的…", which did not fit on it).
            if (IsMarkedIndent(page[owner[i]], pieces, i)) continue;
            if (first && ContinuesClause(page[owner[i]], pieces, i)) continue;
            if (IsDisplay(i, first, pieces, widths, column, roles)) roles[i] = Role.Display;
        }
        // One or two characters under a display line are its end, which the column wrapped ("…降至13年最"
        // over "低点"); on their own they would pass for a name.
        for (var i = 1; i < pieces.Count; i++)
            if (roles[i] == Role.Running && roles[i - 1] == Role.Display && owner[i] == owner[i - 1]
                && TextShape.VisibleLength(pieces[i].Text) <= 2 && TextShape.IsPlain(pieces[i].Text))
                roles[i] = Role.Display;

        MarkTitlesOverCredits(pieces, owner, widths, column, roles);
        MarkCaptions(pieces, owner, widths, roles, b => page[b].OneSetting);
        MarkTeaserTitles(pieces, roles, rules);

        // A block of a few short lines with no cue in it (a slogan set over four lines) is judged whole,
        // as the extractor set it apart: only a wrapped column, a long line or a cue gives reason to cut.
        var wrapped = ColumnWidth.Estimate(widths, CollectionsMarshal.AsSpan(owner), page.Length).Wrapped;
        var cued = new bool[page.Length];
        for (var i = 0; i < pieces.Count; i++)
            if (roles[i] is not (Role.Running or Role.Display) || TextShape.VisibleLength(pieces[i].Text) > BlockClassifier.MaxDisplayLength)
                cued[owner[i]] = true;
        for (var i = 0; i < pieces.Count; i++)
            if (!wrapped[owner[i]] && !cued[owner[i]] && roles[i] == Role.Display && page[owner[i]].Shape != BlockShape.DisplayType) roles[i] = Role.Running;
        // A block the extractor set apart that holds only display lines is one title (a headline wrapped in
        // a narrow column stays whole); display lines cut out of running text stand one to a block, so
        // that each is weighed alone as a headline, a kicker or a slogan.
        var allDisplay = new bool[page.Length];
        for (var b = 0; b < page.Length; b++) allDisplay[b] = true;
        for (var i = 0; i < pieces.Count; i++) if (roles[i] != Role.Display) allDisplay[owner[i]] = false;

        var blocks = ImmutableArray.CreateBuilder<Block>();
        var start = 0;
        for (var i = 1; i <= pieces.Count; i++)
        {
            if (i < pieces.Count && owner[i] == owner[i - 1]
                && (whole[owner[i]] || !Cuts(roles[i - 1], roles[i])
                    && !(roles[i] == Role.Display && !allDisplay[owner[i]] && !WrapsOn(pieces[i - 1].Text, pieces[i].Text, roles[i - 1])))) continue;
            var lines = pieces.Skip(start).Take(i - start).Select(p => p.Text).ToImmutableArray();
            var b = owner[start];
            var wasCut = start > 0 && owner[start - 1] == b || i < pieces.Count && owner[i] == b
                         || !lines.SequenceEqual(page[b].Lines);
            var shape = roles[start] switch
            {
                Role.Display => page[owner[start]].Shape == BlockShape.DisplayType ? BlockShape.DisplayType : BlockShape.Display,
                Role.Caption => BlockShape.Caption,
                _ => FillsColumn(start, i, widths, column, roles) ? BlockShape.Column : BlockShape.Unknown,
            };
            var block = wasCut
                ? new Block(page[owner[start]].Page, pieces[start].Line, lines, shape) { Indents = Indents(page[b], pieces, start, i) }
                : page[owner[start]] with { Shape = shape };
            blocks.Add(block);
            start = i;
        }
        return blocks.ToImmutable();
    }

    /// <summary>The indents of the pieces <paramref name="from"/> to <paramref name="to"/> cut from
    /// <paramref name="source"/>, or default where the text marks none.</summary>
    private static ImmutableArray<bool> Indents(Block source, List<Piece> pieces, int from, int to)
    {
        if (source.Indents.IsDefault) return default;
        var indents = ImmutableArray.CreateBuilder<bool>(to - from);
        for (var j = from; j < to; j++) indents.Add(IsMarkedIndent(source, pieces, j));
        return indents.MoveToImmutable();
    }

    /// <summary>Whether piece <paramref name="j"/> of <paramref name="source"/> begins a line the text marks as
    /// indented: a paragraph's first line. The rest of a line cut in two has no indent.</summary>
    private static bool IsMarkedIndent(Block source, List<Piece> pieces, int j)
    {
        if (source.Indents.IsDefault || j > 0 && pieces[j - 1].Line == pieces[j].Line) return false;
        var index = pieces[j].Line - source.Line;
        return index >= 0 && index < source.Indents.Length && source.Indents[index];
    }

    /// <summary>A column's first line that carries on the clause the text before it broke off ("…“平湖是
    /// ‘西瓜之乡’，" / "但很多人不知道在明朝嘉靖年"): where the text marks paragraph starts, an unmarked line
    /// after a comma is that paragraph's next line, however short.</summary>
    private static bool ContinuesClause(Block source, List<Piece> pieces, int i)
    {
        if (i == 0 || source.Indents.IsDefault || IsMarkedIndent(source, pieces, i)) return false;
        var before = pieces[i - 1].Text.TrimEnd();
        return before.Length > 0 && before[^1] is '，' or '、' or '；' or ',' or ';';
    }

    /// <summary>Two or more lines of running text, each as wide as the column around them (the first may be
    /// indented): a column's wrapped lines, such as a paragraph's start above a column break, however
    /// short and unpunctuated the whole.</summary>
    private static bool FillsColumn(int start, int end, int[] widths, int[] column, Role[] roles)
    {
        if (end - start < 2) return false;
        for (var k = start; k < end; k++)
        {
            var shortBy = column[k] - widths[k];
            if (roles[k] != Role.Running || column[k] < 2 * BlockClassifier.MinColumnLine
                || shortBy < -ColumnWidth.Slack || shortBy > (k == start ? Indent : 0) + ColumnWidth.Slack)
                return false;
        }
        return true;
    }

    /// <summary>In a 导读 box the lines over each pointer are the teaser's column label and title,
    /// whatever their width.</summary>
    private static void MarkTeaserTitles(List<Piece> pieces, Role[] roles, ParserRules rules)
    {
        for (var i = 1; i < pieces.Count; i++)
        {
            if (roles[i] != Role.Teaser || BlockClassifier.IsTeaserLabel(TextShape.Compact(pieces[i].Text), rules)) continue;
            var top = i;
            while (top > 0 && i - top < 3 && roles[top - 1] is Role.Running or Role.Display
                   && TextShape.VisibleLength(pieces[top - 1].Text) <= BlockClassifier.MaxDisplayLength
                   && !TextShape.EndsSentence(pieces[top - 1].Text))
                top--;
            // Only inside a box: the lines over the title are the label or the pointer before.
            if (top == i || top > 0 && roles[top - 1] != Role.Teaser) continue;
            for (var k = top; k < i; k++) roles[k] = Role.Display;
        }
    }

    /// <summary>The lines between a finished sentence and a byline or dateline are that article's title,
    /// however wide each happens to be: up to four lines without closing punctuation, none of them a
    /// full line of prose.</summary>
    private static void MarkTitlesOverCredits(List<Piece> pieces, List<int> owner, int[] widths, int[] column, Role[] roles)
    {
        for (var i = 1; i < pieces.Count; i++)
        {
            if (roles[i] is not (Role.Byline or Role.Lead) || roles[i - 1] != Role.Running) continue;
            var top = i;
            while (top > 0 && i - top < 4 && roles[top - 1] is Role.Running or Role.Display && owner[top - 1] == owner[i]
                   && IsTitleShaped(pieces[top - 1].Text, widths[top - 1], column[top - 1]))
                top--;
            if (top == i) continue;
            var opens = top == 0 || owner[top - 1] != owner[top] || roles[top - 1] is not (Role.Running or Role.Display)
                        || TextShape.EndsSentence(pieces[top - 1].Text);
            if (!opens) continue;
            for (var k = top; k < i; k++) roles[k] = Role.Display;
        }
    }

    /// <summary>A byline is marked (■) or labelled: without one of the labels' letters it is none.</summary>
    private static bool MayBeByline(string compact) =>
        compact[0] is '■' or '文' or '摄' || compact.AsSpan().IndexOfAny(LabelLetters) >= 0
        && (compact.Contains("记者", StringComparison.Ordinal)
            || compact.Contains("通讯员", StringComparison.Ordinal) || compact.Contains("评论员", StringComparison.Ordinal)
            || compact.Contains("摄影", StringComparison.Ordinal) || compact.Contains("作者", StringComparison.Ordinal)
            || compact.Contains("实习生", StringComparison.Ordinal) || compact.Contains("文/图", StringComparison.Ordinal));

    /// <summary>The first letters of the labels <see cref="MayBeByline"/> looks for.</summary>
    private static readonly SearchValues<char> LabelLetters = SearchValues.Create("记通评摄作实文");

    /// <summary>A dateline the column wrapped ends in 电 or 讯 on one of its two lines.</summary>
    private static bool MayJoinDateline(string line, string next) =>
        line.AsSpan().IndexOfAny('电', '讯') >= 0 || next.AsSpan(0, Math.Min(next.Length, 32)).IndexOfAny('电', '讯') >= 0;

    private static bool IsTitleShaped(string text, int width, int column) =>
        HasDisplayShape(text) && !(TextShape.HasClausePunctuation(text) && column > 0 && Math.Abs(width - column) <= ColumnWidth.Slack);

    /// <summary>What any display line is: short, with no closing punctuation and no sentence ending in it, and
    /// not opening with a closing mark, with which no printed line may begin: such a piece ("”近") is the end
    /// of a line the extractor broke off.</summary>
    private static bool HasDisplayShape(string text) =>
        TextShape.VisibleLength(text) <= BlockClassifier.MaxDisplayLength && !EndsWithPunctuation(text)
        && text.AsSpan().IndexOfAny("。！？!?") < 0 && !OpensWithCloser(text);

    /// <summary>Opens with a closing quote or bracket; not a straight quote, which opens as often as it closes.</summary>
    private static bool OpensWithCloser(string text) => text.TrimStart() is [var c, ..] && Chars.IsCloser(c) && c is not ('"' or '\'');

    /// <summary>A headline wrapped in a narrow column (set beside its body, or in a narrow box) comes out a
    /// few characters a line, letter-spaced or not ("法国派宪兵" / "增援在科特" / "迪瓦的维和" / "部队"): each
    /// line as full as the one before it or shorter, never longer. Such lines stay one title.</summary>
    private static bool WrapsOn(string before, string line, Role beforeRole)
    {
        if (beforeRole != Role.Display || !IsNarrowTitleLine(before) || !IsNarrowTitleLine(line)) return false;
        return TextShape.VisibleLength(line) <= TextShape.VisibleLength(before);
    }

    private static bool IsNarrowTitleLine(string text)
    {
        var tokens = Tokens.Split(text);
        var spaced = Tokens.AreLetterSpaced(tokens);
        // Letter-spaced display type is wider per character: up to sixteen, "第 1 0 5 期 创 新 学 堂 学".
        return TextShape.VisibleLength(text) <= (spaced ? 16 : 8) && (tokens.Length == 1 || spaced);
    }

    private static int[] Widths(List<Piece> pieces)
    {
        var widths = new int[pieces.Count];
        for (var i = 0; i < widths.Length; i++) widths[i] = TextShape.DisplayWidth(pieces[i].Text);
        return widths;
    }

    /// <summary>Where one block ends and the next begins inside a run of lines.</summary>
    private static bool Cuts(Role before, Role after) => (before, after) switch
    {
        (Role.Byline, Role.Byline) => false,     // "■记者 X" over "通讯员 Y"
        (Role.Display, Role.Display) => false,   // 引题, 主题, 副题 stacked
        (Role.Running, Role.Running) => false,
        (Role.Lead, Role.Running) => false,
        (Role.Masthead, Role.Masthead) => false, // a masthead over several lines
        (Role.Caption, Role.Caption) => false,
        (Role.Running, Role.Signature) => false, // "（王晓玉）" under the body it signs
        _ => true,
    };

    private static Role RoleOf(string text, ParserRules rules)
    {
        var compact = TextShape.Compact(text);
        if (compact.Length == 0) return Role.Running;
        if (BlockClassifier.IsTeaserPart(compact, rules)) return Role.Teaser;
        if (BlockClassifier.IsMastheadLine(compact, rules)) return Role.Masthead;
        if (rules.IsNoise(compact) || Furniture.Reason(text, compact) is not null) return Role.Alone;
        if (CreditParser.ParsePhoto(text) is not null) return Role.Credit;
        if (CreditParser.ParseSignature(text) is not null) return Role.Signature;
        if (compact.Length <= 60 && MayBeByline(compact) && BylineParser.ParseMarked([text], rules) is { } byline)
            return byline.IsPhotoCredit ? Role.Credit : Role.Byline;
        // ■ opens a credit line even where its names cannot be read.
        if (compact[0] == '■' && compact.Length <= 30 && !TextShape.EndsSentence(compact)) return Role.Byline;
        if (Cues.StartsWithDateline(compact)) return Role.Lead;
        return Role.Running;
    }

    /// <summary>A display line: no closing punctuation, not as wide as the column its neighbours fill,
    /// standing where a part of the page can begin (the page's or block's top, after a finished
    /// sentence, a byline, furniture or another display line), and not the first half of a line the
    /// extractor broke at a change of font (the two halves together fill the column).</summary>
    private static bool IsDisplay(int i, bool first, List<Piece> pieces, int[] widths, int[] column, Role[] roles)
    {
        var text = pieces[i].Text;
        if (!HasDisplayShape(text)) return false;
        var w = column[i];
        var cueFollows = i + 1 < pieces.Count && roles[i + 1] is Role.Byline or Role.Lead;
        // Where no width recurs, the line's own shape must say it: no clause in it, or a long
        // paragraph or a credit after it.
        if (w == 0 && !cueFollows && TextShape.HasClausePunctuation(text)
            && !(i + 1 < pieces.Count && TextShape.VisibleLength(pieces[i + 1].Text) > BlockClassifier.MaxDisplayLength)) return false;
        if (w > 0 && !cueFollows)
        {
            var shortBy = w - widths[i];
            if (Math.Abs(shortBy) <= ColumnWidth.Slack) return false;
            // Prose broken a few characters early (before a figure, or at a column's foot) is not a headline.
            if (shortBy > 0 && shortBy < 2 * Indent && TextShape.HasClausePunctuation(text)) return false;
        }
        if (!first)
        {
            var prev = pieces[i - 1].Text;
            var opens = roles[i - 1] is not Role.Running || TextShape.EndsSentence(prev);
            if (!opens) return false;
        }
        if (i + 1 < pieces.Count && w > 0 && roles[i + 1] == Role.Running && !cueFollows)
        {
            var next = widths[i + 1];
            if (Math.Abs(widths[i] + next - w) <= ColumnWidth.Slack && BrokenAtQuote(text, pieces[i + 1].Text)) return false;
            // A paragraph's first line, indented two characters, over a full line of the same column.
            if (next >= w - ColumnWidth.Slack && widths[i] >= w - Indent - ColumnWidth.Slack) return false;
        }
        return true;
    }

    private static bool EndsWithPunctuation(string text)
    {
        var t = text.TrimEnd();
        if (t.Length == 0) return false;
        var c = t[^1];
        return TextShape.EndsSentence(t) || Chars.IsClausePunctuation(c) || c is '—' or '…';
    }
}
