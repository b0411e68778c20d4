using System.Collections.Immutable;
using Site.Parsing.Bylines;
using Site.Parsing.Classify;
using Site.Parsing.Model;
using Site.Parsing.Text;

namespace Site.Parsing.Assembly;

/// <summary>What one page yields.</summary>
public sealed record PageResult(
    ImmutableArray<Article> Articles,
    ImmutableArray<NoiseBlock> Noise,
    ImmutableArray<string> Undone,
    ImmutableArray<ParseWarning> Warnings);

/// <summary>Groups the classified blocks of one page into articles, in reading order.</summary>
public static partial class PageAssembler
{
    /// <summary>A display line heads an article when at least this share of its bigrams recur in the
    /// body. Slogans and column logos printed between articles share almost none.</summary>
    private const double TitleOverlap = 0.2;

    private const int MaxTitleLines = 3;

    /// <summary>The longest text a photo item's caption set apart from its credit may be, in characters.</summary>
    private const int MaxPhotoText = 100;

    public static PageResult Assemble(IReadOnlyList<ClassifiedBlock> classified)
    {
        var blocks = Revise(classified);
        var noise = new List<NoiseBlock>();
        var teasers = new List<Article>();
        var undone = new List<string>();
        var sequence = Segment(blocks, noise, teasers, undone);
        BylinesUnderBodies(sequence);
        var titleAfterBody = TitlesFollowBodies(sequence);
        Allocate(sequence, titleAfterBody, noise);
        if (!titleAfterBody) JoinRestUnderTitle(sequence);

        var articles = new List<Article>();
        var warnings = new List<ParseWarning>();
        foreach (var core in sequence.OfType<Core>())
        {
            if (ToArticle(core, undone) is { } article) articles.Add(article);
            else noise.AddRange(Blocks(core).Select(b => ToNoise(b, NoiseReason.StrayText)));
        }
        articles.AddRange(teasers);
        articles.Sort((a, b) => (a.Page, a.Line).CompareTo((b.Page, b.Line)));
        noise.Sort((a, b) => (a.Page, a.Line).CompareTo((b.Page, b.Line)));
        foreach (var a in articles.Where(a => a.Headline is null && a.Kind is not ArticleKind.Weather))
            warnings.Add(new(a.Page, a.Line, "article without a headline"));
        return new([.. articles], [.. noise], [.. undone], [.. warnings]);
    }

    /// <summary>A byline with no body of its own, between an unsigned body above and another article
    /// below, signs the body above: some designs set headline and byline under the story ("…提速至少3个月。"
    /// / "科发资金兑现“加速度”" / "■记者华婷婷"), under its photo's credit too, or over a photo item of its
    /// own (a title, a caption and a ■摄影 credit), which stays one. The display lines after it go back into the gap, for the
    /// article above or below to take by what they talk about.</summary>
    private static void BylinesUnderBodies(List<object> sequence)
    {
        // The page's last core too: a photo item under the byline needs nothing below it.
        for (var i = 1; i < sequence.Count; i++)
        {
            if (sequence[i] is not Core { Bylines.Count: > 0 } lone) continue;
            // A photo item under the byline (its title, caption and credit) stays one; a lone byline's core
            // holds nothing else. A caption set apart from its credit reads as a short body.
            var caption = lone is { Body.Count: 1, Captions.Count: 0, Credits.Count: > 0, TitleAfterByline.Count: > 0 } && IsCaptionLike(lone.Body[0]);
            if (lone.HasBody && !caption) continue;
            var photo = lone is { TitleAfterByline.Count: > 0 } && (lone.Credits.Count > 0 || lone.Captions.Count > 0);
            if (!photo && (lone.Credits.Count > 0 || lone.Captions.Count > 0)) continue;
            var above = i >= 2 && sequence[i - 1] is List<ClassifiedBlock> ? sequence[i - 2] as Core : sequence[i - 1] as Core;
            var below = sequence.Skip(i + 1).OfType<Core>().FirstOrDefault();
            if (above is not { HasBody: true, Bylines.Count: 0 }) continue;
            // Nothing below: a byline under a headline under the body signs it; so do a byline and its titles
            // printed after every body (an extraction in the order the page was drawn) where nothing else titles it.
            var last = below is null && (sequence[i - 1] is List<ClassifiedBlock> || !Titled(sequence, sequence.IndexOf(above)));
            if (!photo && below is not { HasBody: true } && !last) continue;
            // A commentary's signature may stand over its own title; not where a reporter's byline follows it.
            if (lone.Bylines.Any(b => b.Byline!.IsCommentary)
                && !(i + 1 < sequence.Count && sequence[i + 1] is Core { Bylines.Count: > 0 } next && next.Bylines.All(b => !b.Byline!.IsCommentary)))
                continue;
            above.Bylines.AddRange(lone.Bylines);
            if (photo)
            {
                if (caption)
                {
                    lone.Captions.AddRange(lone.Body);
                    lone.Body.Clear();
                }
                lone.Bylines.Clear();
                continue;
            }
            var gap = new List<ClassifiedBlock>();
            if (sequence[i - 1] is List<ClassifiedBlock> before) { gap.AddRange(before); sequence.RemoveAt(i - 1); i--; }
            gap.AddRange(lone.TitleAfterByline);
            gap.AddRange(lone.Title);
            if (i + 1 < sequence.Count && sequence[i + 1] is List<ClassifiedBlock> after) { gap.AddRange(after); sequence.RemoveAt(i + 1); }
            sequence[i] = gap;
        }
    }

