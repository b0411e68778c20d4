using Site.Parsing.Text;

namespace Site.Parsing.Segmentation;

/// <summary>Captions: the lines over a photo credit that describe the photo.</summary>
internal static partial class PageSplitter
{
    /// <summary>The longest caption set apart as a block of its own, in characters.</summary>
    private const int MaxBlockCaption = 300;

    /// <summary>The longest caption that shares its block with other text, in characters.</summary>
    private const int MaxShortCaption = 100;

    /// <summary>The text over a photo credit is the photo's caption: back from the credit to the sentence
    /// before it (at most four lines and a hundred characters), to a title (a hundred characters, across
    /// sentences), or to its block's start (three hundred characters set apart as a block of its own).</summary>
    /// <param name="oneSetting">Whether a block is one setting of type (a PDF's).</param>
    private static void MarkCaptions(List<Piece> pieces, List<int> owner, int[] widths, Role[] roles, Func<int, bool> oneSetting)
    {
        for (var i = 1; i < pieces.Count; i++)
        {
            if (roles[i] != Role.Credit || roles[i - 1] != Role.Running || owner[i - 1] != owner[i]) continue;
            var top = i - 1;
            var length = TextShape.VisibleLength(pieces[top].Text);
            var (near, nearLength) = (top, length);
            // A line with no punctuation at all over the caption is its title, not more caption; so is a
            // display line narrower than the caption under it. One as wide as the line under it is the
            // caption's first line, which the wrap left without an ending ("…“吴哥窟属" over "于泰国”…").
            while (top > 0 && owner[top - 1] == owner[i] && length <= MaxBlockCaption
                   && (roles[top - 1] == Role.Running || roles[top - 1] == Role.Display && widths[top - 1] >= widths[top] - ColumnWidth.Slack)
                   && !TextShape.EndsSentence(pieces[top - 1].Text) && TextShape.HasClausePunctuation(pieces[top - 1].Text))
            {
                length += TextShape.VisibleLength(pieces[--top].Text);
                if (i - top <= 4) (near, nearLength) = (top, length);
            }
            // A short text that a dateline opens and a photo credit closes, set apart as a block of its own or
            // under a title, is photo news: its caption is the whole text ("本报讯 昨晚，…" over "…主持会议。" and
            // "■摄影 …").
            if (top > 0 && near == top && roles[top - 1] == Role.Lead && owner[top - 1] == owner[i]
                && (top == 1 || owner[top - 2] != owner[i] || roles[top - 2] == Role.Display) && !TextShape.EndsSentence(pieces[top - 1].Text)
                && length + TextShape.VisibleLength(pieces[top - 1].Text) is var withLead && withLead <= MaxShortCaption)
                (near, length) = (--top, withLead);
            // So is a short text of a few sentences between a title (or its block's start) and the credit.
            if (near == top && ShortTextUnderTitle(pieces, owner, roles, top, length) is { } under)
                (near, top, length) = (under.First, under.First, under.Length);
            // A block set as one (a PDF's) under a title, that a credit closes, is all caption (300 characters at
            // most, no dateline): the block says it is one text, whatever the wrap left without punctuation.
            if (oneSetting(owner[i]) && WholeBlockUnderTitle(pieces, owner, roles, i) is { } whole)
                (near, top, length) = (whole.First, whole.First, whole.Length);
            // A longer text is a caption only where it opens its block, set apart from any body above (or stands
            // between a byline and its story's lead), and no dateline opens it: a wide photo's caption, or one a
            // narrow column wrapped into many lines.
            var opensBlock = top == 0 || owner[top - 1] != owner[i] || UnderBylineOverLead(roles, top, i);
            if (opensBlock && length <= MaxBlockCaption && !Cues.StartsWithDateline(TextShape.Compact(pieces[top].Text))) near = top;
            else if (nearLength > MaxShortCaption) continue;
            for (var k = near; k < i; k++) roles[k] = Role.Caption;
        }
    }

    /// <summary>The first line of the block that the credit at <paramref name="credit"/> closes and the block's length
    /// up to it, where a display line (or nothing) stands over the block, its lines are all running text, no
    /// dateline opens it and it is no longer than a caption set apart; otherwise null.</summary>
    private static (int First, int Length)? WholeBlockUnderTitle(List<Piece> pieces, List<int> owner, Role[] roles, int credit)
    {
        var first = credit;
        var length = 0;
        while (first > 0 && owner[first - 1] == owner[credit])
        {
            if (roles[first - 1] != Role.Running) return null;
            length += TextShape.VisibleLength(pieces[--first].Text);
        }
        if (first == credit || length > MaxBlockCaption || Cues.StartsWithDateline(TextShape.Compact(pieces[first].Text))) return null;
        return first == 0 || roles[first - 1] == Role.Display ? (first, length) : null;
    }

    /// <summary>Whether the text from <paramref name="top"/> to the credit at <paramref name="credit"/> stands
    /// between a byline and the lead its story opens with: there the story's photo stands, and that text is
    /// its caption, however long.</summary>
    private static bool UnderBylineOverLead(Role[] roles, int top, int credit) =>
        top > 0 && roles[top - 1] == Role.Byline && credit + 1 < roles.Length && roles[credit + 1] == Role.Lead;

    /// <summary>The first line of the running text over <paramref name="top"/> and the length from there to
    /// the credit, where that whole is no longer than a short caption (a hundred characters, six lines, the
    /// first punctuated: an unpunctuated one is a title) and a display line or the block's start stands over
    /// it; otherwise null.</summary>
    private static (int First, int Length)? ShortTextUnderTitle(List<Piece> pieces, List<int> owner, Role[] roles, int top, int length)
    {
        if (length > MaxShortCaption) return null;
        var first = top;
        while (first > 0 && owner[first - 1] == owner[top] && roles[first - 1] == Role.Running && top - first < 6)
        {
            length += TextShape.VisibleLength(pieces[first - 1].Text);
            if (length > MaxShortCaption) return null;
            first--;
        }
        // An unpunctuated first line is a title of its own, not the caption's start.
        if (first < top && !TextShape.HasClausePunctuation(pieces[first].Text)) return null;
        var titled = first == 0 || owner[first - 1] != owner[top] || roles[first - 1] == Role.Display;
        return titled ? (first, length) : null;
    }
}
