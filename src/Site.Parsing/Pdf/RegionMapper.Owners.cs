using System.Collections.Immutable;
using Site.Parsing.Input;
using Site.Parsing.Model;
using Site.Parsing.Text;

namespace Site.Parsing.Pdf;

internal static partial class RegionMapper
{
    /// <summary>How far apart two lines may stand, in ems of the larger type, and still be read as one article's:
    /// a kicker over its headline, a byline under it, stand closer; the white between two articles is wider.</summary>
    private const double AdjoiningGap = 2;

    /// <summary>
    /// The article each line of <paramref name="text"/> was printed for (null for a blank line, or a line no
    /// article holds and none of its block's lines tells). A line whose text one article holds is that
    /// article's. A line several hold is the one of them that starts at it (the parser's own word, so a
    /// section label printed before each of two headlines goes with each its own); else the one whose line
    /// stands right above or below it on the page (its block's line, or a kicker's headline); else, as a last
    /// resort, the one of the line before it in reading order. A line no article holds (cut by the parser, or
    /// too short to tell) goes with its block's nearest line.
    /// </summary>
    private static int?[] Owners(ImmutableArray<Article> articles, PageText text)
    {
        var found = Found(articles, text);
        var owner = found.Select(f => f is [var only] ? only : (int?)null).ToArray();
        int? previous = null;
        (int Page, int Block)? previousBlock = null;
        for (var i = 0; i < owner.Length; i++)
        {
            if (text.Lines[i] is not { } at) continue;
            var sameBlock = previousBlock == (at.Page, at.Block);
            if (found[i].Count > 1)
            {
                var candidates = found[i];
                owner[i] = Starting(articles, candidates, i, at.Page)
                    ?? Adjoining(text, owner, i, candidates)
                    ?? (sameBlock && previous is { } p && candidates.Contains(p) ? p : candidates.MinBy(a => Math.Abs(a - (previous ?? a))));
            }
            if (owner[i] is not null || !sameBlock) previous = owner[i];
            previousBlock = (at.Page, at.Block);
        }
        for (var i = 0; i < owner.Length; i++)
            if (found[i].Count == 0 && text.Lines[i] is not null) owner[i] = InBlock(text, owner, i);
        return owner;
    }

    /// <summary>For each line, the articles of its page whose text holds it (empty for a blank line).</summary>
    private static List<int>[] Found(ImmutableArray<Article> articles, PageText text)
    {
        var bodies = articles.Select(Normalized).ToArray();
        var found = new List<int>[text.Lines.Count];
        for (var i = 0; i < found.Length; i++)
        {
            found[i] = [];
            if (text.Lines[i] is not { } at) continue;
            var key = TextShape.Compact(CjkVariants.Unify(at.Line.Text));
            if (key.Length == 0) continue;
            found[i] = [.. Enumerable.Range(0, bodies.Length).Where(a => articles[a].Page == at.Page && bodies[a].Contains(key, StringComparison.Ordinal))];
            if (found[i].Count == 0 && key.Length >= 8)
            {
                // A line the parser cut in two (a byline run into a lead): its halves are still whole.
                var half = key.Length / 2;
                found[i] = [.. Enumerable.Range(0, bodies.Length).Where(a => articles[a].Page == at.Page
                    && (bodies[a].Contains(key[..half], StringComparison.Ordinal) || bodies[a].Contains(key[half..], StringComparison.Ordinal)))];
            }
        }
        return found;
    }

    /// <summary>The candidate whose first block starts at line <paramref name="i"/>.</summary>
    private static int? Starting(ImmutableArray<Article> articles, List<int> candidates, int i, int page)
    {
        var starting = candidates.Where(a => articles[a].Page == page && articles[a].Line == PageText.LineNumber(i)).ToList();
        return starting is [var only] ? only : null;
    }

    /// <summary>The article of the nearest line of <paramref name="i"/>'s block that has one: the line above it
    /// when both are as near.</summary>
    private static int? InBlock(PageText text, int?[] owner, int i)
    {
        var block = Block(text, i);
        for (var distance = 1; ; distance++)
        {
            var (up, down) = (i - distance, i + distance);
            var upIn = up >= 0 && (text.Lines[up] is null || Block(text, up) == block);
            var downIn = down < owner.Length && (text.Lines[down] is null || Block(text, down) == block);
            if (!upIn && !downIn) return null;
            foreach (var j in new[] { up, down })
                if ((j == up ? upIn : downIn) && text.Lines[j] is not null && owner[j] is { } a)
                    return a;
        }
    }

    /// <summary>The article of the nearest line standing right above or below line <paramref name="i"/>, over
    /// the same stretch of the page and at most <see cref="AdjoiningGap"/> ems away, when it is one of
    /// <paramref name="candidates"/> (the nearer side when both are). Lines with no article are looked through;
    /// a line of another article is where that side ends.</summary>
    private static int? Adjoining(PageText text, int?[] owner, int i, List<int> candidates)
    {
        var (page, _, line, _) = text.Lines[i]!.Value;
        (int Article, double Gap)? best = null;
        foreach (var below in new[] { false, true })
        {
            (int Article, double Gap, double Size)? next = null;
            for (var j = 0; j < owner.Length; j++)
            {
                if (j == i || owner[j] is not { } a || text.Lines[j] is not { } o || o.Page != page) continue;
                if (!Overlap(line, o.Line) || IsBelow(line, o.Line) != below) continue;
                var gap = Gap(line, o.Line);
                if (next is null || gap < next.Value.Gap) next = (a, gap, o.Line.Size);
            }
            if (next is { } n && candidates.Contains(n.Article) && n.Gap <= AdjoiningGap * Math.Max(line.Size, n.Size)
                && (best is null || n.Gap < best.Value.Gap))
                best = (n.Article, n.Gap);
        }
        return best?.Article;
    }

    private static bool IsBelow(PrintedLine line, PrintedLine other) => other.Top + other.Bottom > line.Top + line.Bottom;

    /// <summary>The white between two lines one above the other (0 when they touch or overlap).</summary>
    private static double Gap(PrintedLine a, PrintedLine b) => Math.Max(0, Math.Max(b.Top - a.Bottom, a.Top - b.Bottom));

    /// <summary>Whether two lines stand over the same stretch of the page: at least half the narrower one.</summary>
    private static bool Overlap(PrintedLine a, PrintedLine b) =>
        Math.Min(a.Right, b.Right) - Math.Max(a.Left, b.Left) >= 0.5 * Math.Min(a.Box.Width, b.Box.Width);

    private static (int Page, int Block) Block(PageText text, int i) => (text.Lines[i]!.Value.Page, text.Lines[i]!.Value.Block);
}