    /// <summary>A headline set across the columns after the first ones, over the rest of its story ("…聚焦于伊拉克问题。"
    /// / "纽约时报：白宫研拟…" / "纽约时报报导指出…"): where a title the type shows as one (a PDF's display type)
    /// went to the body before it, the untitled, unsigned text under it that no dateline opens is that story's
    /// rest. Text alone does not say so surely enough: a line cut out of a column looks the same.</summary>
    private static void JoinRestUnderTitle(List<object> sequence)
    {
        for (var k = 2; k < sequence.Count; k++)
        {
            if (sequence[k] is not Core { WantsTitle: true, HasBody: true, Bylines.Count: 0, Credits.Count: 0, IsWeather: false } rest
                || sequence[k - 1] is not List<ClassifiedBlock> || sequence[k - 2] is not Core { HasBody: true, IsClosed: false, Title.Count: > 0 } story
                || rest.Body[0].OpensWithDateline) continue;
            var end = story.Body[^1].Block;
            if (!story.Title.All(t => t.Block.Shape == Layout.BlockShape.DisplayType && (t.Block.Page, t.Block.Line).CompareTo((end.Page, end.Line)) > 0)) continue;
            story.Body.AddRange(rest.Body);
            story.Captions.AddRange(rest.Captions);
            sequence.RemoveAt(k--);
        }
    }

    /// <summary>Whether a block reads as a photo's caption: a few sentences, no dateline.</summary>
    private static bool IsCaptionLike(ClassifiedBlock block) =>
        TextShape.VisibleLength(block.Text) <= MaxPhotoText && !Cues.StartsWithDateline(TextShape.Compact(block.Text));

    /// <summary>Whether the core can be a piece of opinion: no reporter signs it, no dateline opens it, no photo
    /// credit closes it (a label set apart from its own column can land over a news story).</summary>
    private static bool IsOpinion(Core core) =>
        core.Credits.Count == 0 && core.Bylines.All(b => b.Byline!.Byline.Reporters.IsEmpty && b.Byline.Byline.Correspondents.IsEmpty)
        && core.Body.FirstOrDefault() is not { OpensWithDateline: true };

    /// <summary>Whether display lines stand right over the core at <paramref name="index"/>.</summary>
    private static bool Titled(List<object> sequence, int index) =>
        index > 0 && sequence[index - 1] is List<ClassifiedBlock> gap && gap.Any(b => b.Kind == BlockKind.Display);

