using System.Collections.Immutable;
using Site.Parsing.Model;
using Site.Publishing.Documents;

namespace Site.Publishing.Corrections;

/// <summary>A page's articles after edition.yml's corrections, in reading order, each with the number its
/// URL has (null for teasers and the weather box), and the numbers left to pages that point elsewhere.</summary>
public sealed record CorrectedPage(ImmutableArray<Article> Articles, ImmutableArray<int?> Numbers, ImmutableArray<MovedArticle> Moved)
{
    /// <summary>A page nothing corrects: numbered in reading order, teasers and the weather box left out.</summary>
    public static CorrectedPage AsParsed(ImmutableArray<Article> articles)
    {
        var next = 0;
        return new(articles, [.. articles.Select(a => IsNumbered(a) ? ++next : (int?)null)], []);
    }

    public static bool IsNumbered(Article a) => a.Kind is not (ArticleKind.Teaser or ArticleKind.Weather);
}
