using System.Text;
using Site.Publishing.Documents;
using Site.Publishing.Views;

namespace Site.Publishing.Corrections;

/// <summary>Whether two articles published at one URL are the same article. Either the headline or the
/// opening of the body must be the same, compared as letters and digits only (NFKC, no spaces,
/// punctuation or typography): a correction of the headline keeps the body, a new parse that cleans
/// up the body keeps the headline, and an article shifted to another number keeps neither.</summary>
public static class ArticleIdentity
{
    /// <summary>How much of the body's opening is compared: enough to tell two articles of a page apart
    /// (their datelines alone, 本报讯 8月1日, are shorter), short enough that a cleaned-up first
    /// paragraph still starts the same.</summary>
    public const int BodyStart = 24;

    public static bool Same(ArticleEntry a, ArticleEntry b) =>
        Equal(Letters(a.Headline, int.MaxValue), Letters(b.Headline, int.MaxValue))
        || Equal(Letters(a.Excerpt, BodyStart), Letters(b.Excerpt, BodyStart));

    /// <summary>Whether a moved page stands for the article: the title it names is the article's.</summary>
    public static bool Names(MovedArticle moved, ArticleEntry a) =>
        Equal(Letters(moved.Title, int.MaxValue), Letters(Labels.Title(a.Headline, a.Kind, a.Excerpt), int.MaxValue));

    private static bool Equal(string a, string b) => a.Length > 0 && a == b;

    private static string Letters(string? text, int length)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var s = new StringBuilder();
        foreach (var rune in text.Normalize(NormalizationForm.FormKC).EnumerateRunes())
        {
            if (s.Length >= length) break;
            if (Rune.IsLetterOrDigit(rune)) s.Append(Rune.ToLowerInvariant(rune).ToString());
        }
        return s.ToString();
    }

    public static string Describe(ArticleEntry a) => "“" + Labels.Title(a.Headline, a.Kind, a.Excerpt) + "”";
}