    private static Article? ToArticle(Core core, List<string> undone)
    {
        var titleBlocks = core.Title.Concat(core.TitleAfterByline).OrderBy(b => (b.Block.Page, b.Block.Line)).ToList();
        var paragraphs = ParagraphBuilder.Build(core.Body);
        var title = TitleBuilder.Build(titleBlocks, paragraphs);
        var captions = core.Captions.Select(c => Spacing.Display(Spacing.JoinWrapped(c.Block.Lines))).ToList();
        // A photo item's caption is its text.
        if (paragraphs.Count == 0 && captions.Count > 0 && core.Credits.Count > 0)
        {
            paragraphs = [.. captions.Select(Spacing.Body)];
            captions = [];
        }
        var bylines = core.Bylines.Concat(core.Credits).Select(b => b.Byline!).ToList();
        var byline = bylines.Aggregate(Byline.Empty, (acc, b) => acc.Merge(b.Byline));
        var bylineSource = core.Bylines.Concat(core.Credits).Select(b => b.Text).ToList();
        if (core.Bylines.Count == 0 && Signatures.Take(paragraphs) is { } signed)
        {
            byline = byline.Merge(signed.Byline.Byline);
            bylineSource.Add(signed.Source);
        }
        if (Signatures.FromDateline(paragraphs) is { } dated) byline = Signatures.MergeNew(byline, dated);

        // A lone byline, or a scrap of text with neither headline nor byline, is not an article.
        if (paragraphs.Count == 0 && title.Headline is null) return null;
        if (title.Headline is null && byline.IsEmpty && !core.IsWeather
            && paragraphs.Sum(TextShape.VisibleLength) < BlockClassifier.MaxDisplayLength) return null;
        undone.AddRange(title.Undone);

        var kind = core.IsWeather ? ArticleKind.Weather
            : bylines.Any(b => b.IsCommentary) || core.UnderCommentaryLabel && IsOpinion(core) ? ArticleKind.Commentary
            : core.IsPhoto ? ArticleKind.Photo
            : ArticleKind.News;
        if (kind == ArticleKind.Weather) paragraphs = [string.Concat(paragraphs)];
        var first = titleBlocks.Concat(Blocks(core)).MinBy(b => (b.Block.Page, b.Block.Line))!;
        return new Article(
            kind, title.Kicker, kind == ArticleKind.Weather ? null : title.Headline, title.Subheadline, byline,
            [.. paragraphs],
            [.. captions],
            kind is ArticleKind.News or ArticleKind.Commentary && ParagraphBuilder.IsCutOff(paragraphs),
            first.Block.Page, first.Block.Line,
            [.. bylineSource], Cue: CueOf(core, titleBlocks, kind));
    }

    /// <summary>What the article was found by, strongest evidence first.</summary>
    private static string CueOf(Core core, List<ClassifiedBlock> titleBlocks, ArticleKind kind)
    {
        var cues = new List<string>();
        if (kind == ArticleKind.Weather) cues.Add("weather words");
        if (core.Bylines.Count > 0) cues.Add($"byline ({core.Bylines[0].Text})");
        if (core.Body.FirstOrDefault() is { } lead && Cues.DatelineLength(TextShape.Compact(lead.Block.Lines[0])) is > 0 and var n)
            cues.Add($"dateline ({TextShape.Compact(lead.Block.Lines[0])[..n]})");
        if (core.Credits.Count > 0) cues.Add($"photo credit ({core.Credits[0].Text})");
        if (titleBlocks.Count > 0)
        {
            var bodyStart = core.Body.FirstOrDefault() ?? core.Captions.FirstOrDefault();
            var below = bodyStart is not null && (titleBlocks[0].Block.Page, titleBlocks[0].Block.Line).CompareTo((bodyStart.Block.Page, bodyStart.Block.Line)) > 0;
            cues.Add(below ? "headline under its body" : "headline over its body");
        }
        if (cues.Count == 0) cues.Add("running text after a break");
        return string.Join(", ", cues);
    }

    private static IEnumerable<ClassifiedBlock> Blocks(Core core) =>
        core.Bylines.Concat(core.TitleAfterByline).Concat(core.Title).Concat(core.Body).Concat(core.Captions).Concat(core.Credits);

    private static NoiseBlock ToNoise(ClassifiedBlock b, NoiseReason reason) => new(b.Text, b.Block.Page, b.Block.Line, reason);
}
