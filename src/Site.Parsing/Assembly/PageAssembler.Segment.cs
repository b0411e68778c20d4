using System.Collections.Immutable;
using Site.Parsing.Bylines;
using Site.Parsing.Classify;
using Site.Parsing.Model;
using Site.Parsing.Text;

namespace Site.Parsing.Assembly;

/// <summary>Cuts a page into article cores and the gaps of display lines between them.</summary>
public static partial class PageAssembler
{
    /// <summary>Cuts the page into cores and the gaps of display lines between them. Noise and teasers
    /// go straight to their lists.</summary>
    private static List<object> Segment(List<ClassifiedBlock> blocks, List<NoiseBlock> noise, List<Article> teasers, List<string> undone)
    {
        var sequence = new List<object>();
        Core? open = null;
        List<ClassifiedBlock>? gap = null;

        Core Start(bool weather = false)
        {
            gap = null;
            open = new Core { IsWeather = weather };
            sequence.Add(open);
            return open;
        }

        void Gap(ClassifiedBlock b)
        {
            open = null;
            if (gap is null) { gap = []; sequence.Add(gap); }
            gap.Add(b);
        }

        for (var i = 0; i < blocks.Count; i++)
        {
            var b = blocks[i];
            switch (b.Kind)
            {
                case BlockKind.Masthead or BlockKind.EditionName or BlockKind.Noise or BlockKind.TeaserPointer:
                    noise.Add(ToNoise(b, b.Reason ?? NoiseReason.Unexplained));
                    break;
                case BlockKind.TeaserLabel:
                    noise.Add(ToNoise(b, NoiseReason.TeaserLabel));
                    // Titles over their pointers, as most extractors keep them; else the box's parts paired in order.
                    var after = ReadTeasers(blocks, i + 1, noise, teasers, undone);
                    if (after == i + 1 && TeaserBox.Read(blocks, i + 1, noise, teasers, undone) is var boxEnd and >= 0) after = boxEnd;
                    i = after - 1;
                    break;
                case BlockKind.Byline:
                    // "■记者 X" and "通讯员 Y" printed as two blocks; not a commentary's signature and a reporter's.
                    if (open is { HasBody: false, TitleAfterByline.Count: 0, IsClosed: false, IsWeather: false } && open.Bylines.Count > 0
                        && open.Bylines[^1].Byline!.IsCommentary == b.Byline!.IsCommentary)
                        open.Bylines.Add(b);
                    else Start().Bylines.Add(b);
                    break;
                case BlockKind.Display:
                    // Not after a photo's credit: a line there heads what comes next.
                    if (open is { Bylines.Count: > 0, HasBody: false, IsClosed: false, Credits.Count: 0 }) open.TitleAfterByline.Add(b);
                    else Gap(b);
                    break;
                case BlockKind.Body or BlockKind.SectionMarker:
                    if (open is null || open.IsClosed || open.IsWeather || b.OpensWithDateline && open.HasBody) Start();
                    open!.Body.Add(b);
                    break;
                case BlockKind.Caption:
                    // Under a title of its own (display lines just before it) a caption opens a photo item.
                    var owner = open ?? (sequence.LastOrDefault() is List<ClassifiedBlock> ? null : sequence.OfType<Core>().LastOrDefault());
                    if (owner is null || owner.IsClosed) Start().Captions.Add(b);
                    else owner.Captions.Add(b);
                    break;
                case BlockKind.PhotoCredit:
                    if (open is { IsClosed: false, IsWeather: false } && (open.HasBody || open.Bylines.Count > 0 || open.Captions.Count > 0)) open.Credits.Add(b);
                    else Start().Credits.Add(b);
                    open!.IsClosed = open.HasBody;
                    break;
                case BlockKind.Weather:
                    if (open is not { IsWeather: true }) Start(weather: true);
                    open!.Body.Add(b);
                    break;
                default:
                    Gap(b);
                    break;
            }
        }
        return sequence;
    }

    /// <summary>A 导读 box: each teaser is one or two display lines (column label, title) and a pointer
    /// ("»»»»» 详见四版"). Returns the index after the box.</summary>
    private static int ReadTeasers(List<ClassifiedBlock> blocks, int i, List<NoiseBlock> noise, List<Article> teasers, List<string> undone)
    {
        while (true)
        {
            var j = i;
            while (j < blocks.Count && blocks[j].Kind is BlockKind.Display or BlockKind.Names && j - i < 3) j++;
            if (j == i || j >= blocks.Count || blocks[j].Kind != BlockKind.TeaserPointer) return i;
            var (title, removed) = TitleBuilder.Lines(blocks.Skip(i).Take(j - i));
            undone.AddRange(removed);
            var pointer = blocks[j];
            var page = ChineseNumber.Parse(BlockClassifier.TeaserPointer().Match(TextShape.Compact(pointer.Text)).Groups[1].Value);
            teasers.Add(new Article(ArticleKind.Teaser,
                title.Count > 1 ? string.Join(' ', title.Take(title.Count - 1)) : null, title[^1], null,
                Byline.Empty, [], [], false, blocks[i].Block.Page, blocks[i].Block.Line, [], page, Cue: "导读 pointer"));
            noise.Add(ToNoise(pointer, NoiseReason.TeaserPointer));
            i = j + 1;
        }
    }
}
