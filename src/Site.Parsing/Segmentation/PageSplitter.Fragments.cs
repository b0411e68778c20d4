using Site.Parsing.Bylines;
using Site.Parsing.Text;

namespace Site.Parsing.Segmentation;

/// <summary>Lines an extractor broke where the print did not: at a change of font, before closing marks, inside a
/// wrapped credit or signature; put back together before the page's lines are weighed.</summary>
internal static partial class PageSplitter
{
    /// <summary>Some extractors break a printed line in two where the font changes, as it does at
    /// quotation marks ("…重要引擎。“目前我们已" comes out as two lines). Two short pieces of one block that
    /// meet at a quotation mark and together fill the column are put back together.</summary>
    private static (int[] Column, int[] Widths) JoinFragments(List<Piece> pieces, List<int> owner, int[] column)
    {
        var joined = new List<Piece>(pieces.Count);
        var joinedOwner = new List<int>(pieces.Count);
        var joinedColumn = new List<int>(pieces.Count);
        var joinedWidths = new List<int>(pieces.Count);
        for (var i = 0; i < pieces.Count; i++)
        {
            var piece = pieces[i];
            var width = TextShape.DisplayWidth(piece.Text);
            var w = column[i];
            bool SameBlockNext() => i + 1 < pieces.Count && owner[i + 1] == owner[i];
            void TakeNext()
            {
                piece = piece with { Text = piece.Text + pieces[i + 1].Text };
                width += TextShape.DisplayWidth(pieces[i + 1].Text);
                i++;
            }

            // A credit the caption's last line broke off after its bracket: "…作出努力。（本" over "报记者 尹晓琳 摄）".
            if (SameBlockNext() && BrokenCreditStart(piece.Text, pieces[i + 1].Text) is var open and > 0)
            {
                pieces[i + 1] = pieces[i + 1] with { Text = piece.Text[open..] + pieces[i + 1].Text };
                piece = piece with { Text = piece.Text[..open].TrimEnd() };
                width = TextShape.DisplayWidth(piece.Text);
            }
            // A credit the column wrapped: "（本报记" over "者卢瑞梅摄）".
            if (SameBlockNext() && piece.Text.TrimStart().StartsWith('（')
                && pieces[i + 1].Text.Contains('摄') && CreditParser.ParsePhoto(piece.Text) is null
                && CreditParser.ParsePhoto(pieces[i + 1].Text) is null && CreditParser.ParsePhoto(piece.Text + pieces[i + 1].Text) is not null)
                TakeNext();
            // A signature the column wrapped: "（范艳" over "倩）".
            else if (SameBlockNext() && piece.Text.TrimStart().StartsWith('（') && TextShape.VisibleLength(piece.Text) <= 8
                && CreditParser.ParseSignature(piece.Text) is null && CreditParser.ParseSignature(piece.Text + pieces[i + 1].Text) is not null)
                TakeNext();
            // A line of nothing but closing punctuation ("”", "。”") ends the line before it.
            while (SameBlockNext() && IsClosersOnly(pieces[i + 1].Text)) TakeNext();
            while (w > 0 && width < w - ColumnWidth.Slack && SameBlockNext() && BrokenAtQuote(piece.Text, pieces[i + 1].Text))
            {
                var sum = width + TextShape.DisplayWidth(pieces[i + 1].Text);
                if (sum > w + ColumnWidth.Slack) break;
                // A line as wide as the column less a paragraph's indent is a line of its own: the next
                // paragraph's first, after the short last line of this one ("距”。" / "“作为主办单位…").
                if (TextShape.DisplayWidth(pieces[i + 1].Text) >= w - Indent - ColumnWidth.Slack) break;
                // Only a line that ends up full, or is on its way there across another quotation mark:
                // a paragraph's short last line and the next one's opening quote stay apart.
                var more = i + 2 < pieces.Count && owner[i + 2] == owner[i] && BrokenAtQuote(pieces[i + 1].Text, pieces[i + 2].Text)
                           && sum + TextShape.DisplayWidth(pieces[i + 2].Text) <= w + ColumnWidth.Slack;
                if (sum < w - ColumnWidth.Slack && !more) break;
                TakeNext();
            }
            joined.Add(piece);
            joinedOwner.Add(owner[i]);
            joinedColumn.Add(w);
            joinedWidths.Add(width);
        }
        pieces.Clear();
        pieces.AddRange(joined);
        owner.Clear();
        owner.AddRange(joinedOwner);
        return ([.. joinedColumn], [.. joinedWidths]);
    }

    /// <summary>Where a photo credit that the next line ends starts at the end of <paramref name="line"/>, or −1: at
    /// a bracket the next line closes ("…作出努力。（本" over "报记者 尹晓琳 摄）"), or after the caption's last
    /// sentence ("…一步」。 本报记者 钱晨" over "摄影报道"; "…下去。 本报记" over "者 吴平辉 摄影报道").</summary>
    private static int BrokenCreditStart(string line, string next)
    {
        var tail = next.TrimEnd();
        var open = line.LastIndexOf('（');
        if (open > 0 && line.IndexOf('）', open) < 0)
            return line.Length - open <= 12 && tail.EndsWith('）') && CreditParser.ParsePhoto(line[open..] + next) is not null ? open : -1;
        if (!tail.EndsWith('摄') && !tail.EndsWith("摄影报道", StringComparison.Ordinal)) return -1;
        var start = line.LastIndexOfAny(['。', '！', '？']) + 1;
        while (start > 0 && start < line.Length && (Chars.IsCloser(line[start]) || Chars.IsSpace(line[start]))) start++;
        if (start <= 0 || start >= line.Length || line.Length - start > 12) return -1;
        return CreditParser.ParsePhoto(line[start..] + next) is not null ? start : -1;
    }

    /// <summary>Some extractors break a line where the font changes, as it does at quotation marks.</summary>
    private static bool BrokenAtQuote(string text, string next) =>
        IsQuote(text.TrimEnd()[^1]) || IsQuote(next.TrimStart()[0]);

    private static bool IsClosersOnly(string text)
    {
        var any = false;
        foreach (var c in text)
        {
            if (Chars.IsSpace(c)) continue;
            if (!(Chars.IsCloser(c) || c is '。' or '，' or '、' or '；' or '：' or '！' or '？')) return false;
            any = true;
        }
        return any;
    }

    /// <summary>Marks set in another font than the text around them (a Latin face's curly quotes, or
    /// half-width brackets), where an extractor may break a line.</summary>
    private static bool IsQuote(char c) => c is '“' or '”' or '‘' or '’' or '"' or '「' or '」' or '(' or ')';
}
