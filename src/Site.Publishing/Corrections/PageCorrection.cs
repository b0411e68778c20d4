using System.Collections.Immutable;
using System.Globalization;
using Site.Config;
using Site.Parsing.Model;
using Site.Parsing.Rules;
using Site.Publishing.Documents;
using static Site.Publishing.Corrections.ApplyOverrides;

namespace Site.Publishing.Corrections;

/// <summary>One page's corrections, in the order <see cref="ApplyOverrides"/> promises: each override finds
/// its article in the parse as it came; then articles are dropped, fields set, articles split, merged and
/// pinned to the numbers they were published under; then the numbers are given. Mutable only here.</summary>
internal sealed class PageCorrection
{
    /// <summary>An article on its way through the corrections.</summary>
    private sealed class Piece(Article article, int number)
    {
        public Article Article = article;
        /// <summary>Its number as parsed; 0 for a teaser or the weather box, -1 until one is given.</summary>
        public int Number = number;
        /// <summary>Where a merged-away article went.</summary>
        public Piece? Into;
        public int? Pinned;
        /// <summary>For an article that needs a new number: the place of the override that made it so.</summary>
        public int Order;
    }

    private readonly int pageNumber;
    private readonly List<ArticleOverride> overrides;
    private readonly string manifestPath;
    private readonly ParserRules rules;
    private readonly Action<int, string, string> warn;
    /// <summary>Indexes of the numbered articles (teasers and the weather box are not).</summary>
    private readonly List<int> numbered;
    /// <summary>Each override with the index of the article it found and its place among the page's overrides.</summary>
    private readonly List<(ArticleOverride Override, int Index, int Order)> targets = [];
    /// <summary>Per parsed article, what it has become: itself, itself and what was split off it, or nothing.</summary>
    private readonly List<List<Piece>> pieces;
    private readonly List<(Piece Piece, string Title)> gone = [];
    private readonly Dictionary<int, int> dropped = [];
    private readonly Dictionary<int, int> pins = [];

    public PageCorrection(int pageNumber, ImmutableArray<Article> articles, List<ArticleOverride> overrides,
        string manifestPath, ParserRules rules, Action<int, string, string> warn)
    {
        (this.pageNumber, this.overrides, this.manifestPath, this.rules, this.warn) = (pageNumber, overrides, manifestPath, rules, warn);
        // Numbers as the site gives them: teasers and the weather box are not numbered articles.
        numbered = [.. Enumerable.Range(0, articles.Length).Where(i => IsNumbered(articles[i]))];
        for (var k = 0; k < overrides.Count; k++)
        {
            var o = overrides[k];
            if (Find(articles, numbered, o) is { } index) targets.Add((o, index, k));
            else warn(o.Line, InputCodes.StaleOverride, Describe(o) + (Candidates(articles, o) > 1
                ? " matches more than one article; add number: to say which"
                : " matches no article on the page (was the raw text or the parser changed?)"));
        }
        pieces = [.. articles.Select((a, i) => new List<Piece> { new(a, IsNumbered(a) ? numbered.IndexOf(i) + 1 : 0) })];
    }

    public CorrectedPage Run()
    {
        Drop();
        foreach (var (o, i, _) in targets.Where(t => t.Override.Set != ArticleFields.None && Live(t.Override, t.Index)))
            pieces[i][0].Article = With(pieces[i][0].Article, o.Set, manifestPath, rules);
        SplitOff();
        MergeNext();
        PublishAs();
        return Numbered();
    }

    private void Drop()
    {
        foreach (var (o, i, _) in targets.Where(t => t.Override.Drop))
        {
            if (!dropped.TryAdd(i, o.Line)) continue;
            gone.Add((pieces[i][0], Title(pieces[i][0].Article)));
            pieces[i].Clear();
        }
    }

    /// <summary>Whether the article is still there; what else an override asks of a dropped article is
    /// moot, and said so.</summary>
    private bool Live(ArticleOverride o, int i)
    {
        if (pieces[i].Count > 0) return true;
        if (!o.Drop) warn(o.Line, InputCodes.MootOverride, string.Create(CultureInfo.InvariantCulture,
            $"{Describe(o)}: the article is dropped by the override on line {dropped[i]}"));
        return false;
    }

