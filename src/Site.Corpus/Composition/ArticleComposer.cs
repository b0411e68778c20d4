using System.Collections.Immutable;
using Site.Corpus.Material;
using Site.Parsing.Model;

namespace Site.Corpus.Composition;

/// <summary>Makes new articles from seed pieces and prints them onto a page. Every choice comes from the
/// edition's own <see cref="Random"/>, so an edition is the same whenever and wherever it is made.</summary>
public sealed class ArticleComposer(SeedMaterial material, Random random)
{
    private const string Dateline = "本报讯 ";

    private readonly ImmutableArray<string> commentaryPool = [.. material.Commentaries.SelectMany(c => c.Paragraphs)];

    /// <summary>A news article: the seed's lead paragraph, some of its other paragraphs and some from
    /// elsewhere, under the seed's title or a headline taken from a clause of the body, and a
    /// "■记者 X 通讯员 Y" byline.</summary>
    public PlannedArticle News(RawPage page, bool lead)
    {
        var seed = Pick(material.News);
        // Lengths lean long, as on the seeds' pages: about 2.5 KB an article, 45 MB of raw text a year.
        var count = lead ? random.Next(6, 9)
            : random.NextDouble() < 0.5 ? random.Next(2, 9) : Math.Max(random.Next(2, 9), random.Next(2, 9));
        var body = Body(seed, material.Paragraphs, count);
        var clauses = material.HeadlineClauses.GetValueOrDefault(body[random.Next(body.Count)], []);
        body[0] = Dateline + body[0];

        var title = seed.Title;
        if (clauses.Length > 0 && random.NextDouble() < 0.4)
        {
            // A clause of the body as the headline, sometimes over a second one as 副题.
            var sub = Pick(clauses);
            title = new(null, Pick(clauses), random.NextDouble() < 0.3 ? sub : null);
            if (title.Headline == title.Subheadline) title = title with { Subheadline = null };
        }
        else if (random.NextDouble() < 0.25) title = title with { Subheadline = null };
        title = TitleFit.Fit(title, RawPage.BodyAsParsed(body, page.ColumnWidth));

        var names = new HashSet<string>(StringComparer.Ordinal);
        var reporters = Names(material.Reporters, random.NextDouble() < 0.75 ? 1 : 2, names);
        var correspondents = Names(material.Correspondents, random.NextDouble() switch { < 0.3 => 0, < 0.75 => 1, _ => 2 }, names);
        var byline = "■记者 " + string.Join(' ', reporters);
        if (correspondents.Length > 0)
            byline += (random.NextDouble() < 0.25 ? "\n" : " ") + "通讯员 " + string.Join(' ', correspondents);

        Print(page, title, byline, body);
        return new(ArticleKind.News, title.Kicker, title.Headline, title.Subheadline,
            new Byline(reporters, correspondents, [], []), [.. body]);
    }

    /// <summary>评论: a seed commentary's title and argument, by 本报评论员 or one of the paper's columnists.</summary>
    public PlannedArticle Commentary(RawPage page)
    {
        var seed = Pick(material.Commentaries);
        var body = Body(seed, commentaryPool, random.Next(3, 7));
        var title = TitleFit.Fit(seed.Title, RawPage.BodyAsParsed(body, page.ColumnWidth));
        var author = material.Columnists.Length > 0 && random.NextDouble() < 0.2 ? Pick(material.Columnists) : "本报评论员";

        Print(page, title, "■" + author, body);
        return new(ArticleKind.Commentary, title.Kicker, title.Headline, title.Subheadline,
            new Byline([], [], [], [author]), [.. body]);
    }

    /// <summary>Photo news: a title, one caption, a ■摄影 credit that closes the item.</summary>
    public PlannedArticle Photo(RawPage page)
    {
        string headline, caption;
        if (random.NextDouble() < 0.6)
        {
            var photo = Pick(material.Photos);
            (headline, caption) = (photo.Title.Headline, photo.Paragraphs[0]);
        }
        else (headline, caption) = (Pick(material.News).Title.Headline, Pick(material.Captions));
        var photographers = Names(material.Photographers, random.NextDouble() < 0.6 ? 1 : 2, []);

        page.Block(headline);
        page.Paragraph(caption);
        page.Block("■摄影 " + string.Join(' ', photographers));
        return new(ArticleKind.Photo, null, headline, null, new Byline([], [], photographers, []), [caption]);
    }

    private static void Print(RawPage page, TitleLines title, string byline, List<string> body)
    {
        foreach (var line in TitleFit.Lines(title)) page.Block(line);
        page.Block(byline);
        foreach (var p in body) page.Paragraph(p);
    }

    /// <summary>The seed's first paragraph, then a random share of its others in their order, then
    /// paragraphs from the pool at random places until there are <paramref name="count"/>.</summary>
    private List<string> Body(SeedArticle seed, ImmutableArray<string> pool, int count)
    {
        var body = new List<string> { seed.Paragraphs[0] };
        foreach (var p in seed.Paragraphs.Skip(1))
            if (body.Count < count && random.Next(2) == 0) body.Add(p);
        for (var attempts = 0; body.Count < count && attempts < 100; attempts++)
        {
            var p = Pick(pool);
            if (!body.Contains(p)) body.Insert(random.Next(1, body.Count + 1), p);
        }
        return body;
    }

    private ImmutableArray<string> Names(ImmutableArray<string> pool, int count, HashSet<string> taken)
    {
        var names = ImmutableArray.CreateBuilder<string>();
        for (var attempts = 0; names.Count < count && attempts < 50; attempts++)
            if (Pick(pool) is var name && taken.Add(name)) names.Add(name);
        return names.ToImmutable();
    }

    private T Pick<T>(ImmutableArray<T> items) => items[random.Next(items.Length)];
}