    private void Pin(int n, int line)
    {
        if (!pins.TryAdd(n, line))
            throw new ConfigException(manifestPath, line, string.Create(CultureInfo.InvariantCulture,
                $"publishedAs: {n} is given to two articles of page {pageNumber} (the other on line {pins[n]})"));
    }

    private void SplitOff()
    {
        foreach (var (o, i, order) in targets.Where(t => t.Override.Split is not null && Live(t.Override, t.Index)))
        {
            var split = o.Split!;
            var cut = pieces[i].Select((piece, n) => (n, At: FindParagraph(piece.Article, split.Before))).FirstOrDefault(x => x.At > 0);
            if (cut.At <= 0)
            {
                warn(split.Line, InputCodes.StaleOverride, $"{Describe(o)}: no paragraph after the first starts with \"{split.Before}\"");
                continue;
            }
            var (first, second) = Split(pieces[i][cut.n].Article, cut.At, split.Fields, manifestPath, rules);
            pieces[i][cut.n].Article = first;
            pieces[i].Insert(cut.n + 1, new Piece(second, -1) { Order = order, Pinned = split.PublishedAs });
            if (split.PublishedAs is { } n) Pin(n, split.Line);
        }
    }

    /// <summary>Merges from the last article back, so a chain of merges folds into its first article.</summary>
    private void MergeNext()
    {
        foreach (var (o, i, _) in targets.Where(t => t.Override.MergeNext && Live(t.Override, t.Index)).OrderByDescending(t => t.Index))
        {
            var next = numbered.FirstOrDefault(j => j > i && pieces[j].Count > 0, -1);
            if (next < 0)
            {
                warn(o.Line, InputCodes.StaleOverride, $"{Describe(o)}: merge: next, but it is the last article on the page");
                continue;
            }
            var (into, away) = (pieces[i][^1], pieces[next][0]);
            gone.Add((away, Title(away.Article)));
            into.Article = Merge(into.Article, away.Article);
            away.Into = into;
            pieces[i].AddRange(pieces[next].Skip(1));
            pieces[next].Clear();
        }
    }

    private void PublishAs()
    {
        foreach (var (o, i, order) in targets.Where(t => t.Override.PublishedAs is not null))
        {
            var n = o.PublishedAs!.Value;
            if (pieces[i].Count == 0)
            {
                if (dropped.ContainsKey(i)) Live(o, i);
                else warn(o.Line, InputCodes.MootOverride, $"{Describe(o)}: publishedAs: names an article merged into the one before it; give the number to that one");
                continue;
            }
            Pin(n, o.Line);
            pieces[i][0].Pinned = n;
            pieces[i][0].Order = order;
        }
    }

    /// <summary>The page as corrected: pinned articles take their numbers, those whose number a pin took
    /// and those split off take new ones after the last, and the numbers of articles gone are left to
    /// moved pages.</summary>
    private CorrectedPage Numbered()
    {
        var live = pieces.SelectMany(p => p).ToList();
        var alive = live.Where(p => p.Number != 0).ToList();
        // An article whose number a pin took needs a new one, in the order of the pin that took it.
        foreach (var p in alive.Where(p => p.Pinned is null && p.Number > 0 && pins.ContainsKey(p.Number)))
        {
            p.Order = overrides.FindIndex(o => o.PublishedAs == p.Number || o.Split?.PublishedAs == p.Number);
            p.Number = -1;
        }
        foreach (var p in alive.Where(p => p.Pinned is not null)) p.Number = p.Pinned!.Value;
        var last = Math.Max(numbered.Count, pins.Keys.DefaultIfEmpty(0).Max());
        foreach (var p in alive.Where(p => p.Number < 0).OrderBy(p => p.Order)) p.Number = ++last;

        var taken = alive.Select(p => p.Number).ToHashSet();
        var moved = gone
            .Where(g => !taken.Contains(g.Piece.Number))
            .Select(g => new MovedArticle(g.Piece.Number, Final(g.Piece)?.Number, g.Title))
            .OrderBy(m => m.Number);
        return new CorrectedPage([.. live.Select(p => p.Article)], [.. live.Select(p => p.Number == 0 ? (int?)null : p.Number)], [.. moved]);
    }

    /// <summary>The live article a merged-away one's text ended up in; null for a dropped one.</summary>
    private static Piece? Final(Piece piece)
    {
        var at = piece.Into;
        while (at?.Into is not null) at = at.Into;
        return at;
    }
}
